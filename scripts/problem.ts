/** What every dataset check returns, and the placement facts the checks read from data/placements.json. */

/** One failed check: which check, which record (null = the dataset) and field, and what is wrong. */
export interface Problem {
  check: string;
  id: string | null;
  field: string;
  message: string;
}

/** A record's entry in the placement sidecar (written by scripts/build-data.ts). */
export interface PlacementInfo {
  /** Location country (ISO alpha-3). */
  country: string | null;
  precision: string;
  /** How the build placed it; "country-point" = at the country's representative point. */
  method?: string;
}

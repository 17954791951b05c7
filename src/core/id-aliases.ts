/**
 * Record ids that have been renamed, old → new. Links, embed code and story files already out in the world
 * keep opening the record they named: the URL decoder (state/url.ts) and story loading (story/schema.ts)
 * read every id through `currentId`. Add a line here whenever a published id changes; never remove one.
 * Pure.
 */

/**
 * 2026-12: figure ids named the stored text they came from ("…-seed001"), a word readers should not meet
 * in a link or a download; they now carry the figure's year (and, where two texts give the same figure in
 * the same year, the forum that published one of them).
 */
export const ID_ALIASES: Readonly<Record<string, string>> = {
  'fig-agri-demo-centres-20-seed001': 'fig-agri-demo-centres-20-2023',
  'fig-environment-training-seed001': 'fig-environment-training-2024',
  'fig-igov-st-agreements-80-seed001': 'fig-igov-st-agreements-80-2024',
  'fig-joint-labs-50-seed001': 'fig-joint-labs-50-2024',
  'fig-joint-labs-53-seed000': 'fig-joint-labs-53-2024-pujiang',
  'fig-joint-labs-53-seed001': 'fig-joint-labs-53-2024',
  'fig-joint-labs-53-seed003': 'fig-joint-labs-53-2023',
  'fig-moe-joint-labs-17-seed001': 'fig-moe-joint-labs-17-2020',
  'fig-overseas-parks-70-seed001': 'fig-overseas-parks-70-2023',
  'fig-park-cooperation-9-countries-seed003': 'fig-park-cooperation-9-countries-2023',
  'fig-projects-landed-1000-seed001': 'fig-projects-landed-1000-2023',
  'fig-rd-spending-rank-seed001': 'fig-rd-spending-rank-2024',
  'fig-trained-15000-seed003': 'fig-trained-15000-2023',
  'fig-trained-16000-seed001': 'fig-trained-16000-2023',
  'fig-tt-centres-9-seed001': 'fig-tt-centres-9-2024',
  'fig-tt-events-300-seed001': 'fig-tt-events-300-2023',
  'fig-tt-platforms-5-seed002': 'fig-tt-platforms-5-2019',
  'fig-tt-platforms-9-seed001': 'fig-tt-platforms-9-2023',
  'fig-tt-platforms-nearly-10-seed003': 'fig-tt-platforms-nearly-10-2023',
  'fig-universities-abroad-60-seed001': 'fig-universities-abroad-60-2020',
  'fig-water-saving-irrigation-seed001': 'fig-water-saving-irrigation-2024',
  'fig-young-scientists-10000-seed001': 'fig-young-scientists-10000-2023',
  'fig-young-scientists-5000-seed003': 'fig-young-scientists-5000-2023',
};

/** The id a record has now: `id` itself, or what it was renamed to. */
export function currentId(id: string): string {
  return Object.hasOwn(ID_ALIASES, id) ? ID_ALIASES[id] : id;
}

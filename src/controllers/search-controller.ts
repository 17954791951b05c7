/**
 * The search box's index, built (and its code loaded) when a reader first uses the search: the code and
 * the index cost every reader time, and most never search.
 */
import type { AtlasRecord } from '../core/record.ts';
import type { SearchHit } from '../core/search.ts';
import type { AtlasHost } from './host.ts';

export type SearchFn = (q: string, limit?: number) => SearchHit[];

export class SearchController {
  /** The search over the host's records, or null until built. */
  search: SearchFn | null = null;
  /** The records the search is (being) built for. */
  private builtFor: readonly AtlasRecord[] | null = null;

  constructor(
    private readonly host: AtlasHost,
    private readonly onError: (what: string, err: unknown) => void,
  ) {}

  /** Builds the search for the current records, once. */
  readonly load = async (): Promise<void> => {
    const records = this.host.records;
    if (!records.length || this.builtFor === records) return;
    this.builtFor = records;
    this.search = null;
    try {
      const { createSearch } = await import('../core/search.ts');
      if (this.host.records === records) {
        this.search = createSearch(records);
        this.host.requestUpdate();
      }
    } catch (err) {
      this.builtFor = null;
      this.onError('search', err);
    }
  };

  /** A new dataset: the old index no longer applies. */
  reset(): void {
    this.search = null;
    this.builtFor = null;
  }
}

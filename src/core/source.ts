/** The one way datasets come in: fetch text from a URL (same origin by default), then parse + validate. */
import { parseDataset, type Dataset } from './validate.ts';

export type Fetcher = (url: string) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

export async function loadDataset(url: string, fetcher: Fetcher = (u) => fetch(u)): Promise<Dataset> {
  let res: Awaited<ReturnType<Fetcher>>;
  try {
    res = await fetcher(url);
  } catch (err) {
    return { records: [], errors: [{ id: null, index: -1, field: '(file)', message: `could not load ${url}: ${(err as Error).message}` }] };
  }
  if (!res.ok) {
    return { records: [], errors: [{ id: null, index: -1, field: '(file)', message: `could not load ${url}: HTTP ${res.status}` }] };
  }
  return parseDataset(await res.text());
}

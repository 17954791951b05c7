/**
 * The service worker's saved copy of a dataset or story named by URL (src/offline/sw.ts): when the network
 * fails it answers with the last copy it saved, marked with the date it was saved. The reader is told, so a
 * stale file is never shown as the current one.
 */
import type { DatasetError } from '../core/validate.ts';

/** Set by src/offline/sw.ts on a copy it serves in place of the network (the same name is written there). */
export const SAVED_HEADER = 'x-atlas-saved';

const pad = (n: number) => String(n).padStart(2, '0');

/** A notice when `res` is a saved copy (the network failed); null for a fresh answer. */
export function savedCopyNotice(res: Response, id: string | null = null, field = '(file)'): DatasetError | null {
  const saved = new Date(res.headers.get(SAVED_HEADER) ?? '');
  if (Number.isNaN(saved.getTime())) return null;
  const when = `${saved.getFullYear()}-${pad(saved.getMonth() + 1)}-${pad(saved.getDate())} ${pad(saved.getHours())}:${pad(saved.getMinutes())}`;
  return { id, index: -1, field, message: `the network could not be reached: showing the copy saved ${when} · 无法联网，显示 ${when} 保存的副本` };
}

/**
 * The presenter view's elapsed-time clock as plain data: time banked by earlier runs plus the current
 * run since `since` (null while paused). Times are milliseconds from any monotonic clock
 * (`performance.now()` in the page); pure, so it is tested without waiting.
 */
export interface Stopwatch {
  banked: number;
  since: number | null;
}

export const STOPPED: Stopwatch = { banked: 0, since: null };

export function elapsed(w: Stopwatch, now: number): number {
  return w.banked + (w.since === null ? 0 : Math.max(0, now - w.since));
}

export function start(w: Stopwatch, now: number): Stopwatch {
  return w.since === null ? { banked: w.banked, since: now } : w;
}

export function pause(w: Stopwatch, now: number): Stopwatch {
  return w.since === null ? w : { banked: elapsed(w, now), since: null };
}

/** Back to zero; a running clock keeps running from now. */
export function reset(w: Stopwatch, now: number): Stopwatch {
  return { banked: 0, since: w.since === null ? null : now };
}

/** "4:07", "12:30", "1:02:05": minutes and seconds, hours only when there are some. */
export function formatElapsed(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  const two = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

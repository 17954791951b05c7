/**
 * Repairs text that a PDF extractor doubled: bold titles drawn twice come out as "深化深化““一带一路一带一路””",
 * i.e. a run of segments each written twice (a segment can be one character, as with "““").
 *
 * A line is repaired only when ALL of it (at least 4 characters, at most 400) splits into doubled segments,
 * so ordinary text with an occasional repeat ("谢谢", "研究研究") is left alone.
 */

const MAX_LINE = 400;

/**
 * The line without its doubling, or null when the line is not wholly doubled. Latin text keeps single
 * spaces between doubled words ("AnnualAnnual ReportReport"), so each word is then tried on its own.
 */
export function undouble(line: string): string | null {
  const whole = undoubleRun(line.trim());
  if (whole !== null) return whole;
  const words = line.trim().split(/\s+/);
  if (words.length < 2) return null;
  const each = words.map((w) => (w.length >= 2 && w.length % 2 === 0 && w.slice(0, w.length / 2) === w.slice(w.length / 2) ? w.slice(0, w.length / 2) : null));
  return each.every((w) => w !== null) ? each.join(' ') : null;
}

function undoubleRun(s: string): string | null {
  const n = s.length;
  if (n < 4 || n > MAX_LINE || n % 2 === 1) return null;
  // next[i] = length of the shortest doubled segment at i that starts a full decomposition of s[i..], or -1.
  const next = new Int32Array(n + 1).fill(-1);
  next[n] = 0;
  for (let i = n - 2; i >= 0; i--) {
    for (let len = 1; i + 2 * len <= n; len++) {
      if (next[i + 2 * len] !== -1 && sameRun(s, i, len)) {
        next[i] = len;
        break;
      }
    }
  }
  if (next[0] <= 0) return null;
  let out = '';
  let segments = 0;
  for (let i = 0; i < n; ) {
    const len = next[i];
    out += s.slice(i, i + len);
    i += 2 * len;
    segments++;
  }
  // A single doubled word of 2–3 characters ("天天向上" is not doubled, "谢谢谢谢" hardly matters): demand
  // either several segments or one long one, so short accidental repeats are not "repaired".
  if (segments === 1 && out.length < 4) return null;
  return out;
}

/** s[i, i+len) equals s[i+len, i+2len), compared in place (no slices: this runs on every line). */
function sameRun(s: string, i: number, len: number): boolean {
  for (let k = 0; k < len; k++) if (s.charCodeAt(i + k) !== s.charCodeAt(i + len + k)) return false;
  return true;
}

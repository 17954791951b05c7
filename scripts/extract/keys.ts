/**
 * Comparison keys for names: the same name written with or without quotes, brackets, dashes, spaces and in
 * any letter case gives the same key ("中国—东盟技术转移中心" = "“中国-东盟技术转移中心”",
 * "China–ASEAN Technology Transfer Centre" = "China-ASEAN technology transfer center").
 */

/** Characters a key leaves out. */
const DROP = /[\s“”"'‘’「」『』《》〈〉【】（）()［］[\]—–\-－‐‑~～·˙・•.]/u;

/** British and American spellings compared as one (same length, so offsets stay put). */
function spelling(s: string): string {
  return s.replace(/centre/g, 'center').replace(/isation/g, 'ization').replace(/metre/g, 'meter');
}

export function nameKey(s: string): string {
  let out = '';
  for (const ch of s.toLowerCase()) if (!DROP.test(ch)) out += ch;
  return spelling(out);
}

/** A text's key with, for every key character, the offset of the text character it came from. */
export function keyText(text: string): { key: string; at: Int32Array } {
  const lower = text.toLowerCase();
  let key = '';
  const at: number[] = [];
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i];
    if (DROP.test(ch)) continue;
    key += ch;
    at.push(i);
  }
  return { key: spelling(key), at: Int32Array.from(at) };
}

/** Chinese ordinals a name may be written with: 第十五届 ↔ 第 15 届, 首届 ↔ 第一届. Returns extra keys. */
export function ordinalVariants(key: string): string[] {
  const out: string[] = [];
  const num = (s: string) => {
    const d = '零一二三四五六七八九';
    if (s === '十') return 10;
    const m = /^([一二三四五六七八九]?)十([一二三四五六七八九]?)$/u.exec(s);
    if (m) return (m[1] ? d.indexOf(m[1]) : 1) * 10 + (m[2] ? d.indexOf(m[2]) : 0);
    return s.length === 1 ? d.indexOf(s) : -1;
  };
  const swapped = key.replace(/第([一二三四五六七八九十]{1,3})(届|次)/gu, (all, n: string, u: string) => {
    const v = num(n);
    return v > 0 ? `第${v}${u}` : all;
  });
  if (swapped !== key) out.push(swapped);
  if (key.includes('首届')) out.push(key.replace('首届', '第一届'), key.replace('首届', '第1届'));
  if (/第(一|1)届/u.test(key)) out.push(key.replace(/第(一|1)届/u, '首届'));
  return out;
}

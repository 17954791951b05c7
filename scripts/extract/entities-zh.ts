/**
 * Candidate entities in Chinese text, found by the ends of their names (联合实验室, 技术转移中心, 科技园区,
 * 论坛, 协定 …) and extended leftwards to where the name starts: a punctuation mark, a verb or particle
 * (共建, 启动, 的, 为 …). A name is kept only when it says something specific (not "“一带一路”联合实验室")
 * and shows a cooperation signal: a partner country or a 中X pair, a region (东盟, 非洲, 中亚 …), an ordinal or
 * year (第二届, 2018), or brackets (《…》, “…”).
 */
import type { Kind } from '../../src/core/vocabulary.ts';

export interface RawCandidate {
  kind: Kind;
  name: string;
  start: number;
  end: number;
}

/** Name endings and the kind they give, longest first. A 中心 is refined by what the name says. */
const SUFFIXES: [string, Kind][] = (
  [
    ['国际联合实验室', 'joint-lab'], ['联合实验室', 'joint-lab'], ['联合研究中心', 'joint-lab'], ['联合研发中心', 'joint-lab'], ['联合研究院', 'joint-lab'],
    ['实验室', 'joint-lab'], ['技术转移虚拟中心', 'transfer-centre'], ['技术转移中心', 'transfer-centre'], ['科技合作中心', 'transfer-centre'],
    ['科技产业园', 'park'], ['产业园区', 'park'], ['工业园区', 'park'], ['科技园区', 'park'], ['经贸合作区', 'park'], ['经济合作区', 'park'],
    ['科技园', 'park'], ['产业园', 'park'], ['工业园', 'park'], ['合作区', 'park'], ['双园', 'park'],
    ['示范中心', 'demo-centre'], ['示范基地', 'demo-centre'], ['示范园', 'demo-centre'],
    ['中心', 'organisation'], ['联盟', 'organisation'],
    ['分论坛', 'event'], ['论坛', 'event'], ['大会', 'event'], ['会议', 'event'], ['博览会', 'event'], ['对话', 'event'], ['大赛', 'event'], ['决赛', 'event'],
    ['研讨会', 'event'], ['峰会', 'event'], ['洽谈会', 'event'], ['交流会', 'event'], ['对接会', 'event'], ['交易会', 'event'], ['展览会', 'event'],
    ['创新年', 'event'], ['活动周', 'event'], ['创新周', 'event'], ['联委会', 'event'],
    ['谅解备忘录', 'agreement'], ['备忘录', 'agreement'], ['协定', 'agreement'], ['协议', 'agreement'], ['倡议', 'agreement'], ['宣言', 'agreement'], ['纪要', 'agreement'],
    ['行动计划', 'programme'], ['合作计划', 'programme'], ['工作计划', 'programme'], ['专项规划', 'programme'], ['计划', 'programme'], ['中国行', 'programme'],
  ] as [string, Kind][]
).sort((a, b) => b[0].length - a[0].length);
const SUFFIX_RE = new RegExp(SUFFIXES.map(([s]) => s).join('|'), 'gu');
const KIND_OF = new Map(SUFFIXES);

/** Where a name cannot continue leftwards: verbs and particles that introduce it. */
const LEFT_STOP = [
  '共建', '建设', '建立', '成立', '设立', '启动', '支持', '包括', '访问', '开展', '举办', '举行', '召开', '签署', '揭牌', '参加', '出席', '依托', '通过', '推动',
  '实施', '加强', '打造', '组建', '筹建', '牵头', '面向', '围绕', '发起', '批准', '获批', '认定', '参与', '形成', '构建', '搭建', '布局', '主办', '承办', '协办',
  '见证', '落实', '发表', '确定', '推进', '深化', '完善', '拓展', '借助', '例如', '其中', '位于', '为', '在', '同', '向', '对', '把', '将', '已', '于', '由', '从',
  '是', '的', '了', '等', '如', '以', '即', '赴', '至', '到', '称', '说', '表示', '指出', '介绍', '认可', '认为', '同意', '决定', '宣布', '继续', '愿',
  '希望', '参观', '考察', '纳入', '加入', '申请', '入选', '获得', '荣获', '列入', '依据', '根据', '按照', '致', '该', '自', '从',
];
const LEFT_STOP_RE = new RegExp(`(?:${LEFT_STOP.join('|')})$`, 'u');
const BOUNDARY = /[，。、；：！？,;:!?《》〈〉「」【】\n…]/u;
const MAX_NAME = 32;
const FILLER = /^(?:\d{1,2}\s*[.、)）]\s*|本次|本届|此次|该|这|其|各|一批|一个|多个|新的|我国|我们|中方|双方|近日|日前|目前|同时|此外|并|还|也|均|共同|正式|成功|顺利|隆重|相关|\d{4}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?(?:以来|起)?|(?:\d+|[一二三四五六七八九十两]+)\s*[届次个家项所批场名位]|\s+)+/u;
const GENERIC = /一带一路|国际|联合|科技|创新|合作|共建国家|国家级|国家|共建|海外|跨国|区域|技术|中外|双边|多边|中国|我国|相关|重点|各类|高新|示范|研究|研发|发展|专题|全体|特别|专场|高层|主题|有关|沿线|科教|科研|人才|产业|科学|交流|对接|平台|实验室|中心|转移|转化|工作组|工作|建设|成果|新|分|的|各|与|和|及|“|”|《|》|（|）|\s|\d/gu;
const SIGNAL = /第\s*[\d一二三四五六七八九十]+\s*[届次]|首届|\d{4}|东盟|非洲|中亚|南亚|西亚|中东欧|阿拉伯|拉美|拉丁美洲|金砖|上合|上海合作组织|亚非|澜湄|丝绸之路|丝路|[A-Za-z]{2,}/u;

/** Extends a name leftwards from its ending at `suffixStart`; returns the start offset, or -1 when too long. */
function nameStart(text: string, suffixStart: number): number {
  let i = suffixStart;
  let open = 0; // inside “…” or （…） reading leftwards
  while (i > 0 && suffixStart - i < MAX_NAME) {
    const ch = text[i - 1];
    if (ch === '”' || ch === '）' || ch === ')') open++;
    else if (ch === '“' || ch === '（' || ch === '(') {
      if (open === 0) return i; // an opening quote or bracket before the name starts it
      open--;
    } else if (BOUNDARY.test(ch) || (ch === ' ' && !/[\dA-Za-z]/.test(text[i - 2] ?? '') && !/[\dA-Za-z]/.test(text[i] ?? ''))) return i;
    else if (open === 0 && LEFT_STOP_RE.test(text.slice(Math.max(0, i - 4), i))) return i;
    i--;
  }
  return i === 0 ? 0 : -1;
}

/** The name says something beyond generic words, and signals cooperation with a partner. */
export function isSpecific(name: string, partner: boolean): boolean {
  const rest = name.replace(GENERIC, '');
  return rest.length >= 2 && (partner || SIGNAL.test(name));
}

export function findZhCandidates(text: string, hasPartner: (start: number, end: number) => boolean): RawCandidate[] {
  const out: RawCandidate[] = [];
  for (const m of text.matchAll(SUFFIX_RE)) {
    const suffixStart = m.index ?? 0;
    let end = suffixStart + m[0].length;
    // "…联委会第一次会议" is one event name.
    const session = /^第[一二三四五六七八九十\d]+次(?:全体)?会议/u.exec(text.slice(end));
    if (session) end += session[0].length;
    // A name in 《…》 is the whole bracket: "《中国科技部和南非科技部关于共建…的谅解备忘录》".
    const open = text[end] === '》' ? text.lastIndexOf('《', suffixStart) : -1;
    const start0 = open >= 0 && suffixStart - open <= 80 && !text.slice(open, suffixStart).includes('》') ? open + 1 : nameStart(text, suffixStart);
    if (start0 < 0) continue;
    const raw = text.slice(start0, end);
    const trimmed = raw.replace(FILLER, '');
    const start = start0 + (raw.length - trimmed.length);
    const name = trimmed.replace(/首个/gu, '').replace(/^[”）)]+/u, '').trim();
    if (name.length <= m[0].length + 1) continue;
    let kind = KIND_OF.get(m[0]) ?? 'organisation';
    if (session) kind = 'event';
    else if (m[0] === '中心' && /技术转移/u.test(name)) kind = 'transfer-centre';
    else if (m[0] === '中心' && /联合研究|联合研发/u.test(name)) kind = 'joint-lab';
    else if (m[0] === '实验室' && !/联合|国际|中[^\s]/u.test(name)) continue; // a company's own lab
    if (!isSpecific(name, hasPartner(start, end))) continue;
    out.push({ kind, name, start, end });
  }
  return dropContained(out);
}

/** Of overlapping candidates keep the longest ("…高峰论坛“创新之路”分论坛" over "…高峰论坛"). */
export function dropContained<T extends { start: number; end: number }>(list: T[]): T[] {
  const sorted = [...list].sort((a, b) => b.end - b.start - (a.end - a.start));
  const kept: T[] = [];
  for (const c of sorted) if (!kept.some((k) => c.start < k.end && c.end > k.start)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}

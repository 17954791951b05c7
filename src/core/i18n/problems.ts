/**
 * The error notice in numbers and words: records that failed validation are counted as records (one record
 * may have several errors), a story's problems (slides, references to records this dataset lacks) are
 * story warnings, not record failures, and anything else (the file, the basemap, a part of the app) is a
 * loading problem. Pure; both languages.
 */
import type { Lang } from '../vocabulary.ts';
import type { DatasetError } from '../validate.ts';

export interface ProblemSummary {
  /** Distinct records that failed validation. */
  records: number;
  /** Errors those records had. */
  recordErrors: number;
  /** Story warnings: skipped slides and references. */
  story: number;
  /** Loading problems: the dataset file, the basemap, the app's code. */
  other: number;
}

/** Story problems carry the field "story <id>" (a slide's problem) or "(story)" (the story as a whole). */
export const isStoryProblem = (e: DatasetError): boolean => e.field === '(story)' || e.field.startsWith('story ');

export function summarizeProblems(errors: readonly DatasetError[]): ProblemSummary {
  const records = new Set<number>();
  let recordErrors = 0;
  let story = 0;
  let other = 0;
  for (const e of errors) {
    if (isStoryProblem(e)) story++;
    else if (e.index >= 0) {
      records.add(e.index);
      recordErrors++;
    } else other++;
  }
  return { records: records.size, recordErrors, story, other };
}

const en = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** The notice's headline parts, e.g. ["2 records failed validation and were skipped (3 errors)", "40 story warnings"]. */
export function problemHeadlines(s: ProblemSummary, lang: Lang): string[] {
  const out: string[] = [];
  if (s.records) {
    out.push(
      lang === 'zh'
        ? `${s.records} 条记录未通过校验，已跳过（${s.recordErrors} 处错误）`
        : `${en(s.records, 'record', 'records')} failed validation and ${s.records === 1 ? 'was' : 'were'} skipped (${en(s.recordErrors, 'error', 'errors')})`,
    );
  }
  if (s.story) out.push(lang === 'zh' ? `${s.story} 条演示提示（缺少的记录或有误的幻灯片已略过）` : `${en(s.story, 'story warning', 'story warnings')} (missing records or faulty slides left out)`);
  if (s.other) out.push(lang === 'zh' ? `${s.other} 个加载问题` : en(s.other, 'loading problem', 'loading problems'));
  return out;
}

/** One problem as a line a person can act on, framed in the reader's language: which record, which field, what. */
export function formatProblem(e: DatasetError, lang: Lang): string {
  if (isStoryProblem(e)) {
    // The story as a whole ("(story)") is named by its id; a slide's problem by the slide's.
    const whole = e.field === '(story)';
    const slide = e.id && !whole ? (lang === 'zh' ? `幻灯片“${e.id}”：` : `slide "${e.id}": `) : '';
    const story = whole && e.id ? (lang === 'zh' ? `演示“${e.id}”` : `story "${e.id}"`) : lang === 'zh' ? '演示' : 'story';
    // A slide's problem comes as "field: message" (the loader's words); the field stays, the message is translated.
    const m = /^([\w.]+): (.*)$/.exec(e.message);
    return `${story}: ${slide}${m ? `${m[1]}: ${translateMessage(m[2], lang)}` : translateMessage(e.message, lang)}`;
  }
  if (e.index < 0) return `${lang === 'zh' ? '数据集' : 'dataset'}: ${e.field}: ${translateMessage(e.message, lang)}`;
  const id = e.id ? (lang === 'zh' ? `“${e.id}”` : `"${e.id}"`) : lang === 'zh' ? '（无 id）' : '(no id)';
  const who = lang === 'zh' ? `记录 ${id}（第 ${e.index + 1} 条）` : `record ${id} (#${e.index})`;
  return `${who}: ${e.field}: ${translateMessage(e.message, lang)}`;
}

/**
 * The validator's messages in Chinese, for the ones the schema and rules write themselves; anything else
 * (a JSON parser's words) is shown as it came.
 */
const ZH_MESSAGES: [RegExp, (...m: string[]) => string][] = [
  [/^Invalid type: Expected (.+) but received (.+)$/, (exp, got) => `类型错误：应为 ${exp}，实为 ${got}`],
  [/^Invalid key: Expected (.+) but received (.+)$/, (exp, got) => `缺少字段：应有 ${exp}，实为 ${got}`],
  [/^Invalid length: Expected (.+) but received (.+)$/, (exp, got) => `长度不符：应为 ${exp}，实为 ${got}`],
  [/^Invalid value: Expected (.+) but received (.+)$/, (exp, got) => `取值无效：应为 ${exp}，实为 ${got}`],
  [/^Invalid format: Expected (.+) but received (.+)$/, (exp, got) => `格式无效：应为 ${exp}，实为 ${got}`],
  [/^duplicate id \(first used by record #(\d+)\)$/, (n) => `id 重复（第 ${Number(n) + 1} 条记录已使用）`],
  [/^a (\S+) needs a (\S+) geometry, not (\S+)$/, (kind, want, got) => `${kind} 需要 ${want} 几何，而不是 ${got}`],
  [/^a (\S+) has no place on the map: geometry must be null$/, (kind) => `${kind} 在地图上没有位置：geometry 须为 null`],
  [/^"(.+)" is not a transfer-centre in this dataset$/, (id) => `“${id}”不是本数据集中的技术转移中心`],
  [/^is not in the (.+) vocabulary$/, (what) => `不在 ${what} 词表中`],
  [/^is not a known kind$/, () => '不是已知的类型'],
  [/^must not be empty$/, () => '不能为空'],
  [/^is too long \(over (\d+) characters\)$/, (n) => `过长（超过 ${n} 个字符）`],
  [/^must be YYYY, YYYY-MM or YYYY-MM-DD$/, () => '须为 YYYY、YYYY-MM 或 YYYY-MM-DD'],
  [/^must be an ISO 3166-1 alpha-3 code$/, () => '须为 ISO 3166-1 三字母代码'],
  [/^must be a URL$/, () => '须为网址'],
  [/^must be http\(s\)$/, () => '须为 http(s) 网址'],
  [/^has both seed and url: give one$/, () => '同时有 seed 与 url：只能给一个'],
  [/^must be a lowercase slug$/, () => '须为小写短标识（slug）'],
  [/^needs at least one source$/, () => '至少需要一个来源'],
  [/^longitude (below -180|above 180)$/, (r) => `经度${r.startsWith('below') ? '小于 -180' : '大于 180'}`],
  [/^latitude (below -90|above 90)$/, (r) => `纬度${r.startsWith('below') ? '小于 -90' : '大于 90'}`],
  [/^a line needs at least two positions$/, () => '线至少需要两个点'],
  [/^must be a Point, a LineString or null$/, () => '须为 Point、LineString 或 null'],
  // Loading: the dataset file, a story, a part of the app (the cause after the colon is the browser's words).
  [/^not valid JSON: (.*)$/, (why) => `不是有效的 JSON：${why}`],
  [/^no record "(.+)" in (?:the|this) dataset$/, (id) => `数据集中没有记录“${id}”`],
  [/^no story called "(.+)"$/, (id) => `没有名为“${id}”的演示`],
  [/^story "(.+)" has no valid slide$/, (id) => `演示“${id}”没有一张有效的幻灯片`],
  [/^could not load the story player: (.*)$/, (why) => `无法加载演示播放器：${why}`],
  [/^could not load (\S+): (.*)$/, (what, why) => `无法加载 ${what}：${why}`],
];

export function translateMessage(message: string, lang: Lang): string {
  if (lang !== 'zh') return message;
  for (const [re, zh] of ZH_MESSAGES) {
    const m = re.exec(message);
    if (m) return zh(...m.slice(1));
  }
  return message;
}

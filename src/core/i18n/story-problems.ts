/**
 * A story's problems as an author reads them in the editor: which slide (by its place in the file, not its
 * id), which field (in words: "Caption (English)"), what is wrong, all in the reader's language. The
 * problems are the story loader's own (src/story/schema.ts); this only words them. Pure.
 */
import type { Lang } from '../vocabulary.ts';
import { translateMessage } from './problems.ts';

/** One problem as the loader reports it: slide id ("#n" when unreadable, null for the story), dotted field, message. */
export interface StoryProblem {
  slide: string | null;
  field: string;
  message: string;
}

const FIELD_WORDS: Record<string, Record<Lang, string>> = {
  id: { zh: '标识', en: 'Id' },
  title: { zh: '标题', en: 'Title' },
  'title.zh': { zh: '标题（中文）', en: 'Title (Chinese)' },
  'title.en': { zh: '标题（英文）', en: 'Title (English)' },
  caption: { zh: '说明', en: 'Caption' },
  'caption.zh': { zh: '说明（中文）', en: 'Caption (Chinese)' },
  'caption.en': { zh: '说明（英文）', en: 'Caption (English)' },
  description: { zh: '简介', en: 'Description' },
  camera: { zh: '地图视角', en: 'Camera' },
  'camera.center': { zh: '地图中心', en: 'Map centre' },
  'camera.center.0': { zh: '地图中心经度', en: 'Map centre longitude' },
  'camera.center.1': { zh: '地图中心纬度', en: 'Map centre latitude' },
  'camera.zoom': { zh: '缩放级别', en: 'Zoom' },
  kinds: { zh: '图层', en: 'Layers' },
  fields: { zh: '领域筛选', en: 'Field filter' },
  regions: { zh: '地区筛选', en: 'Region filter' },
  countries: { zh: '国家筛选', en: 'Country filter' },
  years: { zh: '年份', en: 'Years' },
  highlight: { zh: '突出显示的记录', en: 'Highlighted records' },
  callouts: { zh: '数据标注', en: 'Call-outs' },
  slides: { zh: '幻灯片', en: 'Slides' },
  '(file)': { zh: '文件', en: 'File' },
  '(story)': { zh: '演示', en: 'Story' },
  '(slide)': { zh: '幻灯片', en: 'Slide' },
};

/** "kinds.0" → "Layers (item 1)"; unknown paths are shown as they are. */
export function fieldWords(field: string, lang: Lang): string {
  const exact = FIELD_WORDS[field];
  if (exact) return exact[lang];
  const m = /^(\w+)\.(\d+)(?:\.(\w+))?$/.exec(field);
  const base = m && FIELD_WORDS[m[1]];
  if (!m || !base) return field;
  const n = Number(m[2]) + 1;
  const item = lang === 'zh' ? `${base.zh}第 ${n} 项` : `${base.en} (item ${n})`;
  return m[3] ? `${item} · ${m[3]}` : item;
}

/** The loader's own messages about stories, in Chinese; the rest go through the records' table (problems.ts). */
const ZH_STORY: [RegExp, (...m: string[]) => string][] = [
  [/^not valid JSON: (.*)$/, (why) => `不是有效的 JSON：${why}`],
  [/^zoom (below 0|above 22)$/, (r) => `缩放级别${r.startsWith('below') ? '小于 0' : '大于 22'}`],
  [/^year (before 1900|after 2100)$/, (r) => (r.startsWith('before') ? '年份早于 1900' : '年份晚于 2100')],
  [/^must be a whole (year|number)$/, () => '须为整数'],
  [/^must not be negative$/, () => '不能为负数'],
  [/^must be \[from, to\] with from ≤ to$/, () => '须为 [起, 止]，且起 ≤ 止'],
  [/^is not a known region$/, () => '不是已知的地区'],
  [/^is not in the field vocabulary$/, () => '不在领域词表中'],
  [/^needs at least one slide$/, () => '至少需要一张幻灯片'],
  [/^no valid slide left$/, () => '没有一张有效的幻灯片'],
  [/^has (\d+) slides; at most (\d+) are allowed$/, (n, max) => `有 ${n} 张幻灯片，最多 ${max} 张`],
  [/^must be an array of slides$/, () => '须为幻灯片数组'],
  [/^duplicate slide id: slide #(\d+) reuses the id of slide #(\d+)$/, (a, b) => `幻灯片标识重复：第 ${Number(a) + 1} 张与第 ${Number(b) + 1} 张相同`],
  [/^no record "(.+)" in the dataset$/, (id) => `数据集中没有记录“${id}”`],
  [/^record "(.+)" has no figures$/, (id) => `记录“${id}”没有数据`],
  [/^points at figure (\d+), but record "(.+)" has (\d+) \(.*\)$/, (i, id, n) => `指向第 ${Number(i) + 1} 项数据，但记录“${id}”只有 ${n} 项`],
];

function storyMessage(message: string, lang: Lang): string {
  if (lang === 'zh') {
    for (const [re, zh] of ZH_STORY) {
      const m = re.exec(message);
      if (m) return zh(...m.slice(1));
    }
  }
  return translateMessage(message, lang);
}

/**
 * "Slide 2 · Caption (English): must not be empty". `position` gives a slide id's place in the file (from 0);
 * a slide without a readable id is named by its place ("#3" is the fourth).
 */
export function storyProblemLine(p: StoryProblem, lang: Lang, position: (id: string) => number): string {
  let who: string;
  if (p.slide === null) who = lang === 'zh' ? '演示' : 'Story';
  else {
    const at = p.slide.startsWith('#') ? Number(p.slide.slice(1)) : position(p.slide);
    who = at >= 0 ? (lang === 'zh' ? `第 ${at + 1} 张幻灯片` : `Slide ${at + 1}`) : lang === 'zh' ? '幻灯片' : 'Slide';
  }
  return `${who} · ${fieldWords(p.field, lang)}${lang === 'zh' ? '：' : ': '}${storyMessage(p.message, lang)}`;
}

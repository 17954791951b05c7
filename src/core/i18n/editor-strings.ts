/**
 * The story editor's strings (issue 16): loaded with the editor, not with the first view (every KB of the
 * first load ships to every reader; few write stories). The toolbar button's label is in strings.ts.
 */
import type { Lang } from '../vocabulary.ts';
import { PRESENT_UI } from './strings.ts';

export const EDITOR_UI = {
  editor: PRESENT_UI.storyEditor,
  editorIntro: {
    zh: '把地图当前的视图（视角、图层、筛选和所选记录）加为一张幻灯片，再写标题和说明。草稿保存在此浏览器中。',
    en: 'Add the map as you see it (camera, layers, filters and the chosen record) as a slide, then write its title and caption. The draft is kept in this browser.',
  },
  storyTitle: { zh: '演示标题', en: 'Story title' },
  addView: { zh: '将当前视图加为幻灯片', en: 'Add this view as a slide' },
  slideTitle: { zh: '标题', en: 'Title' },
  caption: { zh: '说明', en: 'Caption' },
  zh: { zh: '中文', en: 'Chinese' },
  en: { zh: '英文', en: 'English' },
  slideN: { zh: '第 {n} 张', en: 'Slide {n}' },
  moveUp: { zh: '上移', en: 'Move up' },
  moveDown: { zh: '下移', en: 'Move down' },
  moveUpLabel: { zh: '上移（第 {n} 张）', en: 'Move up: slide {n}' },
  moveDownLabel: { zh: '下移（第 {n} 张）', en: 'Move down: slide {n}' },
  remove: { zh: '删除', en: 'Delete' },
  removeLabel: { zh: '删除第 {n} 张', en: 'Delete slide {n}' },
  reorderHint: { zh: '可拖动幻灯片排序，或在幻灯片内按 Alt + ↑/↓。', en: 'Drag a slide to reorder, or press Alt + ↑/↓ inside it.' },
  moved: { zh: '第 {from} 张已移到第 {to} 位', en: 'Slide {from} moved to position {to}' },
  added: { zh: '已添加第 {n} 张', en: 'Slide {n} added' },
  removed: { zh: '已删除第 {n} 张', en: 'Slide {n} deleted' },
  noSlides: { zh: '还没有幻灯片。', en: 'No slides yet.' },
  preview: { zh: '预览演示', en: 'Preview' },
  download: { zh: '下载演示文件（JSON）', en: 'Download the story (JSON)' },
  open: { zh: '打开演示文件…', en: 'Open a story file…' },
  opened: { zh: '已打开“{title}”，共 {n} 张', en: 'Opened “{title}”, {n} slides' },
  clear: { zh: '清除草稿', en: 'Discard the draft' },
  clearConfirm: { zh: '清除草稿及其全部幻灯片？此操作无法撤销。', en: 'Discard the draft and all its slides? This cannot be undone.' },
  clearYes: { zh: '清除', en: 'Discard' },
  clearNo: { zh: '保留', en: 'Keep' },
  cleared: { zh: '草稿已清除', en: 'Draft discarded' },
  incomplete: { zh: '演示尚不完整，下载前请补全：', en: 'The story is not complete yet; before downloading, fix:' },
  fileProblems: { zh: '此文件无法打开为演示：', en: 'This file cannot be opened as a story:' },
  fileSkipped: { zh: '已打开，但以下内容被略过：', en: 'Opened, but these were left out:' },
  view: { zh: '视图', en: 'View' },
  allRecords: { zh: '全部记录', en: 'All records' },
  ringed: { zh: '突出显示 1 条记录', en: '1 record ringed' },
  notSaved: { zh: '此浏览器不允许保存草稿；关闭页面前请下载。', en: 'This browser does not allow saving the draft; download it before leaving.' },
} satisfies Record<string, Record<Lang, string>>;

/** An EDITOR_UI string with {placeholders} filled. */
export function ted(key: keyof typeof EDITOR_UI, lang: Lang, vars: Record<string, string | number> = {}): string {
  return EDITOR_UI[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}


/**
 * Strings of the presenter view and of the export title, in their own module: only the lazily loaded
 * presenter and export elements import it, so the first load carries none of them.
 */
import type { Lang } from '../vocabulary.ts';

export const BRIEFING_UI = {
  presenterView: { zh: '演讲者视图', en: 'Presenter view' },
  openPresenterView: { zh: '在新窗口打开演讲者视图（P）', en: 'Open the presenter view in a new window (P)' },
  now: { zh: '当前', en: 'Now' },
  upNext: { zh: '下一页', en: 'Next' },
  lastSlide: { zh: '这是最后一页。', en: 'This is the last slide.' },
  notes: { zh: '讲稿', en: 'Speaker notes' },
  noNotes: { zh: '本页没有讲稿。', en: 'No notes for this slide.' },
  elapsed: { zh: '已用时间', en: 'Elapsed' },
  pause: { zh: '暂停', en: 'Pause' },
  resume: { zh: '继续', en: 'Resume' },
  reset: { zh: '归零', en: 'Reset' },
  waiting: { zh: '正在连接演示窗口…', en: 'Connecting to the presentation window…' },
  ended: {
    zh: '演示已结束。在主窗口中点击“演示”可重新开始，此窗口会跟上。',
    en: 'The presentation has ended. Press Present in the main window to start again; this window will follow.',
  },
  exportTitle: { zh: '图片标题', en: 'Title on the image' },
  exportTitleNote: {
    zh: '用于导出的图片；导出全部演示页时，它替代每页说明卡上的演示标题。留空则用默认标题。',
    en: "Drawn on the exported image; for every-slide exports it replaces the story's title on each slide's card. Leave it empty for the default.",
  },
} satisfies Record<string, Record<Lang, string>>;

export function tb(key: keyof typeof BRIEFING_UI, lang: Lang): string {
  return BRIEFING_UI[key][lang];
}

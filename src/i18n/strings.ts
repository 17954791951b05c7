/** UI strings in both languages. Record texts carry their own zh/en. */
import type { Kind } from '../data/schema.ts';
import type { Lang } from '../state/view.ts';

export const KIND_LABELS: Record<Kind, Record<Lang, string>> = {
  'partner-country': { zh: '合作国家', en: 'Partner country' },
  'joint-lab': { zh: '联合实验室', en: 'Joint laboratory' },
  park: { zh: '科技园区', en: 'Science park' },
  'demo-centre': { zh: '农业技术示范中心', en: 'Agricultural demonstration centre' },
  'transfer-centre': { zh: '技术转移中心', en: 'Technology transfer centre' },
  organisation: { zh: '机构与海外中心', en: 'Organisation / centre abroad' },
  event: { zh: '交流活动', en: 'Exchange event' },
  agreement: { zh: '协定与倡议', en: 'Agreement' },
  'transfer-corridor': { zh: '技术转移通道', en: 'Technology transfer corridor' },
  'flagship-corridor': { zh: '旗舰走廊', en: 'Flagship corridor' },
  programme: { zh: '计划', en: 'Programme' },
  figure: { zh: '数据', en: 'Figure' },
};

export const UI: Record<string, Record<Lang, string>> = {
  title: { zh: '创新之路图谱', en: 'Innovation Road Atlas' },
  subtitle: { zh: '“一带一路”科技创新合作', en: 'Belt and Road science & technology cooperation' },
  loading: { zh: '正在加载数据…', en: 'Loading data…' },
  records: { zh: '条记录', en: 'records' },
  dataErrors: { zh: '条记录未通过校验，已跳过', en: 'records failed validation and were skipped' },
  cooperationRecords: { zh: '合作记录数', en: 'Cooperation records' },
  boundaries: {
    zh: '边界：Natural Earth（world-atlas），按实际控制线绘制，不代表任何立场',
    en: 'Boundaries: Natural Earth (world-atlas), drawn as de facto lines; no position implied',
  },
  noWebgl: { zh: '此浏览器无法显示地图（WebGL 不可用）。', en: 'This browser cannot show the map (WebGL is unavailable).' },
  legend: { zh: '图例', en: 'Legend' },
  langSwitch: { zh: 'English', en: '中文' },
};

export function t(key: keyof typeof UI, lang: Lang): string {
  return UI[key][lang];
}

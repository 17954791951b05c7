/** UI strings in both languages. Record texts carry their own zh/en. */
import type { Confidence, Field, Kind, Precision } from '../vocabulary.ts';
import type { Region } from '../vocabulary.ts';
import type { Lang } from '../vocabulary.ts';

type Both = Record<Lang, string>;

export const KIND_LABELS: Record<Kind, Both> = {
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
  programme: { zh: '计划与倡议（无地点）', en: 'Programme (no place)' },
  figure: { zh: '数据', en: 'Figure' },
};

export const FIELD_LABELS: Record<Field, Both> = {
  agriculture: { zh: '农业', en: 'Agriculture' },
  energy: { zh: '能源', en: 'Energy' },
  health: { zh: '卫生健康', en: 'Health' },
  transport: { zh: '交通', en: 'Transport' },
  space: { zh: '空间', en: 'Space' },
  ocean: { zh: '海洋', en: 'Ocean' },
  digital: { zh: '数字与人工智能', en: 'Digital & AI' },
  environment: { zh: '环境', en: 'Environment' },
  materials: { zh: '材料', en: 'Materials' },
  mining: { zh: '矿产', en: 'Mining' },
  education: { zh: '教育与人才', en: 'Education & training' },
  heritage: { zh: '文化遗产', en: 'Heritage' },
  innovation: { zh: '创新创业', en: 'Innovation & enterprise' },
};

export const REGION_LABELS: Record<Region, Both> = {
  'east-asia': { zh: '东亚', en: 'East Asia' },
  'southeast-asia': { zh: '东南亚', en: 'Southeast Asia' },
  'south-asia': { zh: '南亚', en: 'South Asia' },
  'central-asia': { zh: '中亚', en: 'Central Asia' },
  'west-asia': { zh: '西亚', en: 'West Asia' },
  europe: { zh: '欧洲', en: 'Europe' },
  africa: { zh: '非洲', en: 'Africa' },
  'latin-america': { zh: '拉丁美洲', en: 'Latin America' },
  'north-america': { zh: '北美', en: 'North America' },
  oceania: { zh: '大洋洲', en: 'Oceania' },
};

export const CONFIDENCE_LABELS: Record<Confidence, Both> = {
  stated: { zh: '政策文本明确记载', en: 'Stated in a source text' },
  reported: { zh: '公开报道', en: 'Reported by a public source' },
  inferred: { zh: '推断，未经来源直接证实', en: 'Inferred — not stated outright by a source' },
};

export const PRECISION_LABELS: Record<Precision, Both> = {
  site: { zh: '具体地点', en: 'Exact site' },
  city: { zh: '城市级位置', en: 'City-level position' },
  country: { zh: '位置仅到国家', en: 'Country-level position' },
  region: { zh: '区域级，无具体地点', en: 'Regional, no specific place' },
};

export const UI = {
  title: { zh: '创新之路图谱', en: 'Innovation Road Atlas' },
  subtitle: { zh: '“一带一路”科技创新合作', en: 'Belt and Road science & technology cooperation' },
  loading: { zh: '正在加载数据…', en: 'Loading data…' },
  searchLoading: { zh: '正在准备搜索…', en: 'Preparing search…' },
  records: { zh: '条记录', en: 'records' },
  shown: { zh: '显示', en: 'showing' },
  cooperationRecords: { zh: '合作记录数', en: 'Cooperation records' },
  boundariesCn: {
    zh: '边界：Natural Earth，按中国立场绘制；非官方标准地图',
    en: "Boundaries: Natural Earth, China's point of view as Natural Earth records it; not an official standard map",
  },
  boundariesDeFacto: {
    zh: '边界：Natural Earth，按实际控制线绘制；不代表任何立场',
    en: 'Boundaries: Natural Earth, de facto lines; no position implied',
  },
  boundariesCustom: { zh: '边界：本页自带的底图', en: "Boundaries: this page's own basemap" },
  worldview: { zh: '边界画法', en: 'Boundaries' },
  worldviewCn: { zh: '中国立场', en: "China's view" },
  worldviewDeFacto: { zh: '实际控制线', en: 'De facto lines' },
  worldviewLocked: { zh: '本页自带底图，边界画法不可切换', en: "This page brings its own basemap: the boundary view can't be switched" },
  noWebgl: { zh: '此浏览器无法显示地图（WebGL 不可用）。', en: 'This browser cannot show the map (WebGL is unavailable).' },
  noWebglList: {
    zh: '所有记录都在列表中，筛选仍然有效。',
    en: 'Every record is in the list, and the filters still work.',
  },
  contextLost: { zh: '地图暂停：图形处理器正在恢复…', en: 'Map paused: the graphics processor is recovering…' },
  legend: { zh: '图例', en: 'Legend' },
  layers: { zh: '图层', en: 'Layers' },
  filters: { zh: '筛选', en: 'Filters' },
  list: { zh: '列表', en: 'List' },
  figures: { zh: '数据一览', en: 'In numbers' },
  figuresTitle: { zh: '“创新之路”数据一览', en: 'The Innovation Road in numbers' },
  figuresNote: {
    zh: '来源不一致的数字并列显示，各附来源与日期。',
    en: 'Where sources disagree, the figures stand side by side, each with its source and date.',
  },
  langSwitch: { zh: 'English', en: '中文' },
  langSwitchLabel: { zh: 'Switch to English', en: '切换到中文' },
  search: { zh: '搜索', en: 'Search' },
  searchPlaceholder: { zh: '搜索实验室、国家、走廊…', en: 'Search labs, countries, corridors…' },
  noResults: { zh: '没有找到', en: 'No matches' },
  close: { zh: '关闭', en: 'Close' },
  field: { zh: '领域', en: 'Field' },
  region: { zh: '地区', en: 'Region' },
  partner: { zh: '合作国家', en: 'Partner country' },
  all: { zh: '全部', en: 'All' },
  years: { zh: '年份', en: 'Years' },
  from: { zh: '起', en: 'From' },
  to: { zh: '止', en: 'To' },
  play: { zh: '播放', en: 'Play' },
  pause: { zh: '暂停', en: 'Pause' },
  reset: { zh: '重置筛选', en: 'Reset filters' },
  undatedNote: { zh: '无日期的记录不受年份范围影响。', en: 'Undated records are not filtered by year.' },
  summary: { zh: '概述', en: 'Summary' },
  institutions: { zh: '机构', en: 'Institutions' },
  host: { zh: '主办', en: 'host' },
  partnerRole: { zh: '合作方', en: 'partner' },
  partners: { zh: '合作国家', en: 'Partner countries' },
  date: { zh: '时间', en: 'Date' },
  place: { zh: '地点', en: 'Place' },
  status: { zh: '状态', en: 'Status' },
  figuresHeading: { zh: '数据', en: 'Figures' },
  asOf: { zh: '截至', en: 'as of' },
  confidence: { zh: '可信度', en: 'Confidence' },
  precision: { zh: '位置精度', en: 'Location precision' },
  sources: { zh: '来源', en: 'Sources' },
  seedText: { zh: '政策文本', en: 'Policy text' },
  originalTitle: { zh: '原标题', en: 'Original title' },
  related: { zh: '相关记录', en: 'Related records' },
  countryProfile: { zh: '国家合作概况', en: 'Country profile' },
  byKind: { zh: '按类型', en: 'By kind' },
  overTime: { zh: '按年份', en: 'Over time' },
  undated: { zh: '无日期', en: 'undated' },
  agreementStatus: { zh: '协定情况', en: 'Agreements' },
  noAgreement: { zh: '来源中未见协定信息', en: 'No agreement recorded in the sources' },
  noCooperation: { zh: '数据集中暂无与该国相关的合作记录', en: 'No cooperation records for this country in the dataset' },
  name: { zh: '名称', en: 'Name' },
  kind: { zh: '类型', en: 'Kind' },
  countries: { zh: '国家', en: 'Countries' },
  year: { zh: '年份', en: 'Year' },
  listCaption: { zh: '当前筛选条件下的记录', en: 'Records matching the current filters' },
  sortBy: { zh: '排序', en: 'Sort by' },
  mapRegion: { zh: '地图', en: 'Map' },
  mapCredit: { zh: '地图来源', en: 'Map credits' },
  panels: { zh: '面板', en: 'Panels' },
  openDetails: { zh: '查看详情', en: 'Open details' },
} satisfies Record<string, Both>;

export const STATUS_LABELS: Record<string, Both> = {
  planned: { zh: '筹建中', en: 'Planned' },
  active: { zh: '运行中', en: 'Active' },
  completed: { zh: '已完成', en: 'Completed' },
  signed: { zh: '已签署', en: 'Signed' },
  unclear: { zh: '不明', en: 'Unclear' },
};

export function t(key: keyof typeof UI, lang: Lang): string {
  return UI[key][lang];
}

export const PRESENT_UI = {
  present: { zh: '演示', en: 'Present' },
  exitStory: { zh: '退出演示', en: 'Exit presentation' },
  next: { zh: '下一页', en: 'Next slide' },
  previous: { zh: '上一页', en: 'Previous slide' },
  slide: { zh: '第 {n} / {total} 页', en: 'Slide {n} of {total}' },
  storyErrors: { zh: '演示文稿有误', en: 'Story problems' },
  exportPanel: { zh: '导出', en: 'Export' },
  exportImage: { zh: '导出图片', en: 'Export image' },
  frame: { zh: '画幅', en: 'Frame' },
  frameScreen: { zh: '屏幕', en: 'Screen' },
  scale: { zh: '分辨率', en: 'Resolution' },
  downloadPng: { zh: '下载 PNG', en: 'Download PNG' },
  imagesNeedMap: { zh: '图片与幻灯片需要地图，而地图在此浏览器中无法显示；数据仍可下载。', en: 'Images and slides need the map, which this browser cannot show; the data can still be downloaded.' },
  exportSlides: { zh: '导出全部演示页（ZIP）', en: 'Export every slide (ZIP)' },
  printDeck: { zh: '打印全部演示页 / 存为 PDF（每页一张）', en: 'Print every slide / save as PDF (one a page)' },
  downloadData: { zh: '下载当前筛选的数据', en: 'Download the filtered records' },
  working: { zh: '正在生成…', en: 'Working…' },
  capped: {
    zh: '注意：浏览器限制了画布尺寸，图片已缩小为 {w}×{h}。',
    en: 'Note: the browser capped the canvas size; the image was reduced to {w}×{h}.',
  },
  printSources: { zh: '来源：各记录所引政策文本与公开资料；数据 CC BY 4.0', en: 'Sources: the policy texts and public pages each record cites; data CC BY 4.0' },
  /** The story editor's toolbar button (the editor's own strings load with it: editor-strings.ts). */
  storyEditor: { zh: '编辑演示', en: 'Story editor' },
} satisfies Record<string, Record<Lang, string>>;

export const EMBED_UI = {
  embed: { zh: '嵌入', en: 'Embed' },
  embedIntro: {
    zh: '把当前视图放进你的网页：复制下面的代码。',
    en: 'Put the current view in your page: copy the code below.',
  },
  form: { zh: '方式', en: 'Form' },
  formElement: { zh: '网页组件', en: 'Web component' },
  formIframe: { zh: 'iframe', en: 'iframe' },
  controls: { zh: '控件', en: 'Controls' },
  controlsFull: { zh: '完整', en: 'Full' },
  controlsMinimal: { zh: '精简', en: 'Minimal' },
  controlsNone: { zh: '无', en: 'None' },
  theme: { zh: '配色', en: 'Theme' },
  themeLight: { zh: '浅色', en: 'Light' },
  themeDark: { zh: '深色', en: 'Dark' },
  code: { zh: '嵌入代码', en: 'Embed code' },
  copy: { zh: '复制代码', en: 'Copy code' },
  copied: { zh: '已复制', en: 'Copied' },
  embedNote: {
    zh: '代码包含当前的语言、视角、筛选、所选记录和演示页。iframe 接收宿主命令前，需在 origins 参数中列出宿主网站的来源。',
    en: 'The code keeps the current language, view, filters, selection and slide. For the iframe to accept commands from your page, list your site in its origins parameter.',
  },
  preview: { zh: '预览', en: 'Preview' },
  previewTitle: { zh: '嵌入效果预览', en: 'Preview of the embed' },
} satisfies Record<string, Record<Lang, string>>;

export function te(key: keyof typeof EMBED_UI, lang: Lang): string {
  return EMBED_UI[key][lang];
}

/** A PRESENT_UI string with {placeholders} filled. */
export function tp(key: keyof typeof PRESENT_UI, lang: Lang, vars: Record<string, string | number> = {}): string {
  return fill(PRESENT_UI[key][lang], vars);
}

/** Places known only to the country, the two ends of a record, membership and systems. */
export const RELATION_UI = {
  countryLevelNote: {
    zh: '来源只说明了国家，没有给出具体地点：地图上它不是地点标记，而计入该国的圆形计数标记。',
    en: 'The sources name the country but no site: on the map it is not a pin but one of the records counted in the round badge of its country.',
  },
  groupCount: { zh: '{n} 条记录，位置仅到国家', en: '{n} records, position known only to the country' },
  groupCountOne: { zh: '1 条记录，位置仅到国家', en: '1 record, position known only to the country' },
  groupUnnamed: { zh: '位置仅到国家的记录', en: 'Records placed only to a country' },
  groupHint: { zh: '点击列出', en: 'Click to list them' },
  stackCount: { zh: '{n} 条记录在同一地点', en: '{n} records at this place' },
  stackUnnamed: { zh: '同一地点的记录', en: 'Records at one place' },
  partnerEnd: { zh: '合作方', en: 'Partner' },
  hostEnd: { zh: '依托单位', en: 'Host' },
  countryWord: { zh: '（国家）', en: '(country)' },
  memberOf: { zh: '所属', en: 'Member of' },
  members: { zh: '成员', en: 'Members' },
  namedOnMap: { zh: '地图上标注 {n} 个', en: '{n} named on the map' },
  systemsHeading: { zh: '各体系', en: 'The systems' },
  otherFigures: { zh: '其他数据', en: 'Other figures' },
  overTimeTable: { zh: '各时点数值与来源', en: 'Values and sources' },
  asOfColumn: { zh: '截至', en: 'As of' },
  valueColumn: { zh: '数值', en: 'Value' },
  sourceColumn: { zh: '来源', en: 'Source' },
  undatedPoint: { zh: '未注明日期', en: 'undated' },
  hostedBy: { zh: '（依托：{name}）', en: '(host: {name})' },
} satisfies Record<string, Record<Lang, string>>;

/** A RELATION_UI string with {placeholders} filled. */
export function tr(key: keyof typeof RELATION_UI, lang: Lang, vars: Record<string, string | number> = {}): string {
  return fill(RELATION_UI[key][lang], vars);
}

function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}

/** The legend on the map (and in exported images). */
export const LEGEND_UI = {
  legend: { zh: '图例', en: 'Legend' },
  showLegend: { zh: '显示图例', en: 'Show legend' },
  hideLegend: { zh: '收起图例', en: 'Hide legend' },
  badge: { zh: '数字圆标：位置仅到国家的记录数', en: 'Numbered disc: records placed only to the country' },
  stack: { zh: '深色数字圆标：同一地点的多条记录', en: 'Dark numbered disc: several records at one place' },
  corridorStated: { zh: '技术转移通道（有来源）', en: 'Transfer corridor, from a source' },
  corridorInferred: { zh: '浅色细线：推断的通道', en: 'Light thin line: inferred corridor' },
  ring: { zh: '圆环：所选或所指记录', en: 'Ring: the chosen record' },
  context: { zh: '浅色：非本页主题的记录', en: 'Faint: not the subject of this slide' },
  ramp: { zh: '合作记录数', en: 'Cooperation records' },
} satisfies Record<string, Record<Lang, string>>;

export function tl(key: keyof typeof LEGEND_UI, lang: Lang): string {
  return LEGEND_UI[key][lang];
}

/** The year player: the large year on the map while it plays, and its switch for undated records. */
export const YEAR_UI = {
  showUndated: { zh: '显示无日期的记录', en: 'Show undated records' },
  undatedOff: { zh: '播放时不显示无日期的记录，停止后恢复。', en: 'Undated records are hidden while the years play, and come back when it stops.' },
  playing: { zh: '按年份播放', en: 'Playing the years' },
  upTo: { zh: '显示至 {year} 年', en: 'Showing up to {year}' },
  since: { zh: '自 {year} 年起', en: 'from {year}' },
  stop: { zh: '停止播放', en: 'Stop' },
} satisfies Record<string, Record<Lang, string>>;

/** A YEAR_UI string with {placeholders} filled. */
export function ty(key: keyof typeof YEAR_UI, lang: Lang, vars: Record<string, string | number> = {}): string {
  return fill(YEAR_UI[key][lang], vars);
}
/** Stories from a file named in a link: only the atlas's own site (nothing is fetched from elsewhere). */
export const STORY_LINK_UI = {
  otherSite: {
    zh: '演示文件“{ref}”在另一个网站（{origin}）上：图谱只打开本站的文件，不从别处获取任何内容。',
    en: 'The story file “{ref}” is on another site ({origin}): the atlas opens files from its own site only and fetches nothing from elsewhere.',
  },
} satisfies Record<string, Record<Lang, string>>;

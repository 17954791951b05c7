/** Strings of the offline copy (service worker status, update prompt, the Export panel's advice), zh/en. */
import type { Lang } from '../vocabulary.ts';

export const OFFLINE_UI = {
  available: { zh: '可离线使用', en: 'Available offline' },
  availableTitle: { zh: '本图谱已保存在此设备上，无网络时也能打开', en: 'This atlas is saved on this device and opens without a network' },
  updateReady: { zh: '新版本已就绪', en: 'A new version is ready' },
  reload: { zh: '重新载入', en: 'Reload' },
  offlineCopy: { zh: '离线副本', en: 'Offline copy' },
  savedHere: {
    zh: '本图谱已保存在此设备上：断网时，此网址照常打开。',
    en: 'This atlas is saved on this device: this address opens with the network gone.',
  },
  notSavedHere: {
    zh: '用联网的浏览器打开一次图谱本身的页面（而非嵌入页），它便保存在该设备上，之后可离线打开。',
    en: 'Open the atlas’s own page (not an embed) once with a network: it is then saved on that device and opens offline.',
  },
  install: {
    zh: '演示前可将其安装为应用：Chrome 或 Edge 中点地址栏的“安装”图标（或菜单 → 安装“创新之路图谱”）；iPad 或 iPhone 上点“分享” → “添加到主屏幕”。',
    en: 'Before a presentation, install it as an app: in Chrome or Edge, the install icon in the address bar (or menu → Install 创新之路图谱); on iPad or iPhone, Share → Add to Home Screen.',
  },
  updates: {
    zh: '有新版本时，联网打开一次即在后台下载；点“重新载入”后生效，演示进行中不会打断。',
    en: 'A new version downloads in the background when it is opened online; it takes over when you click Reload, never during a presentation.',
  },
} satisfies Record<string, Record<Lang, string>>;

export function to(key: keyof typeof OFFLINE_UI, lang: Lang): string {
  return OFFLINE_UI[key][lang];
}

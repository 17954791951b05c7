/**
 * Elements the first view does not show (panels, the presenter), loaded the first time they are needed:
 * every reader downloads the first view, few open the list or present a story. Lit keeps properties set on
 * an element before its class is defined and applies them when it upgrades, so a template can render the
 * tag at once and the element fills in when its module arrives.
 */
const LOADERS = {
  'atlas-country': () => import('./atlas-country.ts'),
  'atlas-details': () => import('./atlas-details.ts'),
  'atlas-embed': () => import('./atlas-embed.ts'),
  'atlas-export': () => import('./atlas-export.ts'),
  'atlas-figures': () => import('./atlas-figures.ts'),
  'atlas-filters': () => import('./atlas-filters.ts'),
  'atlas-list': () => import('./atlas-list.ts'),
  'atlas-picker': () => import('./atlas-picker.ts'),
  'atlas-presenter': () => import('./atlas-presenter.ts'),
  'atlas-year-player': () => import('./atlas-year-player.ts'),
  'atlas-story-editor': () => import('./atlas-story-editor.ts'),
} satisfies Record<string, () => Promise<unknown>>;

export type LazyTag = keyof typeof LOADERS;

const loading = new Map<LazyTag, Promise<unknown>>();

/** Loads the module that defines `tag` (once); a failed load is forgotten so the next call retries. */
export function ensureElement(tag: LazyTag): Promise<unknown> {
  let p = loading.get(tag);
  if (!p) {
    p = LOADERS[tag]().catch((err: unknown) => {
      loading.delete(tag);
      throw err;
    });
    loading.set(tag, p);
  }
  return p;
}

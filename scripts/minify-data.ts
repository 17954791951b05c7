/**
 * Vite plugin: the dataset and story JSON files are committed pretty-printed (readable diffs) but shipped
 * minified. Indentation is a quarter of the dataset's bytes and every reader downloads and parses it on
 * the first load (gzip saves most of it on the wire, not in the parser).
 */
import type { Plugin } from 'vite';

export function minifyData(): Plugin {
  return {
    name: 'atlas-minify-data',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'asset' || !/\.(geo)?json$/.test(file.fileName)) continue;
        const text = typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source);
        try {
          file.source = JSON.stringify(JSON.parse(text));
        } catch {
          // Not JSON after all: ship it as it is.
        }
      }
    },
  };
}

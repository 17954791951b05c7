// @ts-check
import tseslint from 'typescript-eslint';

const renderingLibs = {
  patterns: [
    { group: ['maplibre-gl', 'maplibre-gl/*', '@deck.gl/*', 'lit', 'lit/*', '@lit/*'], message: 'src/core and src/state are the pure core: no rendering libraries (maplibre, deck.gl, lit).' },
  ],
};

// Outside the pure core, only <atlas-map> (and the map/layers code it runs) may touch MapLibre or deck.gl.
const mapLibs = {
  patterns: [{ group: ['maplibre-gl', 'maplibre-gl/*', '@deck.gl/*'], message: 'Only src/components/atlas-map.ts (with src/map and src/layers) owns MapLibre and deck.gl.' }],
};

export default tseslint.config(
  { ignores: ['.scratch/**', 'dist/**', 'dist-lib/**', 'bench/dist/**', 'node_modules/**', 'bench/**/*.json'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // Tests build malformed JSON on purpose; `any` is the honest type there.
  { files: ['test/**'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  // The pure core stays importable in Node with no DOM or GPU.
  { files: ['src/core/**', 'src/state/**', 'src/basemap/**', 'src/story/**', 'src/export/**', 'src/embed/protocol.ts', 'src/embed/snippet.ts'], rules: { 'no-restricted-imports': ['error', renderingLibs] } },
  { files: ['src/components/**', 'src/controllers/**', 'src/embed/published-base.ts', 'src/*.ts'], ignores: ['src/components/atlas-map.ts'], rules: { 'no-restricted-imports': ['error', mapLibs] } },
);

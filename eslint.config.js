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
  // Browser tests wait on events and conditions, never on time: a fixed sleep is too short on a loaded
  // machine and too long on an idle one. Budgets for a hung page are timeouts, not sleeps.
  {
    files: ['test/browser/**'],
    rules: {
      'no-restricted-properties': ['error', { property: 'waitForTimeout', message: 'Wait for an event or a condition (expect.poll, waitForFunction, waitForEvent), not for time.' }],
      'no-restricted-globals': ['error', { name: 'setTimeout', message: 'Wait for an event or a condition, not for time.' }, { name: 'setInterval', message: 'Wait for an event or a condition, not for time.' }],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name=/^set(Timeout|Interval)$/]", message: 'Wait for an event or a condition, not for time.' },
        { selector: "CallExpression[callee.property.name='sleep'], CallExpression[callee.name='sleep']", message: 'No sleeps: wait for an event or a condition.' },
        { selector: "ImportDeclaration[source.value='node:timers/promises'], ImportDeclaration[source.value='timers/promises']", message: 'No timer-based waits in browser tests.' },
      ],
    },
  },
  // The pure core stays importable in Node with no DOM or GPU.
  { files: ['src/core/**', 'src/state/**', 'src/basemap/**', 'src/story/**', 'src/export/**', 'src/embed/protocol.ts', 'src/embed/snippet.ts'], rules: { 'no-restricted-imports': ['error', renderingLibs] } },
  { files: ['src/components/**', 'src/controllers/**', 'src/embed/published-base.ts', 'src/*.ts'], ignores: ['src/components/atlas-map.ts'], rules: { 'no-restricted-imports': ['error', mapLibs] } },
);

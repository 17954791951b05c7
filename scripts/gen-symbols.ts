/** Writes src/layers/symbols.png from the shapes in src/layers/symbols.ts. Run: npx tsx scripts/gen-symbols.ts */
import { writeFileSync } from 'node:fs';
import { symbolsPng } from './symbols-png.ts';

const out = new URL('../src/layers/symbols.png', import.meta.url);
writeFileSync(out, symbolsPng());
console.log('wrote', out.pathname);

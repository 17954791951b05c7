/**
 * Generated, schema-valid datasets for the benchmark and for bring-your-own-data checks (never written to
 * the repository): seeded, so the same on every run and machine.
 */
import { readFileSync } from 'node:fs';
import { FIELDS, POINT_KINDS, type Kind } from '../src/core/vocabulary.ts';
import { prng } from './prng.ts';

const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;

const KIND_ZH: Record<string, string> = {
  'joint-lab': '联合实验室',
  park: '科技园区',
  'demo-centre': '示范中心',
  'transfer-centre': '技术转移中心',
  organisation: '组织',
  event: '活动',
  agreement: '协议',
  'transfer-corridor': '技术转移通道',
};

/**
 * 100,000 point records (1,000 of them transfer centres, the rest the other point kinds in turn) spread
 * over the app's default extent, and 10,000 transfer corridors, each starting at a generated centre. All
 * valid against the schema; text lengths like the real records' short ones.
 */
export function syntheticDataset(points: number, arcs: number, centres: number): string {
  const rand = prng(20240917);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const iso3 = Object.keys(JSON.parse(readFileSync('src/core/countries.json', 'utf8')) as Record<string, unknown>);
  const others = POINT_KINDS.filter((k) => k !== 'transfer-centre');
  const at = (): [number, number] => [round(-18 + rand() * 163, 4), round(-30 + rand() * 88, 4)];
  const source = [{ url: 'https://example.org/bench/synthetic', title: 'Synthetic benchmark record (not real data)' }];
  const common = (i: number, kind: Kind) => {
    const year = 2000 + Math.floor(rand() * 26);
    const month = Math.floor(rand() * 12) + 1;
    return {
      kind,
      name: { zh: `合成${KIND_ZH[kind]}第${i}号`, en: `Synthetic ${kind} no. ${i}` },
      summary: {
        zh: `用于性能测试的合成记录（第${i}号），${year}年设立，与多个伙伴国开展合作。`,
        en: `A synthetic record (no. ${i}) for the benchmark, set up in ${year} with several partner countries.`,
      },
      fields: [...new Set([pick(FIELDS), pick(FIELDS)])],
      countries: [...new Set([pick(iso3), pick(iso3)])],
      date: rand() < 0.5 ? String(year) : `${year}-${String(month).padStart(2, '0')}`,
      sources: source,
      confidence: 'inferred',
    };
  };
  const features: unknown[] = [];
  const centrePos: [number, number][] = [];
  for (let i = 0; i < points; i++) {
    const kind: Kind = i < centres ? 'transfer-centre' : others[i % others.length];
    const id = i < centres ? `syn-ttc-${i}` : `syn-p-${i}`;
    const pos = at();
    if (i < centres) centrePos.push(pos);
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: pos },
      properties: { id, ...common(i, kind), city: { zh: '合成城市', en: 'Synthetic City' }, precision: 'city' },
    });
  }
  for (let j = 0; j < arcs; j++) {
    const c = j % centres;
    features.push({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: [centrePos[c], at()] },
      properties: { id: `syn-corridor-${j}`, ...common(points + j, 'transfer-corridor'), precision: 'country', from: `syn-ttc-${c}` },
    });
  }
  return JSON.stringify({ type: 'FeatureCollection', features });
}


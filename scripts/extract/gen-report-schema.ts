/**
 * Writes scripts/extract/report.schema.json, the JSON Schema of the data:extract report, from report-schema.ts.
 * Run: npx tsx scripts/extract/gen-report-schema.ts   (a Node test fails when the committed file is stale)
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { toJsonSchema } from '@valibot/to-json-schema';
import { Report } from './report-schema.ts';

export function buildReportSchema(): Record<string, unknown> {
  const schema = toJsonSchema(Report, { errorMode: 'ignore', target: 'draft-2020-12' });
  delete (schema as { $schema?: string }).$schema;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'urn:innovation-road-atlas:extract-report:1',
    title: 'data:extract review report',
    description:
      'What a text mentions that the atlas has (known), candidate new records (candidates), figures with their ' +
      'qualifier, as-of date and how they compare with the atlas (figures), and places (places). line is the ' +
      '1-based line of the input file; text is the sentence the finding came from. value is a number (10000 ' +
      'for 1 万); qualifier is exact, more-than, nearly, about or less-than; asOf is YYYY, YYYY-MM or YYYY-MM-DD, ' +
      'null when the text gives no date; country is ISO 3166-1 alpha-3; match.status is same, newer or conflicting.',
    ...schema,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const out = new URL('./report.schema.json', import.meta.url);
  writeFileSync(out, JSON.stringify(buildReportSchema(), null, 2) + '\n');
  console.log('wrote', out.pathname);
}

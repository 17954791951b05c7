/**
 * Writes data/stories/story.schema.json, the published JSON Schema of a briefing story, from the valibot
 * schema in src/story/schema.ts.
 * Run: npx tsx scripts/gen-story-schema.ts   (a Node test fails when the committed file is stale)
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toJsonSchema } from '@valibot/to-json-schema';
import { STORY_SCHEMA_VERSION, Story } from '../src/story/schema.ts';

/**
 * The JSON Schema of a story. Rules that JSON Schema cannot say (unique slide ids, years as [from, to] with
 * from ≤ to, references to records and figures of the dataset) are written in `description` and enforced
 * by `validateStory`.
 */
export function buildStoryJsonSchema(): Record<string, unknown> {
  const story = toJsonSchema(Story, { errorMode: 'ignore', target: 'draft-2020-12' }) as Record<string, unknown>;
  delete story.$schema;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `urn:innovation-road-atlas:story-schema:${STORY_SCHEMA_VERSION}`,
    title: 'Innovation Road Atlas briefing story',
    description:
      `Story schema version ${STORY_SCHEMA_VERSION}. An ordered list of slides; each sets the map camera and ` +
      'filters and may highlight records and call out their figures. Also enforced by the loader: slide ids ' +
      'are unique within the story; years are [from, to] with from ≤ to; every highlight id and callouts[].record ' +
      'is a record id of the dataset, and callouts[].figure (default 0) is an index into that record\'s figures. ' +
      'Numbers and sources always come from the dataset, never from the story.',
    ...story,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = new URL('../data/stories/story.schema.json', import.meta.url);
  writeFileSync(out, JSON.stringify(buildStoryJsonSchema(), null, 2) + '\n');
  console.log('wrote', out.pathname);
}

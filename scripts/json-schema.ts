import { toJsonSchema } from '@valibot/to-json-schema';
import { Feature, SCHEMA_VERSION } from '../src/core/record.ts';

/**
 * The JSON Schema of a whole dataset. Rules that JSON Schema cannot say (at most one of seed/url, the
 * geometry each kind needs, figure source indexes, corridor start points) are written in `description`
 * and enforced by the loader; everything else is enforced by the schema itself.
 */
export function buildJsonSchema(): Record<string, unknown> {
  const feature = toJsonSchema(Feature, { errorMode: 'ignore', target: 'draft-2020-12' });
  delete (feature as { $schema?: string }).$schema;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `urn:innovation-road-atlas:schema:${SCHEMA_VERSION}`,
    title: 'Innovation Road Atlas dataset',
    description:
      `Schema version ${SCHEMA_VERSION}. A GeoJSON FeatureCollection (RFC 7946) of cooperation records. ` +
      'Also enforced by the loader: a source has at most one of seed or url; transfer-corridor and ' +
      'flagship-corridor records are LineStrings, programme and figure records have null geometry, every ' +
      'other kind is a Point; figures[].source indexes into sources; a transfer-corridor names in `from` a ' +
      'transfer-centre of the same dataset; ids are unique.',
    type: 'object',
    required: ['type', 'features'],
    properties: {
      type: { const: 'FeatureCollection' },
      schemaVersion: { type: 'string' },
      features: { type: 'array', items: { $ref: '#/$defs/feature' } },
    },
    $defs: { feature },
  };
}

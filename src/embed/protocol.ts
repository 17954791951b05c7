/**
 * The postMessage protocol between embed.html (the atlas in an iframe) and the page that hosts it.
 * Pure: builds outgoing messages and reads incoming ones; the page glue lives in src/embed-page.ts.
 *
 * Out (atlas → host), posted to the parent window:
 *   { source: 'innovation-atlas', version: 1, type: 'ready' | 'height' | 'select' | 'viewchange' | 'slidechange' | 'error', frame, detail }
 * In (host → atlas), accepted only from the parent window and from an allowed origin:
 *   { target: 'innovation-atlas', version: 1, command: 'goToSlide', args: { index } }
 *   { target: 'innovation-atlas', version: 1, command: 'select', args: { id } }          (id null clears)
 *   { target: 'innovation-atlas', version: 1, command: 'setFilters', args: { kinds?, fields?, regions?, countries?, years? } }
 *   { target: 'innovation-atlas', version: 1, command: 'flyTo', args: { center: [lng, lat], zoom? } }
 * A message of another version, shape or origin is ignored (never thrown on); the reason is returned for logs.
 * One request is answered from any parent, as it reveals nothing the frame does not post anyway:
 *   { target: 'innovation-atlas', version: 1, command: 'height' }  → a 'height' message
 * embed-host.js sends it when it starts, in case the frame posted its height before the script listened.
 */
import * as v from 'valibot';
import { SLUG } from '../core/vocabulary.ts';
import { originAllowed } from '../state/embed-options.ts';

export const PROTOCOL_VERSION = 1;
export const OUT_SOURCE = 'innovation-atlas';
export const IN_TARGET = 'innovation-atlas';

export type OutType = 'ready' | 'height' | 'select' | 'viewchange' | 'slidechange' | 'error';

export interface OutMessage<D = unknown> {
  source: typeof OUT_SOURCE;
  version: typeof PROTOCOL_VERSION;
  type: OutType;
  /** The `frame` query parameter of embed.html, so a host with several atlases can tell them apart. */
  frame: string | null;
  detail: D;
}

export function outMessage<D>(type: OutType, detail: D, frame: string | null = null): OutMessage<D> {
  return { source: OUT_SOURCE, version: PROTOCOL_VERSION, type, frame, detail };
}

/** The host script's request for the frame's height (see above); answered whatever the origin. */
export function isHeightRequest(data: unknown): boolean {
  const m = data as { target?: unknown; version?: unknown; command?: unknown } | null;
  return typeof m === 'object' && m !== null && m.target === IN_TARGET && m.version === PROTOCOL_VERSION && m.command === 'height';
}

const Slug = v.pipe(v.string(), v.maxLength(120), v.regex(SLUG));
const Token = v.pipe(v.string(), v.maxLength(40));
const Finite = v.pipe(v.number(), v.finite());
const Year = v.pipe(v.number(), v.integer(), v.minValue(1900), v.maxValue(2100));

const Command = v.variant('command', [
  v.strictObject({ target: v.literal(IN_TARGET), version: v.literal(PROTOCOL_VERSION), command: v.literal('goToSlide'), args: v.strictObject({ index: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(999)) }) }),
  v.strictObject({ target: v.literal(IN_TARGET), version: v.literal(PROTOCOL_VERSION), command: v.literal('select'), args: v.strictObject({ id: v.nullable(Slug) }) }),
  v.strictObject({
    target: v.literal(IN_TARGET),
    version: v.literal(PROTOCOL_VERSION),
    command: v.literal('setFilters'),
    // Unknown values inside the lists are dropped later by the reducer; here only the shape and size are checked.
    args: v.strictObject({
      kinds: v.optional(v.pipe(v.array(Token), v.maxLength(40))),
      fields: v.optional(v.pipe(v.array(Token), v.maxLength(40))),
      regions: v.optional(v.pipe(v.array(Token), v.maxLength(40))),
      countries: v.optional(v.pipe(v.array(v.pipe(v.string(), v.regex(/^[A-Za-z]{3}$/))), v.maxLength(300))),
      years: v.optional(v.nullable(v.tuple([Year, Year]))),
    }),
  }),
  v.strictObject({
    target: v.literal(IN_TARGET),
    version: v.literal(PROTOCOL_VERSION),
    command: v.literal('flyTo'),
    args: v.strictObject({
      center: v.tuple([v.pipe(Finite, v.minValue(-180), v.maxValue(180)), v.pipe(Finite, v.minValue(-85), v.maxValue(85))]),
      zoom: v.optional(v.pipe(Finite, v.minValue(0), v.maxValue(22))),
    }),
  }),
]);
export type Command = v.InferOutput<typeof Command>;

export type ReadResult = { ok: true; command: Command } | { ok: false; reason: string };

/**
 * Reads a message that arrived from `origin`. Structured clones can be anything (getters are not run:
 * postMessage data is plain), so every level is checked before use.
 */
export function readCommand(data: unknown, origin: string, allowed: readonly string[]): ReadResult {
  if (!data || typeof data !== 'object' || (data as { target?: unknown }).target !== IN_TARGET) return { ok: false, reason: 'not an atlas command' };
  if (!originAllowed(origin, allowed)) return { ok: false, reason: `origin ${String(origin).slice(0, 100)} is not allowed` };
  if ((data as { version?: unknown }).version !== PROTOCOL_VERSION) return { ok: false, reason: `unsupported protocol version ${String((data as { version?: unknown }).version).slice(0, 20)}` };
  const r = v.safeParse(Command, data);
  if (!r.success) {
    const issue = r.issues[0];
    const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    return { ok: false, reason: `${path || 'message'}: ${issue.message}`.slice(0, 200) };
  }
  return { ok: true, command: r.output };
}

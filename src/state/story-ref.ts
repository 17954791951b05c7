/**
 * What names a story in the state and in a link: a registered story id (a slug, "innovation-road") or the
 * address of a story JSON file ("stories/ours.json", "/atlas/data/ours.json", or a full http(s) URL).
 * A file is fetched only from the page's own origin: the atlas fetches nothing from elsewhere at run time
 * (offline rule), so another site's address is kept in the state just long enough to be refused with a
 * clear message. Pure.
 */
import { SLUG } from '../core/vocabulary.ts';

export const MAX_STORY_REF = 500;

/** A path or http(s) URL of a .json file, with nothing that could break out of a link or an attribute. */
const FILE_REF = /^(https?:\/\/[^/\s]+)?[\w\-./~%]*[\w-]\.json$/i;

export function isStoryRef(raw: unknown): raw is string {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_STORY_REF) return false;
  // Another origin passes here on purpose: the loader refuses it with a message (storyFileUrl).
  return SLUG.test(raw) || FILE_REF.test(raw);
}

/** A story file's address rather than a registered id. */
export const isStoryFile = (ref: string): boolean => !SLUG.test(ref);

/** The URL to fetch a story file from, or the other origin it would reach (refused). */
export function storyFileUrl(ref: string, pageHref: string): { url: string } | { otherOrigin: string } {
  const page = new URL(pageHref);
  const url = new URL(ref, page);
  return url.origin === page.origin ? { url: url.href } : { otherOrigin: url.origin };
}

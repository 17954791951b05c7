/** Country names in the atlas's two languages, from the country table. Pure. */
import countries from '../countries.json';
import type { Lang } from '../vocabulary.ts';

const names = countries as Record<string, { zh: string; en: string }>;

/** The country's name (ISO alpha-3) in `lang`; the code itself for a country the table lacks. */
export const countryName = (a3: string, lang: Lang): string => names[a3]?.[lang] ?? a3;

/**
 * The five policy texts the atlas was first built from, as readers should meet them: by title (in their
 * language, with the Chinese original beside a translation) and publisher, never by the file they are
 * stored in. The file names are only the keys records cite them by. A publisher or date is given only
 * where the text itself states it. Pure.
 */
import type { Source } from './record.ts';
import type { Lang } from './vocabulary.ts';

interface PolicyText {
  /** English translation of the (Chinese) title. */
  titleEn: string;
  publisher?: { zh: string; en: string };
  date?: string;
}

const POLICY_TEXTS: Record<string, PolicyText> = {
  '000_26503aa09e2debff.txt': {
    titleEn: 'Advancing Belt and Road S&T cooperation by building joint laboratories together',
    publisher: { zh: '2024 浦江创新论坛专报之十五', en: 'Pujiang Innovation Forum 2024, bulletin no. 15' },
    date: '2024',
  },
  '001_623cb183ae81130a.txt': { titleEn: 'Deepening Belt and Road S&T innovation cooperation' },
  '002_61e2e90163225e43.txt': { titleEn: 'The Innovation Road sub-forum of the Second Belt and Road Forum for International Cooperation held in Beijing' },
  '003_e31de77d84d3f79b.txt': {
    titleEn: 'Opening a new journey on the Belt and Road Innovation Road through open cooperation at a higher level',
    publisher: { zh: '2023 浦江创新论坛专题简报之四', en: 'Pujiang Innovation Forum 2023, briefing no. 4' },
    date: '2023',
  },
  '004_2c1c661e719975d5.txt': { titleEn: 'China’s international exchange and cooperation in S&T innovation (September–October 2018)' },
};

export interface ReaderSource {
  /** The title in the reader's language where there is one, else as the source writes it. */
  title: string;
  /** The title as written, when `title` is a translation of it. */
  original?: string;
  publisher?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date?: string;
  url?: string;
}

/** A source as a reader sees it: no file name, a translated title beside the original where one exists. */
export function readerSource(s: Source, lang: Lang): ReaderSource {
  const known = s.seed ? POLICY_TEXTS[s.seed] : undefined;
  // A web source carries its own translation; a policy text's comes from the table above.
  const translated = lang === 'en' ? (s.titleEn ?? known?.titleEn) : undefined;
  return {
    title: translated ?? s.title,
    original: translated ? s.title : undefined,
    publisher: s.publisher ?? known?.publisher?.[lang],
    date: s.date ?? known?.date,
    url: s.url,
  };
}

/**
 * A source as a download cites it: title (with its English title where there is one), publisher in the
 * reader's language, date, link and locator; a stored text's file name is left out. It loads back as a
 * dataset's source (record.ts takes a source named by its title alone).
 */
export function citedSource(s: Source, lang: Lang): Source {
  const known = s.seed ? POLICY_TEXTS[s.seed] : undefined;
  const titleEn = s.titleEn ?? known?.titleEn;
  const publisher = s.publisher ?? known?.publisher?.[lang];
  const date = s.date ?? known?.date;
  return {
    title: s.title,
    ...(titleEn && titleEn !== s.title ? { titleEn } : {}),
    ...(publisher ? { publisher } : {}),
    ...(date ? { date } : {}),
    ...(s.url ? { url: s.url } : {}),
    ...(s.locator ? { locator: s.locator } : {}),
  };
}

/** One line for a source (CSV, figure cards): title (original), publisher, date, link. */
export function sourceLine(s: Source, lang: Lang): string {
  const r = readerSource(s, lang);
  const title = r.original ? `${r.title} (${r.original})` : r.title;
  return [title, r.publisher, r.date, r.url].filter(Boolean).join(' · ');
}

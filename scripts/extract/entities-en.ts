/**
 * Candidate entities in English text: Title-Case names ending in a kind word ("China-Belarus Great Stone
 * Industrial Park", "SCO Member States Technology Transfer Center-China"), possibly continued by "of/on/for"
 * and more capitalised words ("Alliance of International Science Organizations"), and ordinal-led
 * meetings ("the 19th meeting of the Council of …"). A name is kept when it shows a cooperation signal
 * (China, Sino-, Belt and Road, a region or a partner country) and is not a well-known grouping.
 */
import type { Kind } from '../../src/core/vocabulary.ts';
import type { RawCandidate } from './entities-zh.ts';

const KEYWORDS: [RegExp, Kind][] = [
  [/^(?:Joint )?Laborator(?:y|ies)$|^(?:Joint )?Labs?$|^Joint Research Cent(?:er|re)s?$/u, 'joint-lab'],
  [/^Technology Transfer Cent(?:er|re)s?$/u, 'transfer-centre'],
  [/^(?:Science|Technology|Industrial|Innovation|Eco-?Industrial)? ?Parks?$|^(?:Cooperation |Economic )?Zones?$/u, 'park'],
  [/^Demonstration Cent(?:er|re)s?$|^Demonstration Base$/u, 'demo-centre'],
  [/^Cent(?:er|re)s?$|^Alliance$|^Organi[sz]ations?$|^Institute$|^Consortium$/u, 'organisation'],
  [/^Forum$|^Conference$|^Summit$|^Expo$|^Exposition$|^Dialogue$|^Competition$|^Contest$|^Week$|^Year$|^Meeting$|^Committee$|^Fair$|^Exhibition$|^Symposium$|^Workshop$/u, 'event'],
  [/^Agreement$|^Memorandum$|^Understanding$|^MoU$|^Initiative$|^Declaration$/u, 'agreement'],
  [/^(?:Action )?Plan$|^Programme$|^Program$/u, 'programme'],
];
const MULTI = ['Joint Laboratory', 'Joint Laboratories', 'Joint Lab', 'Joint Labs', 'Joint Research Center', 'Joint Research Centre', 'Technology Transfer Center', 'Technology Transfer Centre', 'Demonstration Center', 'Demonstration Centre', 'Action Plan', 'Science Park', 'Industrial Park', 'Technology Park', 'Cooperation Zone'];
const CONNECT = new Set(['of', 'and', 'for', 'on', 'the', 'in', 'de', '&', 'to']);
/** Words that may precede a name in a sentence but never start one ("At the 19th meeting …"). */
const LEAD = new Set(['the', 'at', 'in', 'on', 'by', 'with', 'from', 'during', 'under', 'within', 'since', 'as', 'a', 'an', 'this', 'that', 'its', 'their', 'of', 'and', 'for', 'to', 'de', '&', 'while', 'when', 'after', 'before']);
const ORDINAL = /^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/iu;
const LOWER_EVENT = /^(?:meeting|session|forum|conference|summit|expo|dialogue|round)$/u;
const SIGNAL = /\bChina\b|\bChinese\b|\bSino-|Belt and Road|\bBRI\b|Silk Road|\bASEAN\b|\bBRICS\b|\bSCO\b|Africa|\bArab|Central Asia|South Asia|Latin America|\bLAC\b|\bCEEC\b|Lancang|Mekong/u;
/** Groupings and institutions that are not cooperation entities of the atlas's kinds. */
const NOT_CANDIDATE = /^(?:Shanghai Cooperation Organi[sz]ation|Belt and Road Initiative|Belt and Road|World Intellectual Property Organi[sz]ation|United Nations|African Union|Association of Southeast Asian Nations|Organi[sz]ation for Economic Co-?operation and Development|Chinese Academy of Sciences)$/u;

interface Token {
  text: string;
  start: number;
  end: number;
}

function tokens(text: string): Token[] {
  return [...text.matchAll(/[A-Za-z0-9][\w'’.&]*(?:[-–][A-Za-z0-9][\w'’.&]*)*|&/gu)].map((m) => ({ text: m[0].replace(/\.$/, ''), start: m.index ?? 0, end: (m.index ?? 0) + m[0].replace(/\.$/, '').length }));
}

const capital = (w: string) => /^[A-Z0-9]/.test(w) && !/^\d+$/.test(w);

function kindOf(words: string[]): Kind | undefined {
  const tail = words.slice(-3).join(' ').replace(/[-–]China$/u, '');
  const last = words[words.length - 1].replace(/[-–]China$/u, '');
  const multi = MULTI.find((m) => tail.endsWith(m));
  for (const [re, kind] of KEYWORDS) if ((multi && re.test(multi)) || re.test(last)) return kind;
  return undefined;
}

export function findEnCandidates(text: string, hasPartner: (start: number, end: number) => boolean): RawCandidate[] {
  const toks = tokens(text);
  const out: RawCandidate[] = [];
  const gapOk = (a: Token, b: Token) => /^[ \t]*$/.test(text.slice(a.end, b.start)) || /^\s*[-–]\s*$/.test(text.slice(a.end, b.start));
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const bare = t.text.replace(/[-–]China$/u, '');
    const ordinalLed = LOWER_EVENT.test(t.text) && i > 0 && ORDINAL.test(toks[i - 1].text);
    if (!ordinalLed && !(capital(t.text) && kindOf([bare]))) continue;
    // Leftwards: capitalised words and connectors (a connector never starts the name).
    let a = i;
    while (a > 0 && gapOk(toks[a - 1], toks[a]) && (capital(toks[a - 1].text) || CONNECT.has(toks[a - 1].text) || ORDINAL.test(toks[a - 1].text))) a--;
    while (a < i && LEAD.has(toks[a].text.toLowerCase())) a++;
    // Rightwards: "of/on/for/between" + capitalised words ("Alliance of International Science Organizations").
    let b = i;
    for (let j = i + 1; j < toks.length && gapOk(toks[j - 1], toks[j]); j++) {
      if (capital(toks[j].text)) b = j;
      else if (!CONNECT.has(toks[j].text) && !/^between$/.test(toks[j].text)) break;
    }
    const words = toks.slice(a, b + 1).map((x) => x.text);
    const kind = ordinalLed ? 'event' : kindOf(toks.slice(a, i + 1).map((x) => x.text));
    if (!kind || words.filter(capital).length < (ordinalLed ? 1 : 2)) continue;
    const start = toks[a].start;
    const end = toks[b].end;
    const name = text.slice(start, end);
    if (NOT_CANDIDATE.test(name) || !(SIGNAL.test(name) || hasPartner(start, end) || ordinalLed)) continue;
    out.push({ kind, name, start, end });
    i = b;
  }
  return out;
}

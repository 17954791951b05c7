/**
 * data:extract's places come from the project's gazetteer: every Chinese name in its table resolves there
 * (at the point data:build would use where the name is unambiguous), every city the atlas's records name is
 * in the table, and English names resolve with the country the sentence gives.
 */
import { describe, expect, it } from 'vitest';
import { lookupCity } from '../../scripts/build-data.ts';
import { loadAtlas } from '../../scripts/extract/atlas.ts';
import { extract } from '../../scripts/extract/extract.ts';
import { PLACE_NAMES } from '../../scripts/extract/place-names.ts';
import { lookupPlace } from '../../scripts/extract/places.ts';

describe('the Chinese place table resolves in the gazetteer', () => {
  it.each(PLACE_NAMES)('$zh → $en ($country)', (p) => {
    const at = lookupPlace(p.en, p.country, p.admin1);
    expect(at).toBeDefined();
    let built: { lon: number; lat: number } | undefined;
    try {
      built = lookupCity({ city: p.en, country: p.country, admin1: p.admin1 });
    } catch {
      built = undefined; // GeoNames lists the city twice in one province; the table takes the first entry
    }
    if (built) expect(at).toEqual({ lon: built.lon, lat: built.lat });
  });
  it('covers every city the atlas names', () => {
    // A record's city label may add where it is ("卡辛茨巴茨卡（包尔绍德州）", "哈拉雷附近（格韦比农学院）",
    // "卢萨卡东部"); the place a text would name is the label without that.
    const place = (label: string) => label.replace(/[（(][^（）()]*[）)]$/u, '').replace(/(?:附近|近郊|东部)$/u, '');
    const cities = [...new Set(loadAtlas().flatMap((r) => (r.city ? [place(r.city.zh)] : [])))];
    const table = new Set(PLACE_NAMES.map((p) => p.zh));
    expect(cities.filter((c) => !table.has(c))).toEqual([]);
  });
});

describe('places in text', () => {
  const places = (text: string) => extract(text, { source: 't', atlas: [] }).report.places.map((p) => [p.name, p.country, p.line]);
  it.each([
    ['会议在昆明召开。\n代表团访问了约翰内斯堡。', [['昆明', 'CHN', 1], ['约翰内斯堡', 'ZAF', 2]]],
    ['上海合作组织成员国青年创新创业大赛在青岛举办。', [['青岛', 'CHN', 1]]],
    ['罗马尼亚代表出席。', []],
    ['The lab opened in Kisumu, Kenya, last year.', [['Kisumu', 'KEN', 1]]],
    ['The centre is located in Qingdao, east China\'s Shandong Province.', [['Qingdao', 'CHN', 1]]],
    ['Cooperation grew in Africa and in September.', []],
    ['Delegates met in Urumqi and in Xi\'an.', [['Urumqi', 'CHN', 1], ["Xi'an", 'CHN', 1]]],
  ])('%s', (text, want) => expect(places(text)).toEqual(want));
});

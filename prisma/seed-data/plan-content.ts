// Plan metadata, indicators, 2020 targets and 2014 baselines of the
// 成渝城市群发展规划 (发改规划〔2016〕910号).
//
// The goal tree is in ./plan-goals.ts and the city roles in ./plan-roles.ts.
// Chinese text and every number here is checked against
// prisma/seed-data/plan-text-zh.txt by tests/unit/plan-content.test.ts.

import type { BaselineObservationSeed, IndicatorSeed, PlanSeed, TargetSeed } from "./types";

// ---------------------------------------------------------------------------
// Plan
// ---------------------------------------------------------------------------

export const plan: PlanSeed = {
  slug: "chengyu-2016",
  nameZh: "成渝城市群发展规划",
  nameEn: "Development Plan for the Chengdu–Chongqing City Cluster",
  docNumber: "发改规划〔2016〕910号",
  issuingBodiesZh: "国家发展改革委、住房城乡建设部",
  issuingBodiesEn: "National Development and Reform Commission; Ministry of Housing and Urban-Rural Development",
  issueDate: "2016-04-27",
  periodStart: 2016,
  periodEnd: 2020,
  outlookYear: 2030,
  baseYear: 2014,
  // 前言, verbatim (whitespace normalised). The sentence goes on with the area,
  // population and GDP figures, which are recorded as baselineObservations.
  scopeZh:
    "成渝城市群具体范围包括重庆市的渝中、万州、黔江、涪陵、大渡口、江北、沙坪坝、九龙坡、南岸、北碚、綦江、大足、渝北、巴南、长寿、江津、合川、永川、南川、潼南、铜梁、荣昌、璧山、梁平、丰都、垫江、忠县等27个区(县)以及开县、云阳的部分地区,四川省的成都、自贡、泸州、德阳、绵阳(除北川县、平武县)、遂宁、内江、乐山、南充、眉山、宜宾、广安、达州(除万源市)、雅安(除天全县、宝兴县)、资阳等15个市",
  scopeEn:
    "The Chengdu–Chongqing City Cluster specifically comprises 27 districts (counties) of Chongqing Municipality, namely Yuzhong, Wanzhou, Qianjiang, Fuling, Dadukou, Jiangbei, Shapingba, Jiulongpo, Nan'an, Beibei, Qijiang, Dazu, Yubei, Banan, Changshou, Jiangjin, Hechuan, Yongchuan, Nanchuan, Tongnan, Tongliang, Rongchang, Bishan, Liangping, Fengdu, Dianjiang and Zhongxian, together with parts of Kaixian and Yunyang; and 15 cities of Sichuan Province, namely Chengdu, Zigong, Luzhou, Deyang, Mianyang (excluding Beichuan and Pingwu counties), Suining, Neijiang, Leshan, Nanchong, Meishan, Yibin, Guang'an, Dazhou (excluding Wanyuan City), Ya'an (excluding Tianquan and Baoxing counties) and Ziyang.",
  sourceZh: "《成渝城市群发展规划》(发改规划〔2016〕910号)前言",
};

// ---------------------------------------------------------------------------
// Indicators
// ---------------------------------------------------------------------------
//
// Attribute (约束性 binding / 预期性 expected): the plan does not label any of its
// figures. We classify them by what the plan text does with them:
//  - urban_population: 专栏1 gives the 2020 中心城区城市人口 as a scale
//    (规模) the regional centres should grow to ("适当扩大城市规模"); population
//    is an outcome the government steers but does not control, which is what
//    Chinese planning practice calls 预期性 → "expected".
//  - urban_construction_land: the same table's 城市建设用地 is an allocation of
//    land that land-use quotas actually control; the plan insists on
//    节约集约利用土地 and names 城市建设用地扩展与耕地保护矛盾 as a problem, so the
//    figure is read as a ceiling → "binding".
//  - All others are descriptive statistics (baselines and shares), not goals → null.

export const indicators: IndicatorSeed[] = [
  {
    code: "urban_population",
    nameZh: "中心城区城市人口",
    nameEn: "Urban population of the central urban area",
    unit: "万人",
    definitionZh:
      "城市中心城区范围内的常住城市人口,单位为万人。中心城区范围以各市城市总体规划划定的为准。统计上常用《中国城市建设统计年鉴》的“城区人口+城区暂住人口”,但其城区范围与中心城区不完全一致,也有地方公布“主城区常住人口”,比较时须注明口径差异。",
    definitionEn:
      "Resident urban population living within the city's central urban area (zhongxin chengqu), in units of 10,000 persons. The central urban area is the one delimited in the city's urban master plan. The figure most often available in statistics is urban-district population plus temporary residents from the China Urban Construction Statistical Yearbook, whose urban-district boundary does not coincide exactly with the central urban area; some cities instead publish the resident population of their main urban districts. Any such substitute must be flagged as a different definition.",
    attribute: "expected",
  },
  {
    code: "urban_construction_land",
    nameZh: "城市建设用地",
    nameEn: "Urban construction land",
    unit: "km²",
    definitionZh:
      "中心城区范围内按《城市用地分类与规划建设用地标准》(GB 50137—2011)计入城市建设用地的面积,包括居住用地、公共管理与公共服务设施用地、商业服务业设施用地、工业用地、物流仓储用地、道路与交通设施用地、公用设施用地、绿地与广场用地八大类,单位为平方公里。它不同于统计年鉴中的“建成区面积”:建成区是实际已成片开发建设、市政公用设施和公共设施基本具备的地区范围,可能包含非建设用地或不含零散建设用地;以建成区面积替代时须标注口径不同。",
    definitionEn:
      "Area of land within the central urban area classified as urban construction land under the Code for Classification of Urban Land Use and Planning Standards of Development Land (GB 50137-2011), i.e. the eight major classes residential; administration and public services; commercial and business facilities; industrial; logistics and warehouse; road, street and transport; municipal utilities; and green space and squares; in km². It differs from the built-up area (jianchengqu) reported in statistical yearbooks, which is the contiguous area actually developed and served by municipal utilities and public facilities and may include non-construction land or leave out scattered development; built-up area used as a substitute must be flagged as a different definition.",
    attribute: "binding",
  },
  {
    code: "resident_population",
    nameZh: "常住人口",
    nameEn: "Resident population",
    unit: "万人",
    definitionZh:
      "年末实际经常居住在本地区半年以上的人口(国家统计局常住人口口径,不论户籍所在地),单位为万人。",
    definitionEn:
      "Persons habitually resident in the area at year-end, i.e. living there for six months or more regardless of where their household registration (hukou) is held (National Bureau of Statistics definition), in units of 10,000 persons.",
    attribute: null,
  },
  {
    code: "gdp",
    nameZh: "地区生产总值",
    nameEn: "Gross regional product",
    unit: "亿元",
    definitionZh:
      "本地区所有常住单位在一定时期内生产活动的最终成果,按当年价格计算,单位为亿元人民币。不同年份比较须注意价格变动及经济普查后的数据修订。",
    definitionEn:
      "Final output of the production activities of all resident units of the area in the year, at current prices, in units of 100 million yuan (RMB). Comparisons across years must allow for price changes and for revisions after economic censuses.",
    attribute: null,
  },
  {
    code: "area",
    nameZh: "总面积",
    nameEn: "Total area",
    unit: "km²",
    definitionZh:
      "行政区域土地总面积,单位为平方公里。城市群面积按规划划定的范围计算(部分区县和市只计入部分地区)。",
    definitionEn:
      "Total land area of the administrative area, in km². For the city cluster it is the area within the boundary set by the plan, which includes only parts of some districts, counties and cities.",
    attribute: null,
  },
  {
    code: "town_density",
    nameZh: "城镇密度",
    nameEn: "Town density",
    unit: "个/万km²",
    definitionZh:
      "每万平方公里土地上的城镇个数,城镇包括县城(区)和建制镇,单位为个/万平方公里。",
    definitionEn:
      "Number of towns (county seats and urban districts, and designated towns) per 10,000 km² of land area (towns per 10,000 km²).",
    attribute: null,
  },
  {
    code: "population_share_national",
    nameZh: "常住人口占全国比重",
    nameEn: "Share of national resident population",
    unit: "%",
    definitionZh: "本地区常住人口占全国(不含港澳台地区)常住人口的百分比。",
    definitionEn:
      "Resident population of the area as a percentage of the national resident population (mainland China, excluding Hong Kong, Macao and Taiwan).",
    attribute: null,
  },
  {
    code: "gdp_share_national",
    nameZh: "地区生产总值占全国比重",
    nameEn: "Share of national GDP",
    unit: "%",
    definitionZh:
      "本地区生产总值占全国生产总值的百分比。规划未说明分母:各省(区、市)地区生产总值之和与国家统计局公布的全国国内生产总值并不相等,规划的5.49%与以各省之和为分母的结果相近,以全国国内生产总值为分母则明显更高,复算时须注明所用分母。",
    definitionEn:
      "Gross regional product of the area as a percentage of the national total. The plan does not state the denominator: the sum of provincial GDPs differs from the national GDP published by the National Bureau of Statistics, and the plan's 5.49% is close to the result obtained with the sum of provincial GDPs, whereas national GDP as the denominator gives a clearly higher share. Any recalculation must state which denominator it uses.",
    attribute: null,
  },
  {
    code: "area_share_national",
    nameZh: "面积占全国比重",
    nameEn: "Share of national land area",
    unit: "%",
    definitionZh: "本地区土地面积占全国陆地国土面积(约960万平方公里)的百分比。",
    definitionEn:
      "Land area of the area as a percentage of China's total land area (about 9.6 million km²).",
    attribute: null,
  },
];

// ---------------------------------------------------------------------------
// Targets — 专栏1 区域中心城市功能定位和规模, 2020
// ---------------------------------------------------------------------------
// 中心城区城市人口 is read as a minimum scale to reach and 城市建设用地 as a ceiling
// (see the attribute note above). The plan gives no baselines for these cities.

const centreTargets: ReadonlyArray<readonly [adcode: string, labelZh: string, population: number, land: number]> = [
  ["500101", "万州", 150, 130],
  ["500114", "黔江", 45, 49.5],
  ["510700", "绵阳", 150, 150],
  ["511300", "南充", 150, 150],
  ["511100", "乐山", 100, 100],
  ["510500", "泸州", 200, 200],
  ["511500", "宜宾", 140, 140],
];

export const targets: TargetSeed[] = centreTargets.flatMap(([adcode, , population, land]): TargetSeed[] => [
  { indicator: "urban_population", adcode, year: 2020, value: population, type: "min", clause: "专栏1" },
  { indicator: "urban_construction_land", adcode, year: 2020, value: land, type: "max", clause: "专栏1" },
]);

// ---------------------------------------------------------------------------
// Baselines stated in the plan (前言, 第一章第一节 发展基础)
// ---------------------------------------------------------------------------
// Each note quotes the source phrase in 「」 exactly as it stands in
// plan-text-zh.txt (whitespace removed); the test checks that too.

const CLUSTER_ADCODE = "CHENGYU";
const WESTERN_CHINA_ADCODE = "CN-WEST";
const CHINA_ADCODE = "100000";

export const baselineObservations: BaselineObservationSeed[] = [
  {
    indicator: "area",
    adcode: CLUSTER_ADCODE,
    year: 2014,
    value: 185000,
    valueAsPublished: 18.5,
    unitAsPublished: "万平方公里",
    note: "规划前言:「总面积18.5万平方公里」。原文未注明年份,按规划基期2014年记录;18.5万平方公里=185000平方公里。",
  },
  {
    indicator: "resident_population",
    adcode: CLUSTER_ADCODE,
    year: 2014,
    value: 9094,
    valueAsPublished: 9094,
    unitAsPublished: "万人",
    note: "规划前言:「2014年常住人口9094万人」。",
  },
  {
    indicator: "gdp",
    adcode: CLUSTER_ADCODE,
    year: 2014,
    value: 37600,
    valueAsPublished: 3.76,
    unitAsPublished: "万亿元",
    note: "规划前言:「地区生产总值3.76万亿元」。3.76万亿元=37600亿元,当年价。",
  },
  {
    indicator: "area_share_national",
    adcode: CLUSTER_ADCODE,
    year: 2014,
    value: 1.92,
    valueAsPublished: 1.92,
    unitAsPublished: "%",
    note: "规划前言:「分别占全国的1.92%6.65%5.49%」,依次对应总面积、常住人口、地区生产总值(本文本转录丢失了顿号和“和”,繁体版作1.92%、6.65%和5.49%)。此为面积比重。",
  },
  {
    indicator: "population_share_national",
    adcode: CLUSTER_ADCODE,
    year: 2014,
    value: 6.65,
    valueAsPublished: 6.65,
    unitAsPublished: "%",
    note: "规划前言:「分别占全国的1.92%6.65%5.49%」,依次对应总面积、常住人口、地区生产总值。此为常住人口比重。",
  },
  {
    indicator: "gdp_share_national",
    adcode: CLUSTER_ADCODE,
    year: 2014,
    value: 5.49,
    valueAsPublished: 5.49,
    unitAsPublished: "%",
    note: "规划前言:「分别占全国的1.92%6.65%5.49%」,依次对应总面积、常住人口、地区生产总值。此为地区生产总值比重;分母未说明,与各省地区生产总值之和相近。",
  },
  {
    indicator: "town_density",
    adcode: CLUSTER_ADCODE,
    year: 2014,
    value: 113,
    valueAsPublished: 113,
    unitAsPublished: "个/万平方公里",
    note: "规划第一章第一节(城镇体系日趋健全):「每万平方公里拥有城镇113个」,城镇指县城(区)和建制镇。原文未注明年份,按规划基期2014年记录。",
  },
  {
    indicator: "town_density",
    adcode: WESTERN_CHINA_ADCODE,
    year: 2014,
    value: 12,
    valueAsPublished: 12,
    unitAsPublished: "个/万平方公里",
    note: "规划用于对比的西部地区数值,第一章第一节:「远高于西部的12/万平方公里」(简体文本漏“个”字,繁体版作12个/万平方公里)。原文未注明年份,按基期2014年记录。",
  },
  {
    indicator: "town_density",
    adcode: CHINA_ADCODE,
    year: 2014,
    value: 23,
    valueAsPublished: 23,
    unitAsPublished: "个/万平方公里",
    note: "规划用于对比的全国数值,第一章第一节:「全国的23/万平方公里」(简体文本漏“个”字,繁体版作23个/万平方公里)。原文未注明年份,按基期2014年记录。",
  },
];

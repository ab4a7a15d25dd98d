// Roles the 成渝城市群发展规划 assigns to individual cities (第三章第二节, 专栏1, 专栏2).
//
// labelZh is the name as the plan writes it (开县, not today's 开州区; 梁平, not
// 梁平区); adcodes are from regions.csv. textZh is copied verbatim from
// prisma/seed-data/plan-text-zh.txt (whitespace normalised only);
// tests/unit/plan-content.test.ts checks both against the text.

import type { RegionRoleSeed } from "./types";

// ---------------------------------------------------------------------------
// Core cities — 第三章第二节 (提升重庆核心功能 / 提升成都核心功能), first sentence
// ---------------------------------------------------------------------------

const coreCities: RegionRoleSeed[] = [
  {
    adcode: "500000",
    role: "core_city",
    labelZh: "重庆",
    clause: "第三章第二节",
    textZh:
      "围绕建成国家中心城市,强化重庆大都市区西部开发开放战略支撑和长江经济带西部中心枢纽载体功能,充分发挥长江上游地区经济中心、金融中心、商贸物流中心、科技创新中心、航运中心的作用,加快两江新区建设,全面增强集聚力、辐射力和竞争力。",
    textEn:
      "With the aim of becoming a national central city, strengthen the Chongqing metropolitan area's functions as a strategic pillar of the development and opening-up of western China and as the western central hub of the Yangtze River Economic Belt; give full play to its role as the economic, financial, commerce and logistics, science and technology innovation, and shipping centre of the upper Yangtze region; accelerate the development of the Liangjiang New Area; and comprehensively enhance its power to attract, radiate and compete.",
  },
  {
    adcode: "510100",
    role: "core_city",
    labelZh: "成都",
    clause: "第三章第二节",
    textZh:
      "以建设国家中心城市为目标,增强成都西部地区重要的经济中心、科技中心、文创中心、对外交往中心和综合交通枢纽功能,加快天府新区和国家自主创新示范区建设,完善对外开放平台,提升参与国际合作竞争层次。",
    textEn:
      "With the goal of becoming a national central city, strengthen Chengdu's functions as an important economic centre, science and technology centre, cultural and creative centre, centre for international exchange and comprehensive transport hub for western China; accelerate the development of the Tianfu New Area and the National Independent Innovation Demonstration Zone; improve the platforms for opening-up; and raise the level of the city's participation in international cooperation and competition.",
  },
];

// ---------------------------------------------------------------------------
// Regional centre cities — 专栏1 区域中心城市功能定位和规模 (role sentence)
// ---------------------------------------------------------------------------

const regionalCentre = (adcode: string, labelZh: string, textZh: string, textEn: string): RegionRoleSeed => ({
  adcode,
  role: "regional_centre",
  labelZh,
  textZh,
  textEn,
  clause: "专栏1",
});

const RIVERSIDE_CENTRE_EN = "Regional centre city of the Yangtze Riverside Urban Belt";
const CDML_CENTRE_EN = "Regional centre city on the Chengdu–Deyang–Mianyang–Leshan Urban Belt";

const regionalCentres: RegionRoleSeed[] = [
  regionalCentre("500101", "万州", "沿江城市带的区域中心城市", RIVERSIDE_CENTRE_EN),
  regionalCentre("500114", "黔江", "渝东南区域中心城市", "Regional centre city of south-eastern Chongqing"),
  regionalCentre("510700", "绵阳", "成德绵乐城市带上的区域中心城市", CDML_CENTRE_EN),
  regionalCentre(
    "511300",
    "南充",
    "南遂广城镇密集区的区域中心城市",
    "Regional centre city of the Nanchong–Suining–Guang'an Urban Agglomeration Zone",
  ),
  regionalCentre("511100", "乐山", "成德绵乐城市带上的区域中心城市", CDML_CENTRE_EN),
  regionalCentre("510500", "泸州", "沿江城市带的区域中心城市", RIVERSIDE_CENTRE_EN),
  regionalCentre("511500", "宜宾", "沿江城市带的区域中心城市", RIVERSIDE_CENTRE_EN),
];

// ---------------------------------------------------------------------------
// Important node cities — 专栏2 重要节点城市功能定位 (in the plan's order)
// ---------------------------------------------------------------------------

const nodeCity = (adcode: string, labelZh: string, textZh: string, textEn: string): RegionRoleSeed => ({
  adcode,
  role: "node_city",
  labelZh,
  textZh,
  textEn,
  clause: "专栏2",
});

const nodeCities: RegionRoleSeed[] = [
  nodeCity(
    "500102",
    "涪陵",
    "重庆重要的先进制造业基地,区域综合交通枢纽,宜居宜业的山水园林之城",
    "An important advanced manufacturing base for Chongqing; a regional multimodal transport hub; a garden city of hills and rivers that is good to live and work in",
  ),
  nodeCity(
    "500115",
    "长寿",
    "重庆重要的制造业基地、区域物流中心、寿文化旅游目的地",
    "An important manufacturing base for Chongqing, a regional logistics centre and a destination for longevity-culture tourism",
  ),
  nodeCity(
    "500116",
    "江津",
    "重庆重要先进制造业基地,四化同步发展示范区,川渝、渝黔合作共赢先行区",
    "An important advanced manufacturing base for Chongqing; a demonstration zone for the synchronised advance of the 'four modernisations' (industrialisation, informatisation, urbanisation and agricultural modernisation); a pilot zone for mutually beneficial Sichuan–Chongqing and Chongqing–Guizhou cooperation",
  ),
  nodeCity(
    "500117",
    "合川",
    "重庆重要的制造业基地,知名旅游目的地",
    "An important manufacturing base for Chongqing; a well-known tourist destination",
  ),
  nodeCity(
    "500118",
    "永川",
    "重庆重要的制造业基地,西部职业教育城,区域商贸物流中心",
    "An important manufacturing base for Chongqing; a vocational education city for western China; a regional commerce and logistics centre",
  ),
  nodeCity(
    "500119",
    "南川",
    "全国资源型城市转型先行区,休闲度假旅游目的地",
    "A national pilot zone for the transformation of resource-based cities; a leisure and holiday destination",
  ),
  nodeCity(
    "500110",
    "綦江",
    "重庆南部重要的能源材料基地,渝黔合作开放门户,生态休闲旅游示范区",
    "An important energy and materials base in southern Chongqing; a gateway for Chongqing–Guizhou cooperation and opening-up; a demonstration zone for eco-leisure tourism",
  ),
  nodeCity(
    "500111",
    "大足",
    "重庆城市发展新区的工业重镇、旅游重镇和重要交通枢纽",
    "A major industrial and tourism centre and an important transport hub in Chongqing's new urban development area",
  ),
  nodeCity(
    "500120",
    "璧山",
    "重庆重要高新技术和现代制造业基地,全面融入主城区的城市新区",
    "An important base for high-tech industry and modern manufacturing in Chongqing; a new urban district fully integrated with the main urban area",
  ),
  nodeCity(
    "500151",
    "铜梁",
    "重庆重要现代制造业基地,生态宜居城市,重要的产业转移承接示范区",
    "An important modern manufacturing base for Chongqing; an ecological, liveable city; an important demonstration zone for receiving relocated industries",
  ),
  nodeCity(
    "500152",
    "潼南",
    "成渝合作重点示范区,生态文化旅游目的地,成渝北线增长极",
    "A key demonstration zone for Chengdu–Chongqing cooperation; an eco-cultural tourism destination; a growth pole on the northern Chengdu–Chongqing corridor",
  ),
  nodeCity(
    "500153",
    "荣昌",
    "重庆西部门户,川渝合作共赢先行区",
    "Chongqing's western gateway; a pilot zone for mutually beneficial Sichuan–Chongqing cooperation",
  ),
  nodeCity(
    "500155",
    "梁平",
    "重庆东北部重要农产品基地和食品加工基地",
    "An important base for agricultural products and food processing in north-eastern Chongqing",
  ),
  nodeCity("500230", "丰都", "特色休闲旅游目的地", "A distinctive leisure tourism destination"),
  nodeCity(
    "500231",
    "垫江",
    "重庆东部重要陆上交通枢纽和商贸中心",
    "An important overland transport hub and commercial centre in eastern Chongqing",
  ),
  nodeCity(
    "500233",
    "忠县",
    "重庆重要的农产品加工基地,长江三峡国际黄金旅游带重要节点",
    "An important agricultural-products processing base for Chongqing; an important node on the Yangtze Three Gorges international golden tourism belt",
  ),
  nodeCity(
    "500154",
    "开县",
    "重庆市劳务经济和承接产业转移示范基地",
    "A demonstration base in Chongqing Municipality for the labour-service economy and for receiving relocated industries",
  ),
  nodeCity("500235", "云阳", "生态经济示范县", "A demonstration county for the ecological economy"),
  nodeCity(
    "511700",
    "达州",
    "西部天然气能源化工基地,川渝鄂陕结合部交通枢纽,生态宜居城市",
    "A natural-gas energy and chemical industry base for western China; a transport hub where Sichuan, Chongqing, Hubei and Shaanxi meet; an ecological, liveable city",
  ),
  nodeCity(
    "511000",
    "内江",
    "重要综合交通枢纽和现代产业基地,滨水宜居城市",
    "An important multimodal transport hub and modern industrial base; a liveable waterfront city",
  ),
  nodeCity(
    "510300",
    "自贡",
    "国家级历史文化名城,特色文化旅游城市,现代工业城市",
    "A National Famous Historical and Cultural City; a city of distinctive cultural tourism; a modern industrial city",
  ),
  nodeCity(
    "510600",
    "德阳",
    "全国重要的重大装备制造基地,以及新材料、精细化工基地",
    "A nationally important base for major equipment manufacturing, and a base for new materials and fine chemicals",
  ),
  nodeCity(
    "511400",
    "眉山",
    "以东坡文化为特色的历史文化名城,现代生态田园城市",
    "A famous historical and cultural city distinguished by the culture of Su Dongpo; a modern ecological garden city set in the countryside",
  ),
  nodeCity(
    "510900",
    "遂宁",
    "重要综合交通枢纽和现代产业基地,现代生态花园城市",
    "An important multimodal transport hub and modern industrial base; a modern ecological garden city",
  ),
  nodeCity(
    "512000",
    "资阳",
    "重要先进制造业基地,丘区生态宜居江城",
    "An important advanced manufacturing base; an ecological, liveable riverside city in the hill country",
  ),
  nodeCity(
    "511600",
    "广安",
    "川东北地区交通枢纽,川渝合作示范的山水园林城市",
    "A transport hub for north-eastern Sichuan; a garden city of hills and rivers that showcases Sichuan–Chongqing cooperation",
  ),
  nodeCity(
    "511800",
    "雅安",
    "进藏物资集散地,川西特色产业基地、交通枢纽,国际生态旅游城市",
    "A distribution centre for goods bound for Tibet; a base for specialty industries and a transport hub in western Sichuan; an international eco-tourism city",
  ),
];

export const regionRoles: RegionRoleSeed[] = [...coreCities, ...regionalCentres, ...nodeCities];

// Goal tree of the 成渝城市群发展规划 (发改规划〔2016〕910号).
//
// Every titleZh / textZh / labelZh below is copied verbatim from
// prisma/seed-data/plan-text-zh.txt (only whitespace normalised and, for titles,
// a trailing 。 stripped); tests/unit/plan-content.test.ts checks this.
// Paragraphs that open with a bold lead sentence (e.g. "打造成渝发展主轴。") carry
// that lead as the title and the rest of the paragraph as textZh.
// Punctuation follows the source text (it uses ASCII "," and "(" ")").

import type { GoalRegionSeed, GoalSeed } from "./types";

// ---------------------------------------------------------------------------
// Regions as the plan names them (adcodes from regions.csv)
// ---------------------------------------------------------------------------

const R = {
  chongqing: { adcode: "500000", labelZh: "重庆" },
  chengdu: { adcode: "510100", labelZh: "成都" },
  // Sichuan prefectures
  zigong: { adcode: "510300", labelZh: "自贡" },
  luzhou: { adcode: "510500", labelZh: "泸州" },
  deyang: { adcode: "510600", labelZh: "德阳" },
  mianyang: { adcode: "510700", labelZh: "绵阳" },
  suining: { adcode: "510900", labelZh: "遂宁" },
  neijiang: { adcode: "511000", labelZh: "内江" },
  leshan: { adcode: "511100", labelZh: "乐山" },
  nanchong: { adcode: "511300", labelZh: "南充" },
  meishan: { adcode: "511400", labelZh: "眉山" },
  yibin: { adcode: "511500", labelZh: "宜宾" },
  guangan: { adcode: "511600", labelZh: "广安" },
  dazhou: { adcode: "511700", labelZh: "达州" },
  ziyang: { adcode: "512000", labelZh: "资阳" },
  // Chongqing districts and counties
  wanzhou: { adcode: "500101", labelZh: "万州" },
  fuling: { adcode: "500102", labelZh: "涪陵" },
  beibei: { adcode: "500109", labelZh: "北碚" },
  dazu: { adcode: "500111", labelZh: "大足" },
  changshou: { adcode: "500115", labelZh: "长寿" },
  jiangjin: { adcode: "500116", labelZh: "江津" },
  hechuan: { adcode: "500117", labelZh: "合川" },
  yongchuan: { adcode: "500118", labelZh: "永川" },
  bishan: { adcode: "500120", labelZh: "璧山" },
  tongliang: { adcode: "500151", labelZh: "铜梁" },
  tongnan: { adcode: "500152", labelZh: "潼南" },
  rongchang: { adcode: "500153", labelZh: "荣昌" },
  // 开县 became 开州区 in 2016; the plan still writes 开县.
  kaixian: { adcode: "500154", labelZh: "开县" },
  fengdu: { adcode: "500230", labelZh: "丰都" },
  zhongxian: { adcode: "500233", labelZh: "忠县" },
  yunyang: { adcode: "500235", labelZh: "云阳" },
} satisfies Record<string, GoalRegionSeed>;

// ---------------------------------------------------------------------------
// (a) 2020 overall goal and its three goal areas — 第二章第三节 主要目标
// ---------------------------------------------------------------------------

const goal2020: GoalSeed = {
  key: "goal-2020",
  kind: "overall_goal",
  year: 2020,
  clause: "第二章第三节",
  titleZh: "基本建成经济充满活力、生活品质优良、生态环境优美的国家级城市群",
  titleEn:
    "Basically establish a national-level city cluster with a vibrant economy, a high quality of life and a beautiful ecological environment",
  textZh: "2020年,基本建成经济充满活力、生活品质优良、生态环境优美的国家级城市群。",
  textEn:
    "By 2020, a national-level city cluster with a vibrant economy, a high quality of life and a beautiful ecological environment will have been basically established.",
  children: [
    {
      key: "goal-2020.urban-system",
      kind: "goal_area",
      year: 2020,
      clause: "第二章第三节",
      titleZh: "功能完备、布局合理的城镇体系建立健全",
      titleEn: "A fully functional and rationally laid-out urban system is established and improved",
      textZh:
        "具有世界影响力的国际文化交往、旅游消费等功能初步培育形成,具有国家级重要意义的优势产业集聚等功能更加强化,具有区域带动作用的现代化生产性服务功能得到提升。重庆、成都核心城市的区域辐射带动力持续增强,一批区域性中心城市快速崛起,实力较强的城镇密集区初步形成,区域开放通道上的节点城市发育壮大,功能完备、布局合理、大中小城市和小城镇协调发展的城镇体系基本形成,城镇综合承载力得到有效增强。",
      textEn:
        "Functions of global influence, such as international cultural exchange and tourism consumption, take initial shape; functions of national significance, such as the clustering of competitive industries, are further strengthened; and modern producer-service functions that drive the wider region are upgraded. The capacity of the core cities of Chongqing and Chengdu to radiate outwards and drive the region continues to grow; a group of regional centre cities rises rapidly; strong urban agglomeration zones take initial shape; node cities on the region's opening-up corridors grow and mature; an urban system that is fully functional and rationally laid out, in which large, medium-sized and small cities and small towns develop in coordination, is basically formed; and the overall carrying capacity of cities and towns is effectively enhanced.",
    },
    {
      key: "goal-2020.support-ecology",
      kind: "goal_area",
      year: 2020,
      clause: "第二章第三节",
      titleZh: "保障有力的支撑体系和生态格局全面建立",
      titleEn: "A robust support system and ecological framework are fully established",
      textZh:
        "新型工业化进程加快,产业集聚带动能力显著增强。国际化内陆开放高地全面建成,开放型区域创新体系和创新型经济形态基本形成。有效衔接大中小城市和小城镇的多层次快速交通运输网络基本形成,通信、能源、水利设施保障能力明显提升。生态安全格局和环境分区管治制度基本形成,资源利用更加高效,集约紧凑式开发模式成为主导,整体形成生产空间集约高效、生活空间宜居适度、生态空间山清水秀的可持续发展格局。",
      textEn:
        "New-type industrialisation accelerates and the capacity of industrial clusters to drive growth increases markedly. An internationalised inland highland of opening-up is fully built, and an open regional innovation system and an innovation-driven economy basically take shape. A multi-level rapid transport network that effectively links large, medium-sized and small cities and small towns is basically formed, and the supporting capacity of telecommunications, energy and water infrastructure improves markedly. An ecological security framework and a system of zoned environmental management are basically in place; resources are used more efficiently; intensive, compact development becomes the dominant mode; and overall a sustainable development pattern emerges in which production space is intensive and efficient, living space is liveable and of moderate density, and ecological space has green hills and clear waters.",
    },
    {
      key: "goal-2020.coordination-mechanisms",
      kind: "goal_area",
      year: 2020,
      clause: "第二章第三节",
      titleZh: "区域协同发展的体制机制更加完善",
      titleEn: "Institutions and mechanisms for coordinated regional development are further improved",
      textZh:
        "阻碍生产要素自由流动的行政壁垒和体制机制障碍基本消除,区域市场一体化步伐加快,区域交通互联互通、公共服务设施共建共享、生态环境联防联控联治、创新资源高效配置和开放共享的机制不断建立,城市群成本共担和利益共享机制不断创新,川渝合作、各类城际合作取得实质性进展,重点跨界地区一体化步伐加快,多元化主体参与、多种治理模式并存的城市群治理机制建设取得突破。",
      textEn:
        "Administrative barriers and institutional obstacles to the free flow of factors of production are basically removed, and regional market integration accelerates. Mechanisms are progressively established for interconnected regional transport, jointly built and shared public-service facilities, joint prevention, control and remediation of ecological and environmental problems, and the efficient allocation and open sharing of innovation resources. Mechanisms for sharing costs and benefits across the city cluster continue to be refined; Sichuan–Chongqing cooperation and inter-city cooperation of all kinds make substantive progress; integration of key cross-boundary areas accelerates; and a breakthrough is made in building a governance mechanism for the city cluster in which diverse actors participate and multiple governance models coexist.",
    },
  ],
};

// ---------------------------------------------------------------------------
// (b) 2030 outlook — 第二章第三节
// ---------------------------------------------------------------------------

const outlook2030: GoalSeed = {
  key: "outlook-2030",
  kind: "outlook",
  year: 2030,
  clause: "第二章第三节",
  titleZh: "实现由国家级城市群向世界级城市群的历史性跨越",
  titleEn: "A historic leap from a national-level to a world-class city cluster",
  textZh:
    "2030年,重庆、成都等国家中心城市的辐射带动作用明显增强,城市群一体化发展全面实现,同城化水平显著提升,创新型现代产业支撑体系更加健全,人口经济集聚度进一步提升,国际竞争力进一步增强,实现由国家级城市群向世界级城市群的历史性跨越。",
  textEn:
    "By 2030, the radiating and driving role of national central cities such as Chongqing and Chengdu is markedly stronger; integrated development of the city cluster is fully achieved; the degree of functional integration between neighbouring cities rises significantly; the innovation-based modern industrial support system is further improved; the concentration of population and economic activity increases further; international competitiveness is further strengthened; and the historic leap from a national-level to a world-class city cluster is achieved.",
};

// ---------------------------------------------------------------------------
// (c) Overall positioning and the five development positionings — 第三章第一节
// ---------------------------------------------------------------------------

const positioning: GoalSeed = {
  key: "positioning",
  kind: "positioning_overall",
  clause: "第三章第一节",
  titleZh: "引领西部开发开放的国家级城市群",
  titleEn: "A national-level city cluster leading the development and opening-up of western China",
  textZh:
    "立足西南、辐射西北、面向欧亚,高水平建设现代产业体系,高品质建设人居环境,高层次扩大对内对外开放,培育引领西部开发开放的国家级城市群,强化对“一带一路”建设、长江经济带发展、西部大开发等国家战略的支撑作用。",
  textEn:
    "Grounded in the Southwest, radiating to the Northwest and facing Eurasia: build a modern industrial system to a high standard, create a high-quality living environment, and expand domestic and international opening-up at a high level; develop a national-level city cluster that leads the development and opening-up of western China; and strengthen its support for national strategies such as the Belt and Road Initiative, the development of the Yangtze River Economic Belt and the Western Development Strategy.",
  children: [
    {
      key: "positioning.industrial-base",
      kind: "positioning",
      clause: "第三章第一节",
      titleZh: "全国重要的现代产业基地",
      titleEn: "A nationally important modern industrial base",
      textZh:
        "加快推进新型工业化进程,培育壮大新动能,加快发展新经济,实施“互联网+”行动计划,创新承接产业转移,发展壮大先进制造业和现代服务业,打造全国重要的先进制造业和战略性新兴产业基地,建设世界级文化旅游目的地、全国重要的商贸物流中心、长江上游地区金融中心等现代服务业高地,建成产业链完善、规模效应明显、核心竞争力突出、支撑作用强大的现代产业基地。",
      textEn:
        "Accelerate new-type industrialisation, foster and strengthen new drivers of growth, speed up the development of the new economy, implement the 'Internet Plus' action plan, take on relocated industries in innovative ways, and grow advanced manufacturing and modern services. Build a nationally important base for advanced manufacturing and strategic emerging industries; develop modern-service hubs such as a world-class cultural tourism destination, a nationally important commerce and logistics centre and a financial centre for the upper Yangtze region; and create a modern industrial base with complete industrial chains, clear economies of scale, outstanding core competitiveness and strong supporting capacity.",
    },
    {
      key: "positioning.innovation",
      kind: "positioning",
      clause: "第三章第一节",
      titleZh: "西部创新驱动先导区",
      titleEn: "A pioneer zone for innovation-driven development in western China",
      textZh:
        "充分发挥重庆、成都国家创新型城市和绵阳国家科技城等创新资源优势,聚焦重点领域和关键技术,促进创新资源综合集成,加快区域创新平台建设,推进全面创新改革试验,健全技术创新市场导向机制,激发企业、大学和科研机构创新活力,强化科研成果转化,推动军民融合发展,建设成为西部创新驱动先导区。",
      textEn:
        "Make full use of the innovation resources of Chongqing and Chengdu as national innovative cities and of Mianyang as the national Science and Technology City; focus on key fields and core technologies; promote the integration of innovation resources; accelerate the building of regional innovation platforms; advance the comprehensive innovation reform pilot; improve market-oriented mechanisms for technological innovation; unleash the innovative vitality of enterprises, universities and research institutes; strengthen the commercialisation of research results; promote civil–military integration; and become a pioneer zone for innovation-driven development in western China.",
    },
    {
      key: "positioning.open-economy",
      kind: "positioning",
      clause: "第三章第一节",
      titleZh: "内陆开放型经济战略高地",
      titleEn: "A strategic highland of the inland open economy",
      textZh:
        "充分发挥长江上游开放高地优势,依托长江黄金水道强化对内合作,依托西南西北通道强化对外开放。完善开放体系,健全开放平台,创新内陆开放模式,建成西南地区国际交往中心、国家向西开放战略支点,打造推动长江经济带与丝绸之路经济带联动发展的战略性枢纽。",
      textEn:
        "Make full use of the region's advantages as the opening-up highland of the upper Yangtze: rely on the Yangtze 'golden waterway' to strengthen domestic cooperation and on the south-western and north-western corridors to strengthen international opening-up. Improve the opening-up system, strengthen opening-up platforms and innovate the model of inland opening-up; become the centre for international exchange in south-west China and a strategic pivot of the country's westward opening; and build a strategic hub that links the development of the Yangtze River Economic Belt with that of the Silk Road Economic Belt.",
    },
    {
      key: "positioning.urban-rural",
      kind: "positioning",
      clause: "第三章第一节",
      titleZh: "统筹城乡发展示范区",
      titleEn: "A demonstration zone for integrated urban–rural development",
      textZh:
        "深化重庆、成都全国统筹城乡综合配套改革试验区建设,重点突破农业转移人口市民化、农村产权流转交易、新型农业经营体系构建、城乡要素自由流动、城乡统筹规划、农村基层治理创新等方面的体制机制障碍,总结推广行之有效的经验做法,全域推进城乡统筹发展,形成以工促农、以城带乡、工农互惠、城乡一体的新型工农、城乡关系。",
      textEn:
        "Deepen the development of Chongqing and Chengdu as national pilot zones for comprehensive supporting reform for integrated urban–rural development, focusing on breaking through institutional obstacles in areas such as granting urban residency to rural migrants, the transfer and trading of rural property rights, building a new type of agricultural operation system, the free flow of factors between town and country, integrated urban–rural planning, and innovation in rural grassroots governance. Sum up and disseminate proven practices, promote integrated urban–rural development across the whole region, and form a new relationship between industry and agriculture and between town and country in which industry promotes agriculture, cities drive rural areas, industry and agriculture benefit each other, and urban and rural areas are integrated.",
    },
    {
      key: "positioning.beautiful-china",
      kind: "positioning",
      clause: "第三章第一节",
      titleZh: "美丽中国的先行区",
      titleEn: "A forerunner zone of a Beautiful China",
      textZh:
        "推进生态文明建设,优化国土开发空间,构建生态安全格局,打造长江上游生态屏障。依托江河湖泊丰富多样的生态要素,发挥历史文化遗存和风景资源丰富、山水聚落独特的优势,建设显山露水、透绿见蓝的区域开敞空间,建设有历史记忆、文化脉络、地域风貌、民族特点的美丽城市,形成城在绿中、道在林中、房在园中、人在景中的山水城市群。",
      textEn:
        "Advance ecological civilisation, optimise the spatial pattern of land development, build an ecological security framework and create an ecological barrier for the upper Yangtze. Drawing on the rich and varied ecological assets of its rivers and lakes, and on its wealth of historical and cultural heritage and scenic resources and its distinctive settlements among hills and rivers, create regional open spaces that reveal the hills and waters and let green and blue show through; build beautiful cities with historical memory, cultural continuity, regional character and ethnic features; and form a city cluster of hills and rivers in which cities sit amid greenery, roads run through woodland, buildings stand in gardens and people live within the landscape.",
    },
  ],
};

// ---------------------------------------------------------------------------
// (d) Spatial structure 一轴两带、双核三区 — 第三章第二节
// ---------------------------------------------------------------------------

const spatial: GoalSeed = {
  key: "spatial",
  kind: "spatial_structure",
  clause: "第三章第二节",
  titleZh: "一轴两带、双核三区",
  titleEn: "One axis, two belts, two cores and three zones",
  textZh:
    "发挥重庆和成都双核带动功能,重点建设成渝发展主轴、沿长江和成德绵乐城市带,促进川南、南遂广、达万城镇密集区加快发展,提高空间利用效率,构建“一轴两带、双核三区”空间发展格局。",
  textEn:
    "Harness the driving role of the twin cores of Chongqing and Chengdu; concentrate on building the Chengdu–Chongqing Development Axis and the Yangtze Riverside and Chengdu–Deyang–Mianyang–Leshan urban belts; accelerate the development of the South Sichuan, Nanchong–Suining–Guang'an and Dazhou–Wanzhou urban agglomeration zones; use space more efficiently; and build a spatial development pattern of 'one axis, two belts, two cores and three zones'.",
  children: [
    {
      key: "spatial.axis",
      kind: "axis",
      clause: "第三章第二节",
      titleZh: "成渝发展主轴",
      titleEn: "Chengdu–Chongqing Development Axis",
      textZh:
        "依托成渝北线、中线和南线综合运输通道,积极推进重庆两江新区和四川天府新区建设,加快推动核心城市功能沿轴带疏解,辐射带动资阳、遂宁、内江、永川、大足、荣昌、潼南、铜梁、璧山等沿线城市加快发展,打造支撑成渝城市群发展的“脊梁”。加快城际轨道交通、高速公路和沿线交通枢纽建设,构筑发达的基础设施复合廊道。加强沿线城市产业分工协作,引导先进制造业和现代服务业集群发展。支持沿线中心城市拓展发展空间,提高人口经济集聚能力。",
      textEn:
        "Building on the northern, central and southern Chengdu–Chongqing multimodal transport corridors, actively advance the Liangjiang New Area in Chongqing and the Tianfu New Area in Sichuan, accelerate the decentralisation of core-city functions along the axis, and drive faster development of the cities along it, such as Ziyang, Suining, Neijiang, Yongchuan, Dazu, Rongchang, Tongnan, Tongliang and Bishan, making the axis the 'backbone' that supports the development of the Chengdu–Chongqing City Cluster. Accelerate the construction of intercity rail, expressways and transport hubs along the axis to create a well-developed composite infrastructure corridor. Strengthen the industrial division of labour and cooperation among the cities along the axis and guide the clustered development of advanced manufacturing and modern services. Support the central cities along the axis in expanding their development space and raising their capacity to concentrate population and economic activity.",
      // The cities named in the paragraph, plus the two cores the axis connects
      // (the paragraph speaks of 核心城市 and 重庆两江新区 / 四川天府新区).
      regions: [
        R.chengdu,
        R.chongqing,
        R.ziyang,
        R.suining,
        R.neijiang,
        R.yongchuan,
        R.dazu,
        R.rongchang,
        R.tongnan,
        R.tongliang,
        R.bishan,
      ],
    },
    {
      key: "spatial.belt-riverside",
      kind: "belt",
      clause: "第三章第二节",
      titleZh: "沿江城市带",
      titleEn: "Yangtze Riverside Urban Belt",
      textZh:
        "依托长江黄金水道及沿江高速公路、铁路,充分发挥重庆的辐射带动作用,促进泸州、宜宾、江津、长寿、涪陵、丰都、忠县、万州等节点城市发展,培育形成沿江生态型城市带。发挥沿江区位和港口优势,有序推进岸线开发和港口建设,增强泸州、宜宾、涪陵、长寿、万州等产业园区支撑作用,建设临港产业、特色产业和现代物流基地。规范开发秩序,严守生态红线,建设沿江绿色生态廊道,强化沿江生态保护和修复,统筹流域环境综合治理。",
      textEn:
        "Relying on the Yangtze 'golden waterway' and the riverside expressways and railways, give full play to Chongqing's radiating and driving role, promote the development of node cities such as Luzhou, Yibin, Jiangjin, Changshou, Fuling, Fengdu, Zhongxian and Wanzhou, and foster an ecologically oriented riverside urban belt. Make use of riverside locations and port advantages: develop the shoreline and build ports in an orderly way, strengthen the supporting role of the industrial parks of Luzhou, Yibin, Fuling, Changshou, Wanzhou and other cities, and build bases for port-related industries, specialty industries and modern logistics. Regulate development, strictly observe ecological red lines, build a green ecological corridor along the river, strengthen ecological protection and restoration along the river, and coordinate comprehensive environmental management across the river basin.",
      regions: [
        R.chongqing,
        R.luzhou,
        R.yibin,
        R.jiangjin,
        R.changshou,
        R.fuling,
        R.fengdu,
        R.zhongxian,
        R.wanzhou,
      ],
    },
    {
      key: "spatial.belt-chengde-mianle",
      kind: "belt",
      clause: "第三章第二节",
      titleZh: "成德绵乐城市带",
      titleEn: "Chengdu–Deyang–Mianyang–Leshan Urban Belt",
      textZh:
        "依托成绵乐城际客运专线、宝成—成昆铁路和成绵、成乐、成雅高速公路等构成的综合运输通道,发挥成都辐射带动作用,强化绵阳、德阳、乐山、眉山等城市的节点支撑作用,带动沿线城镇协同发展,提升人口综合承载能力,建成具有国际竞争力的城镇集聚带。依托沿线产业基础,发挥天府新区、成都自主创新示范区和绵阳国家科技城的平台优势,围绕电子信息、装备制造、航空航天、科技服务、商贸物流等产业,打造创新驱动的特色产业集聚带。",
      textEn:
        "Relying on the multimodal transport corridor formed by the Chengdu–Mianyang–Leshan intercity passenger railway, the Baoji–Chengdu and Chengdu–Kunming railways and the Chengdu–Mianyang, Chengdu–Leshan and Chengdu–Ya'an expressways, give play to Chengdu's radiating and driving role, strengthen the role of Mianyang, Deyang, Leshan, Meishan and other cities as supporting nodes, drive the coordinated development of the towns along the corridor, raise its overall population carrying capacity, and build an internationally competitive belt of urban concentration. Building on the industrial base along the corridor and on the platform advantages of the Tianfu New Area, the Chengdu Independent Innovation Demonstration Zone and Mianyang Science and Technology City, create an innovation-driven belt of specialty industries centred on electronics and information technology, equipment manufacturing, aerospace, science and technology services, and commerce and logistics.",
      regions: [R.chengdu, R.mianyang, R.deyang, R.leshan, R.meishan],
    },
    {
      key: "spatial.core-chongqing",
      kind: "core",
      clause: "第三章第二节",
      titleZh: "提升重庆核心功能",
      titleEn: "Enhancing Chongqing's core functions",
      textZh:
        "围绕建成国家中心城市,强化重庆大都市区西部开发开放战略支撑和长江经济带西部中心枢纽载体功能,充分发挥长江上游地区经济中心、金融中心、商贸物流中心、科技创新中心、航运中心的作用,加快两江新区建设,全面增强集聚力、辐射力和竞争力。加强城市规划建设管理,强化城市规划约束性作用,根据山地特色合理控制建筑物高度,提升现代化国际大都市形象。以主城区为核心,以城市发展新区为腹地、联动沿江城市带和四川毗邻城市发展,构筑具有国际影响力的现代化大都市区。",
      textEn:
        "With the aim of becoming a national central city, strengthen the Chongqing metropolitan area's functions as a strategic pillar of the development and opening-up of western China and as the western central hub of the Yangtze River Economic Belt; give full play to its role as the economic, financial, commerce and logistics, science and technology innovation, and shipping centre of the upper Yangtze region; accelerate the development of the Liangjiang New Area; and comprehensively enhance its power to attract, radiate and compete. Strengthen urban planning, construction and management, reinforce the binding force of urban planning, control building heights appropriately in keeping with the mountainous terrain, and enhance the city's image as a modern international metropolis. With the main urban area as the core and the new urban development area as its hinterland, and developing in concert with the Yangtze Riverside Urban Belt and neighbouring cities in Sichuan, build a modern metropolitan area of international influence.",
      regions: [R.chongqing],
    },
    {
      key: "spatial.core-chengdu",
      kind: "core",
      clause: "第三章第二节",
      titleZh: "提升成都核心功能",
      titleEn: "Enhancing Chengdu's core functions",
      textZh:
        "以建设国家中心城市为目标,增强成都西部地区重要的经济中心、科技中心、文创中心、对外交往中心和综合交通枢纽功能,加快天府新区和国家自主创新示范区建设,完善对外开放平台,提升参与国际合作竞争层次。强化城市规划建设管理,发挥自然因素在城市风貌特色塑造中的基础作用,提升城市形象。充分发挥成都的核心带动功能,加快与德阳、资阳、眉山等周边城市的同城化进程,共同打造带动四川、辐射西南、具有国际影响力的现代化都市圈。",
      textEn:
        "With the goal of becoming a national central city, strengthen Chengdu's functions as an important economic centre, science and technology centre, cultural and creative centre, centre for international exchange and comprehensive transport hub for western China; accelerate the development of the Tianfu New Area and the National Independent Innovation Demonstration Zone; improve the platforms for opening-up; and raise the level of the city's participation in international cooperation and competition. Strengthen urban planning, construction and management, let natural features play a foundational role in shaping the city's distinctive townscape, and enhance the city's image. Give full play to Chengdu's core driving function, accelerate its functional integration with surrounding cities such as Deyang, Ziyang and Meishan, and jointly build a modern metropolitan region of international influence that drives Sichuan and radiates across south-west China.",
      regions: [R.chengdu],
    },
    {
      key: "spatial.zone-south-sichuan",
      kind: "zone",
      clause: "第三章第二节",
      titleZh: "川南城镇密集区",
      titleEn: "South Sichuan Urban Agglomeration Zone",
      textZh:
        "包括自贡、内江、泸州、宜宾的市区和部分县(市),促进自贡—内江联合发展、泸州—宜宾沿江协调发展,建设成为成渝城市群南向开放、辐射滇黔的重要门户。",
      textEn:
        "Comprises the urban districts and some of the counties (county-level cities) of Zigong, Neijiang, Luzhou and Yibin. Promote the joint development of Zigong and Neijiang and the coordinated riverside development of Luzhou and Yibin, making the zone the Chengdu–Chongqing City Cluster's key gateway for opening to the south and for extending its influence into Yunnan and Guizhou.",
      regions: [R.zigong, R.neijiang, R.luzhou, R.yibin],
    },
    {
      key: "spatial.zone-nan-sui-guang",
      kind: "zone",
      clause: "第三章第二节",
      titleZh: "南遂广城镇密集区",
      titleEn: "Nanchong–Suining–Guang'an Urban Agglomeration Zone",
      textZh:
        "包括南充、遂宁、广安的市区和部分县(市),加强与重庆协作配套发展,建设成为成渝城市群跨区域协同发展示范区。",
      textEn:
        "Comprises the urban districts and some of the counties (county-level cities) of Nanchong, Suining and Guang'an. Strengthen cooperation and complementary development with Chongqing, making the zone the Chengdu–Chongqing City Cluster's demonstration zone for coordinated cross-regional development.",
      regions: [R.nanchong, R.suining, R.guangan],
    },
    {
      key: "spatial.zone-da-wan",
      kind: "zone",
      clause: "第三章第二节",
      titleZh: "达万城镇密集区",
      titleEn: "Dazhou–Wanzhou Urban Agglomeration Zone",
      textZh:
        "包括达州市部分地区、万州、开县和云阳部分地区,加快达万综合通道建设,促进万开云一体化融合发展,建设成为成渝城市群向东开放的走廊。",
      textEn:
        "Comprises part of Dazhou City, Wanzhou, Kaixian and part of Yunyang. Accelerate the construction of the Dazhou–Wanzhou multimodal corridor and promote the integrated development of Wanzhou, Kaixian and Yunyang, making the zone the Chengdu–Chongqing City Cluster's corridor for opening to the east.",
      regions: [R.dazhou, R.wanzhou, R.kaixian, R.yunyang],
    },
  ],
};

// ---------------------------------------------------------------------------
// (e) Sichuan–Chongqing border cooperation groups — 专栏3 (第三章第四节)
// ---------------------------------------------------------------------------

const cooperationGroups: GoalSeed[] = [
  {
    key: "coop.guangan-hechuan-beibei",
    kind: "cooperation_group",
    clause: "专栏3",
    titleZh: "推进广安、合川、北碚合作",
    titleEn: "Promoting cooperation among Guang'an, Hechuan and Beibei",
    textZh:
      "立足区位优势和合作基础,发挥两江新区的辐射带动作用,重点推进省界市场建设、路网联通、跨界流域治理和扶贫开发,支持川渝合作示范区全面推进基础设施、产业布局、商贸市场、文化旅游和生态环保一体化发展",
    textEn:
      "Building on their locational advantages and existing cooperation, and drawing on the radiating and driving role of the Liangjiang New Area, focus on building markets on the provincial border, connecting road networks, managing cross-boundary river basins and poverty alleviation, and support the Sichuan–Chongqing Cooperation Demonstration Zone in comprehensively integrating infrastructure, industrial layout, commercial markets, cultural tourism, and ecological and environmental protection.",
    regions: [R.guangan, R.hechuan, R.beibei],
  },
  {
    key: "coop.jiangjin-yongchuan-luzhou",
    kind: "cooperation_group",
    clause: "专栏3",
    titleZh: "推进江津、永川、泸州合作",
    titleEn: "Promoting cooperation among Jiangjin, Yongchuan and Luzhou",
    textZh:
      "发挥紧临重庆主城区的区位优势,共同承接重庆主城区产业转移,共建基础设施和产业园区,加强电子政务、电子商务合作,推进信息资源共享,推进公共服务和社会管理合作",
    textEn:
      "Leveraging their location next to Chongqing's main urban area, jointly take on industries relocating from the main urban area, jointly build infrastructure and industrial parks, strengthen cooperation in e-government and e-commerce, promote the sharing of information resources, and advance cooperation in public services and social administration.",
    regions: [R.jiangjin, R.yongchuan, R.luzhou],
  },
  {
    key: "coop.tongliang-tongnan-ziyang",
    kind: "cooperation_group",
    clause: "专栏3",
    titleZh: "推进铜梁、潼南、资阳合作",
    titleEn: "Promoting cooperation among Tongliang, Tongnan and Ziyang",
    textZh:
      "以打通“断头路”为重点,加快规划衔接和基础设施一体化建设。发挥产业合作基础,共同打造承接产业转移集中区。消除行政壁垒,建立共同市场。积极探索跨省跨区合作新模式,拓展发展空间,促进城乡统筹和跨区域融合发展",
    textEn:
      "With the focus on completing the 'dead-end roads' that stop at the boundary, accelerate the alignment of plans and the integrated construction of infrastructure. Building on existing industrial cooperation, jointly develop a concentration zone for relocated industries. Remove administrative barriers and establish a common market. Actively explore new models of cross-provincial and cross-district cooperation, expand development space, and promote integrated urban–rural and cross-regional development.",
    regions: [R.tongliang, R.tongnan, R.ziyang],
  },
  {
    key: "coop.rongchang-neijiang-luzhou",
    kind: "cooperation_group",
    clause: "专栏3",
    titleZh: "推进荣昌、内江、泸州合作",
    titleEn: "Promoting cooperation among Rongchang, Neijiang and Luzhou",
    textZh:
      "共建川渝合作高新技术产业园,积极承接产业转移,重点布局装备制造、生物医药、新材料、电子信息等产业。共同构建绿色生态产业体系和立体交通网络,加强水域生态修复,解决突出民生问题",
    textEn:
      "Jointly build a Sichuan–Chongqing cooperative high-tech industrial park, actively take on relocated industries, and concentrate on industries such as equipment manufacturing, biomedicine, new materials, and electronics and information technology. Jointly build a green, ecological industrial system and an integrated multimodal transport network, strengthen the ecological restoration of water bodies, and resolve pressing livelihood problems.",
    regions: [R.rongchang, R.neijiang, R.luzhou],
  },
];

// ---------------------------------------------------------------------------
// (f) Chapters 4–9 and their sections, from the table of contents
// ---------------------------------------------------------------------------

function chapter(
  n: number,
  chapterZh: string,
  titleZh: string,
  titleEn: string,
  sections: ReadonlyArray<readonly [titleZh: string, titleEn: string]>,
): GoalSeed {
  const sectionNumerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九"];
  return {
    key: `ch${n}`,
    kind: "category",
    clause: chapterZh,
    titleZh,
    titleEn,
    children: sections.map(([sTitleZh, sTitleEn], i) => ({
      key: `ch${n}.s${i + 1}`,
      kind: "section" as const,
      clause: `${chapterZh}第${sectionNumerals[i]}节`,
      titleZh: sTitleZh,
      titleEn: sTitleEn,
    })),
  };
}

const chapters: GoalSeed[] = [
  chapter(4, "第四章", "促进产业分工与协作", "Promoting industrial division of labour and cooperation", [
    ["培育优势产业集群", "Fostering competitive industrial clusters"],
    ["有序承接产业转移", "Taking on relocated industries in an orderly way"],
    ["整合发展产业园区", "Integrating and developing industrial parks"],
    ["提高创新创业能力", "Raising capacity for innovation and entrepreneurship"],
  ]),
  chapter(5, "第五章", "推动基础设施互联互通", "Promoting infrastructure connectivity", [
    ["构建综合交通运输网络", "Building an integrated transport network"],
    ["构建高速共享信息网络", "Building a high-speed, shared information network"],
    ["完善能源保障体系", "Improving the energy supply system"],
    ["强化水资源安全保障", "Strengthening water security"],
    ["健全防灾减灾体系", "Improving the disaster prevention and mitigation system"],
  ]),
  chapter(
    6,
    "第六章",
    "推进生态共建环境共治",
    "Advancing joint ecological conservation and joint environmental governance",
    [
      ["共守生态安全格局", "Jointly safeguarding the ecological security framework"],
      ["实施环境共治", "Implementing joint environmental governance"],
      ["建设绿色城市", "Building green cities"],
      ["加强环境影响评价", "Strengthening environmental impact assessment"],
    ],
  ),
  chapter(7, "第七章", "深化对内对外开放合作", "Deepening domestic and international opening-up and cooperation", [
    ["共建开放通道和平台", "Jointly building opening-up corridors and platforms"],
    ["加强国内区域合作", "Strengthening domestic regional cooperation"],
    ["参与“一带一路”务实合作", "Taking part in practical Belt and Road cooperation"],
  ]),
  chapter(
    8,
    "第八章",
    "建立健全城市群协同发展机制",
    "Establishing and improving mechanisms for coordinated development of the city cluster",
    [
      ["建立要素市场一体化管理机制", "Establishing an integrated management mechanism for factor markets"],
      ["建立基本公共服务一体化发展机制", "Establishing a mechanism for the integrated development of basic public services"],
      ["建立健全利益协调机制", "Establishing and improving mechanisms for coordinating interests"],
    ],
  ),
  chapter(9, "第九章", "规划实施", "Plan implementation", [
    ["加强组织领导", "Strengthening organisation and leadership"],
    ["推动重点工作", "Advancing key tasks"],
    ["营造舆论环境", "Creating a supportive climate of public opinion"],
  ]),
];

export const goals: GoalSeed[] = [
  goal2020,
  outlook2030,
  positioning,
  spatial,
  ...cooperationGroups,
  ...chapters,
];

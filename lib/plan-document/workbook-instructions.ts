// The 说明 sheet of the plan workbook: how to fill it in, in Chinese and English.
export const WORKBOOK_INSTRUCTIONS: readonly string[] = [
  "本工作簿即一份规划文档（与 JSON 格式等价，见 /api/v1/plan-document.schema.json）。上传到“规划文档”页面或 POST /api/v1/plans，可先预览再发布。",
  "This workbook is a plan document (equivalent to the JSON form, see /api/v1/plan-document.schema.json). Upload it on the Plan documents page or POST it to /api/v1/plans; preview before publishing.",
  "基本信息：每行一个字段，只填“值”列。基期、规划期初/期末、远景年份为年份；印发日期写作 YYYY-MM-DD。序时进度阈值四项要么都填，要么都空。",
  "基本信息 (General): one field a row; fill in the value column only. Years are whole numbers; the issue date is YYYY-MM-DD. Fill in all four thresholds or none.",
  "目标体系：每行一个目标；“上级目标键”为空即顶层目标，子目标按行的先后排列。",
  "目标体系 (Goals): one goal a row; a blank parent key makes a top-level goal; children keep the order of their rows.",
  "指标：属性填 binding（约束性）或 expected（预期性），描述性数据留空。已有指标可直接在目标值中引用，不必在此重复。",
  "指标 (Indicators): attribute is binding (约束性) or expected (预期性), blank for descriptive figures. Existing indicators may be used by targets without being listed here.",
  "目标值：类型 type 为 min（不低于）、max（不高于）、approx（左右）；种类 kind 为 level（水平值，填目标值）、growth_rate（年均增长，填百分比及基期年份和基期值）、reduction（降低幅度，填 0–100 之间的百分比及基期）、cumulative（累计，填目标值及基期年份）。百分比写 6 表示 6%。",
  "目标值 (Targets): type is min (at least), max (at most) or approx (about); kind is level (fill in the value), growth_rate (average annual growth: the rate and a baseline year and value), reduction (a fall: a rate between 0 and 100 and a baseline) or cumulative (the sum: the value and a baseline year). A rate of 6 means 6 %.",
  "地区：每个范围内的地区一行（范围 whole 全部 / part 部分）；地区的角色（core_city、regional_centre、node_city）写在同一行，同一地区有多个角色时另起一行、范围留空。",
  "地区 (Regions): one row per region in scope (membership whole or part); a region's role (core_city, regional_centre, node_city) goes on the same row; for a second role add a row with the membership blank.",
  "基期数据：规划文本给出的基期数值；只写入尚无数据的单元格。列表型单元格（服务目标、地区、标记、对比地区）每行一项。",
  "基期数据 (Baseline figures): figures the plan states; written only where no figure exists. List cells (goals served, regions, flags, comparison regions) hold one item a line.",
  "错误提示会指出工作表和单元格（如 目标值!E5）以及文档路径（如 targets[3].kind）。",
  "Errors name the sheet and cell (e.g. 目标值!E5) and the document path (e.g. targets[3].kind).",
];

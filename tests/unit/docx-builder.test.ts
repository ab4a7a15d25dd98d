import { describe, expect, it } from "vitest";
import { buildReportDocx } from "@/lib/docx/build";
import type { ReportDocModel } from "@/lib/docx/model";
import { unzipText, wordTables, wordText } from "../support/docx";

const row = (indicator: string, status: "on_track" | "off_track" | "at_risk") => ({
  indicator,
  region: "重庆市",
  baseline: "60.9% (2015)",
  target: "不低于65%",
  latest: "70.3% (2022)",
  completion: "100%",
  status,
  responsible: "市发展改革委、市统计局",
  why: `${indicator}的判定依据。`,
});

const model = (over: Partial<ReportDocModel> = {}): ReportDocModel => ({
  language: "zh",
  title: "2025年度监测报告",
  planName: "成渝城市群发展规划",
  roundName: "2025年度监测",
  asOf: "2026年3月1日",
  unitName: "重庆市统计局",
  summary: [
    { status: "on_track", count: 2 },
    { status: "off_track", count: 1 },
  ],
  sections: [
    { title: "城镇体系", rows: [row("常住人口城镇化率", "on_track"), row("中心城区人口", "off_track")] },
    { title: "支撑体系", rows: [row("高速公路里程", "on_track")] },
  ],
  commentary: "**重点**：城镇化率稳步提升。\n\n- 第一条\n- 第二条\n\n1. 甲\n2. 乙",
  annotations: [{ indicator: "常住人口城镇化率", region: "重庆市", year: 2022, body: "统计口径调整" }],
  warnings: [{ indicator: "中心城区人口", region: "重庆市", status: "off_track", responsible: "市统计局", why: "滞后 5 个百分点" }],
  ...over,
});

describe("the Word report builder", () => {
  it("writes the title page, a contents field, headings in heading styles and one table per goal area with a repeated header row", async () => {
    const files = await unzipText(await buildReportDocx(model()));
    const doc = files.get("word/document.xml")!;
    const text = wordText(doc);
    for (const s of ["2025年度监测报告", "规划：成渝城市群发展规划", "监测轮次：2025年度监测", "数据截至：2026年3月1日", "责任单位：重庆市统计局"])
      expect(text).toContain(s);
    // the table of contents is a TOC field over heading levels 1–2
    expect(/<w:instrText[^>]*>TOC \\h \\o &quot;1-2&quot;<\/w:instrText>/.test(doc)).toBe(true);
    // chapters: summary, the two goal areas, commentary, warnings — all Heading1
    const h1 = [...doc.matchAll(/<w:pStyle w:val="Heading1"\/>[\s\S]*?<\/w:p>/g)].map((m) => wordText(m[0]));
    expect(h1).toEqual(["目标状态概览", "城镇体系", "支撑体系", "评述", "预警清单"]);
    const tables = wordTables(doc);
    // summary, two goal areas, annotations, warnings
    expect(tables).toHaveLength(5);
    for (const t of tables) expect(t).toMatch(/<w:trPr>(?:(?!<\/w:trPr>)[\s\S])*<w:tblHeader\/>/);
    const area = tables[1]!;
    expect(wordText(area)).toContain("指标地区基期值目标值最新值完成度状态责任单位");
    expect(wordText(area)).toContain("常住人口城镇化率重庆市60.9% (2015)不低于65%70.3% (2022)100%序时推进市发展改革委、市统计局");
    expect(wordText(area)).toContain("判定依据：常住人口城镇化率的判定依据。");
    expect(wordText(tables[0]!)).toBe("状态目标数序时推进2滞后1合计3");
    expect(wordText(tables[4]!)).toContain("中心城区人口重庆市滞后市统计局滞后 5 个百分点");
  });

  it("names 宋体 for body and 黑体 for headings as East-Asian fonts, in the styles and on every run", async () => {
    const files = await unzipText(await buildReportDocx(model()));
    const styles = files.get("word/styles.xml")!;
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)![0];
    expect(defaults.includes('<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="宋体" w:hAnsi="Times New Roman"/>')).toBe(true);
    expect(defaults.includes('w:eastAsia="zh-CN"')).toBe(true);
    const heading1 = /<w:style w:type="paragraph" w:styleId="Heading1">[\s\S]*?<\/w:style>/.exec(styles)![0];
    expect(/<w:rFonts w:ascii="Arial"[^>]*w:eastAsia="黑体"/.test(heading1)).toBe(true);
    const doc = files.get("word/document.xml")!;
    const runs = [...doc.matchAll(/<w:r>[\s\S]*?<\/w:r>/g)].map((m) => m[0]).filter((r) => /<w:t[ >]/.test(r));
    expect(runs.length).toBeGreaterThan(50);
    // TOC entries are written by docx itself from the headings; every run of ours names both fonts
    const ours = runs.filter((r) => r.includes("<w:rFonts"));
    expect(ours.length).toBeGreaterThan(runs.length * 0.8);
    for (const r of ours) expect(r).toMatch(/w:eastAsia="(宋体|黑体)"/);
  });

  it("puts a PAGE field in the footer of the body and numbers its pages from 1", async () => {
    const files = await unzipText(await buildReportDocx(model()));
    const footers = [...files.entries()].filter(([name]) => /^word\/footer\d*\.xml$/.test(name)).map(([, xml]) => xml);
    expect(footers.some((f) => /<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/.test(f) && wordText(f).includes("第") && wordText(f).includes("页"))).toBe(true);
    expect(files.get("word/document.xml")!.includes('<w:pgNumType w:start="1"/>')).toBe(true);
  });

  it("turns Markdown commentary into bold runs, bullet and numbered paragraphs", async () => {
    const doc = (await unzipText(await buildReportDocx(model()))).get("word/document.xml")!;
    const boldRun = /<w:r><w:rPr><w:rFonts[^>]*\/><w:b\/>(?:(?!<\/w:r>)[\s\S])*<w:t[^>]*>重点<\/w:t>/;
    expect(boldRun.test(doc)).toBe(true);
    const listParas = [...doc.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*<w:numPr>(?:(?!<\/w:p>)[\s\S])*<\/w:p>/g)].map((m) => wordText(m[0]));
    expect(listParas).toEqual(["第一条", "第二条", "甲", "乙"]);
    expect(wordText(doc)).not.toContain("**");
  });

  it("reads naturally in English: English labels, a Latin font for Latin text, 'Page N'", async () => {
    const files = await unzipText(
      await buildReportDocx(
        model({
          language: "en",
          title: "Annual monitoring report 2025",
          planName: "Chengdu–Chongqing City Cluster Plan",
          roundName: "2025 monitoring",
          asOf: "1 Mar 2026",
          unitName: null,
          sections: [
            { title: "Urban system", rows: [{ ...row("Urbanization rate", "on_track"), region: "Chongqing", target: "at least 65%", responsible: "" }] },
          ],
          warnings: [],
          commentary: "",
          annotations: [],
        }),
      ),
    );
    const doc = files.get("word/document.xml")!;
    const text = wordText(doc);
    for (const s of [
      "Plan: Chengdu–Chongqing City Cluster Plan",
      "Monitoring round: 2025 monitoring",
      "Data as of: 1 Mar 2026",
      "Status summary",
      "Early warnings",
      "No target is on the early-warning list.",
    ])
      expect(text).toContain(s);
    expect(text).not.toContain("Responsible unit:");
    expect(wordText(wordTables(doc)[1]!)).toContain("Urbanization rateChongqing60.9% (2015)at least 65%70.3% (2022)100%On track—");
    expect(doc.includes('w:ascii="Times New Roman"')).toBe(true);
    const footer = [...files.entries()].find(([n, x]) => n.startsWith("word/footer") && x.includes("PAGE"))![1];
    expect(wordText(footer)).toBe("Page ");
  });

  it("says why there are no charts, and places PNG charts as images scaled to the page", async () => {
    const note = wordText((await unzipText(await buildReportDocx(model({ chartsUnavailable: "图表渲染服务不可用" })))).get("word/document.xml")!);
    expect(note).toContain("图表未能生成（图表渲染服务不可用），本文件仅含表格与文字。");
    // a 1×1 PNG drawn 2000 px wide is scaled to the text width
    const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");
    const files = await unzipText(await buildReportDocx(model({ charts: [{ title: "GDP · 重庆市", png, width: 2000, height: 1000 }] })));
    expect([...files.keys()].some((k) => /^word\/media\/.+\.png$/.test(k))).toBe(true);
    const doc = files.get("word/document.xml")!;
    // 642 px × 9525 EMU/px
    expect(doc.includes('<wp:extent cx="6115050" cy="3057525"/>')).toBe(true);
    expect(wordText(doc)).toContain("GDP · 重庆市");
  });

  it("prints a chart's note under its title, says what the charts cover, and gives the pictures their own line height", async () => {
    const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");
    const chart = { title: "GDP · 重庆市", note: "本轮冻结结果：依据 2024 年数值 3.2 万亿元，进展顺利。", png, width: 1280, height: 480 };
    const doc = (await unzipText(await buildReportDocx(model({ charts: [chart], chartsNote: "仅绘制前 24 个目标的图表（本轮共 30 个目标）。" })))).get(
      "word/document.xml",
    )!;
    const text = wordText(doc);
    expect(text).toContain("图表仅绘制前 24 个目标的图表（本轮共 30 个目标）。");
    expect(text).toContain("GDP · 重庆市本轮冻结结果：依据 2024 年数值 3.2 万亿元，进展顺利。");
    // the document's default line spacing names no rule, which LibreOffice takes as exact:
    // the picture's paragraph sets its own, or the picture is cut to one line
    expect(doc).toMatch(/<w:spacing w:line="240" w:lineRule="auto"\/>(?:(?!<\/w:p>).)*<w:drawing>/s);
  });
});

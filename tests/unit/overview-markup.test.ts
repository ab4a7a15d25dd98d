// The overview map's labels: the same short names as everywhere else (lib/regions/short-name).
import { describe, expect, it } from "vitest";
import { clusterMapHtml } from "@/components/progress/overview-markup";
import { dictionary } from "@/lib/i18n/dictionary";
import type { ClusterMap } from "@/lib/map/cluster-map";

const city = (adcode: string, nameZh: string, nameEn: string, x: number) => ({
  adcode,
  nameZh,
  nameEn,
  x,
  y: 20,
  r: 8,
  status: null,
  fill: "#ffffff",
  labelled: true,
});

describe("clusterMapHtml labels", () => {
  const map: ClusterMap = {
    width: 200,
    height: 80,
    cities: [city("500233", "忠县", "Zhongxian", 10), city("510500", "泸州市", "Luzhou", 60), city("500104", "大渡口区", "Dadukou", 110)],
    others: [],
    cores: [],
    axes: [],
  };

  it.each([
    ["忠县", "忠县"], // one character would be left: the name stays whole
    ["泸州市", "泸州"],
    ["大渡口区", "大渡口"],
  ])("%s is labelled %s in Chinese", (_name, label) => {
    expect(clusterMapHtml(map, dictionary.zh, "zh", null)).toContain(`class="map-label">${label}</text>`);
  });

  it("keeps English names whole", () => {
    expect(clusterMapHtml(map, dictionary.en, "en", null)).toContain(`class="map-label">Zhongxian</text>`);
  });
});

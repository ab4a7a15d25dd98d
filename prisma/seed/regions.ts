import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import type { TransactionClient } from "@/lib/generated/prisma/internal/prismaNamespace";
import type { ClusterMembership, RegionLevel } from "@/lib/generated/prisma/enums";
import { shortName } from "@/lib/regions/short-name";

interface RegionCsvRow {
  adcode: string;
  name_zh: string;
  name_en: string;
  level: string;
  parent_adcode: string;
  in_cluster: string;
  aliases_zh: string;
  lat: string;
  lon: string;
}

interface RegionSeed {
  adcode: string;
  nameZh: string;
  nameEn: string;
  level: RegionLevel;
  parentAdcode: string | null;
  inCluster: ClusterMembership;
  inClusterNote: string | null;
  lat: number | null;
  lon: number | null;
  aliases: string[];
}

// Groupings the plan talks about that have no administrative code of their own.
const CLUSTER_ADCODE = "CHENGYU";
const EXTRA_REGIONS: RegionSeed[] = [
  {
    adcode: CLUSTER_ADCODE,
    nameZh: "成渝城市群",
    nameEn: "Chengdu–Chongqing City Cluster",
    level: "cluster",
    parentAdcode: null,
    inCluster: "full",
    inClusterNote: null,
    lat: 30.1,
    lon: 105.6,
    aliases: ["成渝地区", "Chengyu"],
  },
  {
    adcode: "100000",
    nameZh: "全国",
    nameEn: "China (national)",
    level: "country",
    parentAdcode: null,
    inCluster: "outside",
    inClusterNote: null,
    lat: null,
    lon: null,
    aliases: ["中国"],
  },
  {
    adcode: "CN-WEST",
    nameZh: "西部地区",
    nameEn: "Western China",
    level: "macro_region",
    parentAdcode: null,
    inCluster: "outside",
    inClusterNote: null,
    lat: null,
    lon: null,
    aliases: ["西部"],
  },
];

function readRegionsCsv(file = path.join(import.meta.dirname, "..", "seed-data", "regions.csv")): RegionSeed[] {
  const rows = parse(fs.readFileSync(file, "utf8"), { columns: true, skip_empty_lines: true }) as RegionCsvRow[];
  return rows.map((r) => {
    const partial = r.in_cluster.startsWith("partial");
    return {
      adcode: r.adcode,
      nameZh: r.name_zh,
      nameEn: r.name_en,
      level: r.level as RegionLevel,
      parentAdcode: r.parent_adcode || null,
      inCluster: partial ? "partial" : "full",
      inClusterNote: partial ? r.in_cluster.replace(/^partial:?\s*/, "") || null : null,
      lat: r.lat ? Number(r.lat) : null,
      lon: r.lon ? Number(r.lon) : null,
      aliases: r.aliases_zh
        ? r.aliases_zh
            .split(";")
            .map((a) => a.trim())
            .filter(Boolean)
        : [],
    };
  });
}

/**
 * Upserts every region and its aliases; derived short names (泸州 → 泸州市) become aliases
 * too. Rows already as the file says are not touched: start-up writes nothing then.
 */
export async function seedRegions(tx: TransactionClient): Promise<number> {
  const regions = [...EXTRA_REGIONS, ...readRegionsCsv()];
  const stored = new Map((await tx.region.findMany({ include: { aliases: true } })).map((r) => [r.adcode, r]));
  // parents first: provinces precede their children in the file, extras have none
  for (const [i, r] of regions.entries()) {
    const { aliases, ...data } = r;
    const old = stored.get(r.adcode);
    const same = old && (Object.keys(data) as (keyof typeof data)[]).every((k) => old[k] === data[k]) && old.sortOrder === i;
    if (!same) await tx.region.upsert({ where: { adcode: r.adcode }, create: { ...data, sortOrder: i }, update: { ...data, sortOrder: i } });
    const short = shortName(r.nameZh);
    const all = new Set([...aliases, ...(short !== r.nameZh ? [short] : [])]);
    for (const alias of all) {
      const kind = alias === short ? "short_name" : r.level === "cluster" || r.level === "country" || r.level === "macro_region" ? "other" : "historic";
      if (old?.aliases.some((a) => a.alias === alias && a.kind === kind)) continue;
      await tx.regionAlias.upsert({
        where: { regionAdcode_alias: { regionAdcode: r.adcode, alias } },
        create: { regionAdcode: r.adcode, alias, kind },
        update: { kind },
      });
    }
  }
  return regions.length;
}

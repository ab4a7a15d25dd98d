// What the overview shows of the 成渝 plan area as a whole (Plan.clusterCode,
// comparisonRegionCodes, baselineCards): the cluster's own region, the regions its town
// density is compared with (前言: 西部地区, 全国), and the headline figures of the 2014
// baseline with their national shares.
import type { PlanDisplayFacts } from "@/lib/validation/plan-display";
import { CHINA_ADCODE, CLUSTER_ADCODE, WESTERN_CHINA_ADCODE } from "./plan-content";

export const planDisplay: PlanDisplayFacts = {
  clusterCode: CLUSTER_ADCODE,
  comparisonRegionCodes: [WESTERN_CHINA_ADCODE, CHINA_ADCODE],
  baselineCards: [
    { indicator: "area", share: "area_share_national" },
    { indicator: "resident_population", share: "population_share_national" },
    { indicator: "gdp", share: "gdp_share_national" },
    { indicator: "town_density", compare: true },
  ],
};

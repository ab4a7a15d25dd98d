// The most charts a Word report holds (a saved report's, or a round's 年度监测报告): each
// is a PNG photographed by the one headless browser within the render time limit, and a
// document with hundreds of them is neither quick to make nor to read. A round's print
// page draws no more than this either, and says how many of how many it shows.
export const CHART_LIMIT = 24;

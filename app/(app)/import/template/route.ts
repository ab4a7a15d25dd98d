import { apiRoute } from "@/lib/api/respond";
import { authorize } from "@/lib/auth/authorize";
import { COLUMNS } from "@/lib/import/columns";

// A CSV an analyst can fill in: the accepted header and two rows showing units,
// thousands separators, a short name, a historic name and flags. UTF-8 with a BOM so
// Excel opens the Chinese correctly.
const EXAMPLES = [
  ["泸州", "urban_population", "2018", '"1,619,700"', "人", "中国城市建设统计年鉴2018", "城区人口+城区暂住人口", "definition_differs"],
  ["开县", "gdp", "2015", "412.5", "亿元", "开州区统计公报2015", "", "provisional"],
];

export const GET = apiRoute(async ({ actor }) => {
  authorize(actor, "plan.read");
  const lines = [COLUMNS.map((c) => c.key).join(","), ...EXAMPLES.map((r) => r.join(","))];
  return new Response(`\uFEFF${lines.join("\r\n")}\r\n`, {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="observations-template.csv"' },
  });
});

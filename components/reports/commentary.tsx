import { textLang } from "@/lib/i18n/text-lang";
import { renderMarkdown } from "@/lib/reports/markdown";

/** Commentary Markdown; renderMarkdown escapes HTML and keeps only http(s)/mailto links. */
export function Commentary({ source, title }: { source: string; title: string }) {
  if (!source.trim()) return null;
  return (
    <section className="report-section report-commentary">
      <h2>{title}</h2>
      <div className="markdown" data-testid="report-commentary" lang={textLang(source)} dangerouslySetInnerHTML={{ __html: renderMarkdown(source) }} />
    </section>
  );
}

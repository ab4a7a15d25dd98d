// Report commentary is Markdown written by analysts and read by colleagues (some
// through a public share link), so it is rendered defensively:
//   - html: false — raw HTML in the source (<script>, <img onerror>, <iframe>) is
//     escaped and shows as text, never becomes markup;
//   - only http, https and mailto links (and images) survive; javascript:, data:,
//     vbscript:, file: and relative URLs (which could point into the app) are dropped,
//     leaving the link text as plain text;
//   - links open with rel="noopener noreferrer nofollow" so a share page never leaks
//     its token in a Referer header.
// markdown-it escapes every text node and attribute it emits, so the output needs no
// second sanitizer pass.
import MarkdownIt from "markdown-it";
import { isLinkUrl } from "@/lib/util/url";

function createRenderer() {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: true });
  md.validateLink = isLinkUrl;
  const defaultOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const token = tokens[idx]!;
    token.attrSet("rel", "noopener noreferrer nofollow");
    token.attrSet("target", "_blank");
    return defaultOpen(tokens, idx, options, env, self);
  };
  // images would make every reader's browser (and the PDF renderer) fetch a third-party
  // URL; show them as links instead
  md.renderer.rules.image = (tokens, idx) => {
    const token = tokens[idx]!;
    const src = String(token.attrGet("src") ?? "");
    const alt = md.utils.escapeHtml(String(token.content || src));
    return `<a href="${md.utils.escapeHtml(src)}" rel="noopener noreferrer nofollow" target="_blank">${alt}</a>`;
  };
  return md;
}

const renderer = createRenderer();

/** Commentary Markdown → HTML that is safe to insert as-is. */
export function renderMarkdown(source: string): string {
  return renderer.render(source);
}

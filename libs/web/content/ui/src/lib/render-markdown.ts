import DOMPurify from 'dompurify';
import { marked } from 'marked';

/**
 * Markdown → HTML for the public pages: marked (GitHub-flavoured, single line breaks kept, as in
 * addresses) and then DOMPurify, so an edited page can never carry script, event handlers or
 * `javascript:` links into the portal. Only HTML this returns is bound to the DOM.
 */
export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true, breaks: true });
  return DOMPurify.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'img'],
    FORBID_ATTR: ['style', 'id', 'class'],
  });
}

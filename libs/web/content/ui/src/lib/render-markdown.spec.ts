import { renderMarkdown } from './render-markdown';

describe('renderMarkdown', () => {
  it('renders headings, tables, links and single line breaks', () => {
    const html = renderMarkdown('## Kontakt\n\nReinarzstraße 49\n47805 Krefeld\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n[Barriere melden](/barriere-melden)');
    expect(html).toContain('<h2>Kontakt</h2>');
    expect(html).toContain('Reinarzstraße 49<br>47805 Krefeld');
    expect(html).toContain('<td>1</td>');
    expect(html).toContain('<a href="/barriere-melden">Barriere melden</a>');
  });

  it('drops script, event handlers, javascript: links and forms', () => {
    const html = renderMarkdown(
      '<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n[klick](javascript:alert(3))\n\n<a href="#" onclick="alert(4)">a</a>\n\n<form><input name="p"></form>',
    );
    expect(html).not.toMatch(/script|onerror|onclick|javascript:|<form|<input|<img/i);
  });
});

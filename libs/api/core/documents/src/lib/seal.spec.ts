import { sealSvg, SEAL_ALT_TEXT } from './seal';

describe('the seal', () => {
  it('is a self-contained SVG with a title, two rings of ticks and the two linked rings, without any text or external reference', () => {
    const svg = sealSvg('Siegel <Test> & Co');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"')).toBe(true);
    expect(svg).toContain('<title>Siegel &lt;Test> &amp; Co</title>');
    expect(svg.match(/<circle /g)).toHaveLength(5);
    expect(svg.match(/<line /g)).toHaveLength(36);
    expect(svg).not.toMatch(/<text|href|url\(/);
    expect(sealSvg()).toBe(sealSvg(SEAL_ALT_TEXT.de));
  });
});

/**
 * The seal printed on issued documents and shown as the issuer's image in their credentials: a
 * neutral mark of our own (two linked rings, for the two sides of a conflict, inside a double circle
 * with a ring of ticks), not a copy of anyone's logo. One description, drawn as vectors in the PDF
 * and written as SVG for the web, so both always look the same.
 */

export const SEAL_COLOR = '#1d3557';

type SealShape =
  | { kind: 'circle'; cx: number; cy: number; r: number; width: number }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; width: number };

const round = (n: number) => Math.round(n * 100) / 100;

/** The shapes in a 100 × 100 box. */
function sealShapes(): SealShape[] {
  const shapes: SealShape[] = [
    { kind: 'circle', cx: 50, cy: 50, r: 47, width: 3 },
    { kind: 'circle', cx: 50, cy: 50, r: 41.5, width: 1.2 },
  ];
  for (let i = 0; i < 36; i++) {
    const angle = (i * Math.PI * 2) / 36;
    const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
    shapes.push({ kind: 'line', x1: round(50 + 33 * cos), y1: round(50 + 33 * sin), x2: round(50 + 38 * cos), y2: round(50 + 38 * sin), width: 1.4 });
  }
  shapes.push({ kind: 'circle', cx: 41, cy: 50, r: 14, width: 4 }, { kind: 'circle', cx: 59, cy: 50, r: 14, width: 4 });
  return shapes;
}

export const SEAL_ALT_TEXT = {
  de: 'Siegel: zwei verbundene Ringe in einem Doppelkreis',
  en: 'Seal: two linked rings inside a double circle',
} as const;

/** The seal as a standalone SVG image (white disc, so it reads on any background). */
export function sealSvg(title: string = SEAL_ALT_TEXT.de): string {
  const body = sealShapes().map((s) =>
    s.kind === 'circle'
      ? `<circle cx="${s.cx}" cy="${s.cy}" r="${s.r}" stroke-width="${s.width}"/>`
      : `<line x1="${s.x1}" y1="${s.y1}" x2="${s.x2}" y2="${s.y2}" stroke-width="${s.width}"/>`,
  );
  const escaped = title.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="256" height="256" role="img">',
    `<title>${escaped}</title>`,
    '<circle cx="50" cy="50" r="48.5" fill="#ffffff"/>',
    `<g fill="none" stroke="${SEAL_COLOR}" stroke-linecap="round">`,
    ...body,
    '</g>',
    '</svg>',
    '',
  ].join('\n');
}

/** Draws the seal `size` points square with its top left at (x, y), as vectors. */
export function drawSeal(doc: PDFKit.PDFDocument, x: number, y: number, size: number): void {
  const unit = size / 100;
  doc.save();
  doc.strokeColor(SEAL_COLOR).lineCap('round');
  for (const s of sealShapes()) {
    doc.lineWidth(s.width * unit);
    if (s.kind === 'circle') doc.circle(x + s.cx * unit, y + s.cy * unit, s.r * unit).stroke();
    else doc.moveTo(x + s.x1 * unit, y + s.y1 * unit).lineTo(x + s.x2 * unit, y + s.y2 * unit).stroke();
  }
  doc.restore();
}

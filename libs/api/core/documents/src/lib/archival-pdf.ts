/**
 * What makes an issued document an archival, accessible PDF on top of pdfkit: PDF/A-3b (pdfkit's
 * `subset` adds the pdfaid XMP entries and an sRGB output intent from its own ICC profile), XMP
 * metadata that matches the info dictionary and survives any name (escaped), attached files with
 * their AF relationship (the signed credential), and a structure tree (headings, paragraphs, tables,
 * figures with alternative text; frames and rules are artifacts) in reading order.
 */

type Pdf = PDFKit.PDFDocument;
type StructElement = PDFKit.PDFStructureElement;

/** How an attached file relates to the document (PDF/A-3, ISO 32000-2 AFRelationship). */
export type AttachmentRelationship = 'Source' | 'Data' | 'Alternative' | 'Supplement' | 'Unspecified';

/** A file carried inside the PDF, listed under /EmbeddedFiles and in the catalogue's /AF. */
export interface DocumentAttachment {
  /** File name shown by PDF readers, e.g. "Zertifikat-KOKO-2026-000042.credential.json". */
  name: string;
  data: Buffer;
  /** MIME type, e.g. "application/ld+json" (PDF/A-3 requires one). */
  mimeType: string;
  description: string;
  relationship: AttachmentRelationship;
  /** Creation and modification date of the file (the issue date, so the bytes depend on the data only). */
  date: Date;
}

/** pdfkit's attachment options including the relationship, which its types do not list yet. */
type AttachmentOptions = PDFKit.Mixins.PDFAttachmentOptions & { relationship: AttachmentRelationship };

export function attachFile(doc: Pdf, file: DocumentAttachment): void {
  const options: AttachmentOptions = {
    name: file.name,
    type: file.mimeType,
    description: file.description,
    creationDate: file.date,
    modifiedDate: file.date,
    relationship: file.relationship,
  };
  doc.file(file.data, options);
}

const escapeXml = (value: unknown): string =>
  String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const xmpDate = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * The XMP packet's document properties, written instead of pdfkit's own: pdfkit inserts the info
 * values unescaped (a name with "&" would break the XML) and leaves out xmp:ModifyDate, which PDF/A
 * requires to match the info dictionary's ModDate. Called by pdfkit at doc.end().
 */
export function useArchivalMetadata(doc: Pdf, lang: string): void {
  const addInfo = function (this: Pdf): void {
    const info = this.info;
    const created = info.CreationDate ?? new Date(0);
    const modified = info.ModDate ?? created;
    const optional = (tag: string, value: string | undefined, wrap: (v: string) => string = (v) => v) =>
      value ? `<${tag}>${wrap(escapeXml(value))}</${tag}>` : '';
    const alt = (v: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${v}</rdf:li></rdf:Alt>`;
    this.appendXML(
      [
        '<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">',
        `<xmp:CreateDate>${xmpDate(created)}</xmp:CreateDate>`,
        `<xmp:ModifyDate>${xmpDate(modified)}</xmp:ModifyDate>`,
        `<xmp:MetadataDate>${xmpDate(modified)}</xmp:MetadataDate>`,
        optional('xmp:CreatorTool', info.Creator),
        '</rdf:Description>',
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">',
        '<dc:format>application/pdf</dc:format>',
        optional('dc:title', info.Title, alt),
        optional('dc:creator', info.Author, (v) => `<rdf:Seq><rdf:li>${v}</rdf:li></rdf:Seq>`),
        optional('dc:description', info.Subject, alt),
        `<dc:language><rdf:Bag><rdf:li>${escapeXml(lang)}</rdf:li></rdf:Bag></dc:language>`,
        '</rdf:Description>',
        '<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">',
        optional('pdf:Producer', info.Producer),
        optional('pdf:Keywords', info.Keywords),
        '</rdf:Description>',
      ]
        .filter(Boolean)
        .join('\n'),
    );
  };
  Object.assign(doc, { _addInfo: addInfo });
}

/** The root structure element of each tagged document being drawn. */
const roots = new WeakMap<Pdf, StructElement>();

export function beginStructure(doc: Pdf): void {
  const root = doc.struct('Document');
  doc.addStructure(root);
  roots.set(doc, root);
}

export function endStructure(doc: Pdf): void {
  roots.get(doc)?.end();
  roots.delete(doc);
}

/** Structure options including table header scope, which pdfkit supports and its types do not list. */
export type StructOptions = PDFKit.Mixins.StructureElementOptions & { scope?: 'Row' | 'Column' | 'Both' };

/**
 * Draws `draw` as one structure element (H1, P, Figure…) under `parent` (default: the document),
 * in the order called, which is the reading order. Measuring passes (`draw` false in the layouts) and
 * untagged documents call it directly. Returns what `draw` returns.
 */
export function tagged<T>(doc: Pdf, type: string, draw: () => T, options: StructOptions = {}, parent?: StructElement): T {
  const into = parent ?? roots.get(doc);
  if (!into) return draw();
  let result: T | undefined;
  let ran = false;
  into.add(
    doc.struct(type, options, () => {
      result = draw();
      ran = true;
    }),
  );
  if (!ran) throw new Error(`Structure element ${type} was not drawn`);
  return result as T;
}

/** A grouping element (Table, TR, Sect…): `fill` adds its children with `tagged(…, group)`. */
export function taggedGroup(doc: Pdf, type: string, fill: (group: StructElement | undefined) => void, parent?: StructElement): void {
  const into = parent ?? roots.get(doc);
  if (!into) return fill(undefined);
  const group = doc.struct(type);
  into.add(group);
  fill(group);
  group.end();
}

/** Decoration (frames, rules): marked as an artifact, so assistive technology skips it. */
export function artifact(doc: Pdf, draw: () => void): void {
  if (!roots.has(doc)) return draw();
  doc.markContent('Artifact', { type: 'Layout' });
  draw();
  doc.endMarkedContent();
}

import { exampleCertificateData } from './certificate-example';
import { certificateCredentialFileName, renderCertificate } from './render-certificate';
import { fakeSignaturePng, PDF_SPEC_TIMEOUT_MS, pdfXmp, sha256Hex, structureAltTexts } from '@koko/api/core/documents/testing';

jest.setTimeout(PDF_SPEC_TIMEOUT_MS);

/** Stands in for a signed credential: the renderer carries any JSON text as it is. */
const credentialJson = `${JSON.stringify({ '@context': ['https://www.w3.org/ns/credentials/v2'], id: 'urn:uuid:1b0f1f4e-0000-4000-8000-000000000001', name: 'Konfliktmanager:in – KOKO-2026-000042' }, null, 2)}\n`;

describe('the certificate as an archival, accessible PDF', () => {
  const data = exampleCertificateData({ printedName: 'Anna <Müller> & "Söhne"', credentialJson });
  let pdf: Buffer;
  let raw: string;
  beforeAll(async () => {
    pdf = await renderCertificate(data);
    raw = pdf.toString('latin1');
  });

  it('identifies itself as PDF/A-3b in XMP that matches the info dictionary, whatever the name', () => {
    const xmp = pdfXmp(pdf);
    expect(xmp).toContain('<pdfaid:part>3</pdfaid:part>');
    expect(xmp).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    expect(xmp).toContain('<dc:title><rdf:Alt><rdf:li xml:lang="x-default">Zertifikat Konfliktmanager:in – Anna &lt;Müller&gt; &amp; &quot;Söhne&quot;</rdf:li></rdf:Alt></dc:title>');
    expect(xmp).toContain('<xmp:CreateDate>2026-06-19T10:00:00Z</xmp:CreateDate>');
    expect(xmp).toContain('<xmp:ModifyDate>2026-06-19T10:00:00Z</xmp:ModifyDate>');
    expect(xmp).toContain('<dc:language><rdf:Bag><rdf:li>de-DE</rdf:li></rdf:Bag></dc:language>');
    // Every "&" in the packet starts an entity: the XML stays well-formed.
    expect(xmp.match(/&(?!amp;|lt;|gt;|quot;)/g)).toBeNull();
  });

  it('has an sRGB output intent, embeds every font and never falls back to Helvetica', () => {
    expect(raw).toContain('/S /GTS_PDFA1');
    expect(raw).toContain('/OutputConditionIdentifier (sRGB IEC61966-2.1)');
    expect(raw).not.toMatch(/\/BaseFont \/Helvetica/);
    const descriptors = raw.match(/\/Type \/FontDescriptor[\s\S]*?>>/g) ?? [];
    expect(descriptors.length).toBeGreaterThan(0);
    for (const d of descriptors) expect(d).toContain('/FontFile2');
  });

  it('is tagged, with language, displayed title and alternative texts for seal, QR code and signatures', async () => {
    expect(raw).toMatch(/\/MarkInfo \d+ 0 R/);
    expect(raw).toContain('/Marked true');
    expect(raw).toContain('/Type /StructTreeRoot');
    expect(raw).toContain('/Lang (de-DE)');
    expect(raw).toContain('/DisplayDocTitle true');
    expect(structureAltTexts(pdf, 'Figure')).toEqual([
      'Siegel: zwei verbundene Ringe in einem Doppelkreis',
      `QR-Code mit dem Link zur Echtheitsprüfung: ${data.verificationUrl}`,
    ]);
    const signed = await renderCertificate({ ...data, signatories: data.signatories.map((s) => ({ ...s, signaturePng: fakeSignaturePng() })) });
    expect(structureAltTexts(signed, 'Figure')).toEqual([
      'Siegel: zwei verbundene Ringe in einem Doppelkreis',
      'Unterschrift von Prof. Dr. Anna Muster',
      'Unterschrift von Dr. Jonas Beispiel',
      `QR-Code mit dem Link zur Echtheitsprüfung: ${data.verificationUrl}`,
    ]);
    const english = await renderCertificate({ ...data, locale: 'en' });
    expect(english.toString('latin1')).toContain('/Lang (en-GB)');
    expect(structureAltTexts(english, 'Figure')[0]).toBe('Seal: two linked rings inside a double circle');
  });

  it('carries the credential as an associated file (AF, EmbeddedFiles) with its MIME type and the issue date', () => {
    expect(certificateCredentialFileName(data.number)).toBe('Zertifikat-KOKO-2026-000042.credential.json');
    expect(raw).toContain('/AFRelationship /Alternative');
    expect(raw).toContain('/F (Zertifikat-KOKO-2026-000042.credential.json)');
    expect(raw).toContain('/UF (Zertifikat-KOKO-2026-000042.credential.json)');
    expect(raw).toContain('/Subtype /application#2Fld+json');
    expect(raw).toContain('/ModDate (D:20260619100000Z)');
    expect(raw).toMatch(/\/AF \[\d+ 0 R\]/);
    expect(raw).toContain('/EmbeddedFiles');
  });

  it('stays byte-identical for identical input, and differs when the credential differs or is absent', async () => {
    const again = await renderCertificate(exampleCertificateData({ printedName: 'Anna <Müller> & "Söhne"', credentialJson }));
    expect(sha256Hex(again)).toBe(sha256Hex(pdf));
    const other = await renderCertificate({ ...data, credentialJson: credentialJson.replace('000001', '000002') });
    expect(sha256Hex(other)).not.toBe(sha256Hex(pdf));
    const without = (await renderCertificate({ ...data, credentialJson: undefined })).toString('latin1');
    expect(without).not.toContain('/EmbeddedFiles');
    expect(without).not.toContain('/AF ');
    expect(without).toContain('<pdfaid:part>3</pdfaid:part>');
  });
});

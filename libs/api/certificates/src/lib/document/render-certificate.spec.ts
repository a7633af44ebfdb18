import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exampleCertificateData } from './certificate-example';
import { CERTIFICATE_FONT_FILES, defaultCertificateFontDir } from '@koko/api/core/documents';
import { formatCertificateDate, formatCertificateHours, formatCertificateLongDate, renderCertificateTexts } from './certificate-template';
import { renderCertificate } from './render-certificate';
import { collapseWhitespace, fakeSignaturePng, PDF_SPEC_TIMEOUT_MS, readCertificatePdf, sha256Hex } from '@koko/api/core/documents/testing';

jest.setTimeout(PDF_SPEC_TIMEOUT_MS);

describe('renderCertificate', () => {
  describe.each(['Łukasz Żółć', 'Ağa Çelik', 'Nguyễn Thu Hà', 'Jürgen Groß'])('for %s', (printedName) => {
    const data = exampleCertificateData({ printedName });
    let pdf: Buffer;
    let content: Awaited<ReturnType<typeof readCertificatePdf>>;
    let text: string;

    beforeAll(async () => {
      pdf = await renderCertificate(data);
      content = await readCertificatePdf(pdf);
      text = collapseWhitespace(content.text);
    });

    it('is a one-page PDF', () => {
      expect(pdf.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
      expect(content.pages).toBe(1);
    });

    it('prints the name with every character intact', () => {
      expect(content.text.split('\n')).toContain(printedName);
    });

    it('prints issuer, programme, title, designation and the statement', () => {
      expect(text).toContain('Hochschule Niederrhein');
      expect(text).toContain('KoKo II – Kommunales Konfliktmanagement fördern');
      expect(content.text.split('\n')).toContain('Zertifikat');
      expect(text).toContain(
        `${printedName} hat an der zertifizierten Fortbildung „KoKo II – Kommunales Konfliktmanagement fördern“ der Hochschule Niederrhein ` +
          'erfolgreich teilgenommen und ist berechtigt, die Bezeichnung Konfliktmanager:in zu führen.',
      );
    });

    it('lists the five modules with dates and hours, and the total', () => {
      expect(text).toContain('Inhalte der Fortbildung');
      expect(text).toContain('1 Grundlagen der Konfliktanalyse im kommunalen Kontext 16.–17.01.2026 17.01.2026 24');
      expect(text).toContain('2 Kommunikation und Gesprächsführung in Konflikten 13.–14.02.2026 14.02.2026 24');
      expect(text).toContain('3 Moderation und Mediation kommunaler Beteiligungsprozesse 19.–21.03.2026 21.03.2026 32');
      expect(text).toContain('4 Konflikte im öffentlichen Raum: Akteure, Rollen, Verfahren 24.–25.04.2026 25.04.2026 16');
      expect(text).toContain('5 Praxisprojekt und kollegiale Fallberatung 05.–12.06.2026 12.06.2026 24');
      expect(text).toContain('Gesamtumfang: 120 Stunden');
    });

    it('prints place and issue date, signatories, number and the verification URL', () => {
      expect(text).toContain('Krefeld, den 19. Juni 2026');
      expect(text).toContain('Prof. Dr. Anna Muster Wissenschaftliche Leitung KoKo II');
      expect(text).toContain('Dr. Jonas Beispiel Programmleitung KoKo II');
      expect(text).toContain('Zertifikatsnummer: KOKO-2026-000042');
      expect(text).toContain('Echtheit prüfen:');
      expect(content.text.split('\n')).toContain(data.verificationUrl);
    });

    it('carries a QR code that decodes to the verification URL, drawn as vectors (no image)', () => {
      expect(content.qrCodes).toEqual([data.verificationUrl]);
      expect(content.images).toEqual([]);
    });

    it('sets title, author, subject, keywords and the issue date as metadata', () => {
      expect(content.info['Title']).toBe(`Zertifikat Konfliktmanager:in – ${printedName}`);
      expect(content.info['Author']).toBe('Hochschule Niederrhein');
      expect(content.info['Subject']).toBe('KoKo II – KOKO-2026-000042');
      expect(content.info['Keywords']).toContain('KOKO-2026-000042');
      expect(content.info['CreationDate']).toBe('D:20260619100000Z');
      expect(content.info['Language']).toBe('de-DE');
    });

    it('embeds DejaVu Sans and never a built-in font', () => {
      const raw = pdf.toString('latin1');
      expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/);
      expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans-Bold\b/);
      expect(raw).toContain('/FontFile2');
      expect(raw).not.toMatch(/Helvetica|Times-Roman|Courier/);
    });
  });

  describe('determinism', () => {
    it('gives byte-identical output for identical input', async () => {
      const a = await renderCertificate(exampleCertificateData());
      const b = await renderCertificate(exampleCertificateData());
      expect(sha256Hex(a)).toBe(sha256Hex(b));
      expect(a.equals(b)).toBe(true);
    });

    it('does not depend on what was rendered before (shared font cache) and equals a fresh parse of the fonts', async () => {
      const data = exampleCertificateData({ printedName: 'Ağa Çelik' });
      const first = await renderCertificate(data);
      // Other glyphs, decomposed input and a ligature-prone text in between.
      await renderCertificate(exampleCertificateData({ printedName: 'Nguye\u0302\u0303n Thu Ha\u0300 ﬁ Ω Ω' }));
      await Promise.all([
        renderCertificate(exampleCertificateData({ printedName: 'Łukasz Żółć' })),
        renderCertificate(exampleCertificateData({ printedName: 'Zoë Ødegård-Šimić' })),
      ]);
      const again = await renderCertificate(data);
      const uncached = await renderCertificate(data, { fontCache: false });
      expect(sha256Hex(again)).toBe(sha256Hex(first));
      expect(sha256Hex(uncached)).toBe(sha256Hex(first));
    });

    it('derives the trailer /ID from the data, not from a random source', async () => {
      const id = (pdf: Buffer) => /\/ID \[<([0-9a-f]+)> <([0-9a-f]+)>\]/.exec(pdf.toString('latin1'))?.[1];
      const a = await renderCertificate(exampleCertificateData());
      const b = await renderCertificate(exampleCertificateData());
      const other = await renderCertificate(exampleCertificateData({ number: 'KOKO-2026-000043' }));
      expect(id(a)).toMatch(/^[0-9a-f]{32}$/);
      expect(id(b)).toBe(id(a));
      expect(id(other)).not.toBe(id(a));
    });

    it('changes the SHA-256 when the name, the number or the issue date changes', async () => {
      const base = sha256Hex(await renderCertificate(exampleCertificateData()));
      const renamed = sha256Hex(await renderCertificate(exampleCertificateData({ printedName: 'Jürgen Gross' })));
      const renumbered = sha256Hex(await renderCertificate(exampleCertificateData({ number: 'KOKO-2026-000043' })));
      const redated = sha256Hex(await renderCertificate(exampleCertificateData({ issuedOn: new Date('2026-06-20T10:00:00Z') })));
      expect(new Set([base, renamed, renumbered, redated]).size).toBe(4);
    });

    it('prints a name typed with combining marks exactly like the precomposed name', async () => {
      const composed = await renderCertificate(exampleCertificateData({ printedName: 'Nguyễn Thu Hà' }));
      const decomposed = await renderCertificate(exampleCertificateData({ printedName: 'Nguye\u0302\u0303n  Thu Ha\u0300 ' }));
      expect(decomposed.equals(composed)).toBe(true);
    });
  });

  describe('options and variants', () => {
    it('loads the fonts from an overridden directory', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'koko-cert-fonts-'));
      try {
        for (const file of Object.values(CERTIFICATE_FONT_FILES)) copyFileSync(join(defaultCertificateFontDir(), file), join(dir, file));
        const fromCopy = await renderCertificate(exampleCertificateData(), { fontDir: dir });
        expect(fromCopy.equals(await renderCertificate(exampleCertificateData()))).toBe(true);
        await expect(renderCertificate(exampleCertificateData(), { fontDir: join(dir, 'missing') })).rejects.toThrow(/ENOENT/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('resolves the default font directory inside node_modules/dejavu-fonts-ttf', () => {
      expect(defaultCertificateFontDir()).toMatch(/node_modules[\\/]dejavu-fonts-ttf[\\/]ttf$/);
    });

    it('renders the English wording', async () => {
      const data = exampleCertificateData({ locale: 'en', printedName: 'Łukasz Żółć' });
      const content = await readCertificatePdf(await renderCertificate(data));
      const text = collapseWhitespace(content.text);
      expect(content.pages).toBe(1);
      expect(text).toContain('Certificate');
      expect(text).toContain(
        'Łukasz Żółć has successfully completed the certified further training programme “KoKo II – Kommunales Konfliktmanagement fördern” of Hochschule Niederrhein and is entitled to use the designation Konfliktmanager:in',
      );
      expect(text).toContain('3 Moderation und Mediation kommunaler Beteiligungsprozesse 19.–21.03.2026 21 Mar 2026 32');
      expect(text).toContain('Total workload: 120 hours');
      expect(text).toContain('Krefeld, 19 June 2026');
      expect(text).toContain('Certificate no. KOKO-2026-000042');
      expect(content.info['Title']).toBe('Certificate Konfliktmanager:in – Łukasz Żółć');
      expect(content.info['Language']).toBe('en-GB');
      expect(content.qrCodes).toEqual([data.verificationUrl]);
    });

    it('places signature images above the lines and keeps the QR code readable', async () => {
      const base = exampleCertificateData();
      const data = exampleCertificateData({ signatories: base.signatories.map((s) => ({ ...s, signaturePng: fakeSignaturePng(300, 100) })) });
      const content = await readCertificatePdf(await renderCertificate(data));
      expect(content.images).toHaveLength(2);
      expect(content.qrCodes).toEqual([data.verificationUrl]);
      expect(content.pages).toBe(1);
    });

    it('fits a very long name, three signatories and a long URL on one page', async () => {
      const printedName = 'Maximiliane Alexandra Wilhelmine Freifrau von Hohenzollern-Sigmaringen-Überlingen';
      const verificationUrl = `https://zertifikate.campus.koko-nrw.hs-niederrhein.de/verify/${'Ab9_-'.repeat(9)}`;
      const data = exampleCertificateData({
        printedName,
        verificationUrl,
        modules: exampleCertificateData().modules.map((m) => ({ ...m, title: `${m.title} – mit Praxistransfer in Verwaltung, Politik und Stadtgesellschaft` })),
        signatories: [
          { name: 'Prof. Dr. Anna Muster', role: 'Präsidentin der Hochschule Niederrhein' },
          { name: 'Prof. Dr. Jonas Beispiel', role: 'Wissenschaftliche Leitung KoKo II' },
          { name: 'Dr. Ada Exempel', role: 'Programmleitung KoKo II' },
        ],
      });
      const content = await readCertificatePdf(await renderCertificate(data));
      expect(content.pages).toBe(1);
      // So long that it wraps even at the smallest name size.
      expect(collapseWhitespace(content.text)).toContain(`Zertifikat ${printedName} hat an der zertifizierten Fortbildung`);
      expect(content.text.split('\n')).toContain(verificationUrl);
      expect(content.qrCodes).toEqual([verificationUrl]);
    });

    it('rejects incomplete data with a clear message', async () => {
      await expect(renderCertificate(exampleCertificateData({ printedName: '  ' }))).rejects.toThrow('Certificate data incomplete: printedName');
      await expect(renderCertificate(exampleCertificateData({ modules: [] }))).rejects.toThrow('no modules');
      await expect(renderCertificate(exampleCertificateData({ issuedOn: new Date('nope') }))).rejects.toThrow('issuedOn');
    });
  });
});

describe('certificate texts', () => {
  it('formats dates as calendar days in the portal time zone', () => {
    const lateEvening = new Date('2026-03-31T22:30:00Z'); // 1 April, 00:30 in Berlin (CEST)
    expect(formatCertificateDate(lateEvening, 'de')).toBe('01.04.2026');
    expect(formatCertificateLongDate(lateEvening, 'de')).toBe('1. April 2026');
    expect(formatCertificateLongDate(lateEvening, 'en')).toBe('1 April 2026');
    expect(formatCertificateDate(lateEvening, 'en', 'UTC')).toBe('31 Mar 2026');
  });

  it('formats hours with the locale decimal separator', () => {
    expect(formatCertificateHours(24, 'de')).toBe('24');
    expect(formatCertificateHours(7.5, 'de')).toBe('7,5');
    expect(formatCertificateHours(7.5, 'en')).toBe('7.5');
    expect(() => formatCertificateHours(Number.NaN, 'de')).toThrow();
  });

  it('sorts modules by position, prints a dash for missing dates and never HTML-escapes', () => {
    const base = exampleCertificateData();
    const texts = renderCertificateTexts(
      exampleCertificateData({
        printedName: 'Anna <Müller> & "Söhne"',
        modules: [...base.modules].reverse().map((m) => (m.position === 2 ? { ...m, dates: undefined } : m)),
      }),
    );
    expect(texts.name).toBe('Anna <Müller> & "Söhne"');
    expect(texts.modules.map((m) => m.position)).toEqual(['1', '2', '3', '4', '5']);
    expect(texts.modules[1].dates).toBe('–');
    expect(texts.verificationHint).toBe('Echtheit prüfen: https://campus.koko-nrw.de/verify/q3Xv9LkT2mWcR8pYbN4sHg');
  });
});

import { CertificateDocumentData } from './certificate-document-data';

/**
 * A complete, realistic certificate for tests, benchmarks and previews. Names of signatories are
 * placeholders; real ones come from configuration.
 */
export function exampleCertificateData(overrides: Partial<CertificateDocumentData> = {}): CertificateDocumentData {
  const modules = [
    { position: 1, title: 'Grundlagen der Konfliktanalyse im kommunalen Kontext', workloadHours: 24, completedOn: new Date('2026-01-17T15:00:00Z'), dates: '16.–17.01.2026' },
    { position: 2, title: 'Kommunikation und Gesprächsführung in Konflikten', workloadHours: 24, completedOn: new Date('2026-02-14T15:00:00Z'), dates: '13.–14.02.2026' },
    { position: 3, title: 'Moderation und Mediation kommunaler Beteiligungsprozesse', workloadHours: 32, completedOn: new Date('2026-03-21T15:00:00Z'), dates: '19.–21.03.2026' },
    { position: 4, title: 'Konflikte im öffentlichen Raum: Akteure, Rollen, Verfahren', workloadHours: 16, completedOn: new Date('2026-04-25T14:00:00Z'), dates: '24.–25.04.2026' },
    { position: 5, title: 'Praxisprojekt und kollegiale Fallberatung', workloadHours: 24, completedOn: new Date('2026-06-12T14:00:00Z'), dates: '05.–12.06.2026' },
  ];
  return {
    number: 'KOKO-2026-000042',
    verificationUrl: 'https://campus.koko-nrw.de/verify/q3Xv9LkT2mWcR8pYbN4sHg',
    printedName: 'Jürgen Groß',
    issuedOn: new Date('2026-06-19T10:00:00Z'),
    locale: 'de',
    programmeTitle: 'KoKo II – Kommunales Konfliktmanagement fördern',
    certificateTitle: 'Konfliktmanager:in',
    issuer: 'Hochschule Niederrhein',
    modules,
    totalWorkloadHours: modules.reduce((sum, m) => sum + m.workloadHours, 0),
    signatories: [
      { name: 'Prof. Dr. Anna Muster', role: 'Wissenschaftliche Leitung KoKo II' },
      { name: 'Dr. Jonas Beispiel', role: 'Programmleitung KoKo II' },
    ],
    ...overrides,
  };
}

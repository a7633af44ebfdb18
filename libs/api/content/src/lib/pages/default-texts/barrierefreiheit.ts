import type { DefaultPageText } from './default-page-text';

/** The accessibility statement. */
export const BARRIEREFREIHEIT_PAGE: DefaultPageText = {
  de: {
    title: 'Erklärung zur Barrierefreiheit',
    body: `Die Hochschule Niederrhein ist bemüht, das Portal KoKo Campus im Einklang mit dem Behindertengleichstellungsgesetz Nordrhein-Westfalen (BGG NRW, §§ 10a–10e) und der Barrierefreie-Informationstechnik-Verordnung NRW (BITV NRW 2019) barrierefrei zugänglich zu machen. Diese Erklärung gilt für das Portal unter dieser Adresse.

## Stand der Vereinbarkeit mit den Anforderungen

Das Portal ist **teilweise barrierefrei**. Es wurde gegen die Anforderungen der WCAG 2.1 auf Stufe AA (EN 301 549) geprüft: automatisch mit axe-core bei jeder Änderung und manuell mit Tastatur und Bildschirmleser (NVDA mit Firefox, VoiceOver mit Safari).

## Nicht barrierefreie Inhalte

- Von Teilnehmer:innen hochgeladene Dateien (z. B. PDF-Dokumente zu Transferaufgaben) sind nicht in jedem Fall barrierefrei; auf ihre Gestaltung haben wir keinen Einfluss.
- Die Zertifikate im PDF-Format sind noch nicht vollständig getaggt (PDF/UA). Die Angaben des Zertifikats stehen barrierefrei auf der Prüfseite zur Verfügung.
- Ein Video in Deutscher Gebärdensprache ist in Vorbereitung.

## Erstellung dieser Erklärung

Diese Erklärung wurde am 01.12.2026 erstellt und zuletzt am 01.12.2026 überprüft. Grundlage ist eine Selbstbewertung.

## Feedback und Kontakt

Sind Ihnen Mängel beim barrierefreien Zugang aufgefallen? Nutzen Sie unser Formular [Barriere melden](/barriere-melden) – ein Konto ist nicht nötig – oder schreiben Sie an [barrierefreiheit@koko-campus.example](mailto:barrierefreiheit@koko-campus.example). Wir antworten innerhalb von sechs Wochen.

## Durchsetzungsverfahren

Wenn Sie auf Ihre Rückmeldung keine zufriedenstellende Antwort erhalten, können Sie sich an die Ombudsstelle für barrierefreie Informationstechnik des Landes Nordrhein-Westfalen wenden. Das Verfahren ist kostenlos.

Ombudsstelle für barrierefreie Informationstechnik bei der Landesbeauftragten für Menschen mit Behinderung NRW, Fürstenwall 25, 40219 Düsseldorf, E-Mail: [ombudsstelle-barrierefreie-it@mags.nrw.de](mailto:ombudsstelle-barrierefreie-it@mags.nrw.de), Website: [www.lbb.nrw.de/ombudsstelle-barrierefreie-it](https://www.lbb.nrw.de/ombudsstelle-barrierefreie-it)`,
  },
  en: {
    title: 'Accessibility statement',
    body: `Hochschule Niederrhein is committed to making the KoKo Campus portal accessible in accordance with the Disability Equality Act of North Rhine-Westphalia (BGG NRW, §§ 10a–10e) and the NRW Accessible Information Technology Ordinance (BITV NRW 2019). This statement applies to the portal at this address.

## Compliance status

The portal is **partially compliant**. It was checked against WCAG 2.1 level AA (EN 301 549): automatically with axe-core on every change, and by hand with keyboard and screen readers (NVDA with Firefox, VoiceOver with Safari).

## Content that is not accessible

- Files uploaded by participants (e.g. PDF documents for transfer assignments) are not always accessible; we have no influence on how they are made.
- Certificate PDFs are not yet fully tagged (PDF/UA). The certificate's details are available accessibly on the verification page.
- A video in German Sign Language is being prepared.

## Preparation of this statement

This statement was prepared on 1 December 2026 and last reviewed on 1 December 2026, based on a self-assessment.

## Feedback and contact

Have you found a barrier? Use our form [Report a barrier](/barriere-melden) – no account needed – or write to [barrierefreiheit@koko-campus.example](mailto:barrierefreiheit@koko-campus.example). We answer within six weeks.

## Enforcement procedure

If you do not receive a satisfactory answer, you can turn to the Ombudsstelle für barrierefreie Informationstechnik (ombudsman office for accessible IT) of North Rhine-Westphalia. The procedure is free of charge.

Ombudsstelle für barrierefreie Informationstechnik at the NRW Commissioner for People with Disabilities, Fürstenwall 25, 40219 Düsseldorf, e-mail: [ombudsstelle-barrierefreie-it@mags.nrw.de](mailto:ombudsstelle-barrierefreie-it@mags.nrw.de), website: [www.lbb.nrw.de/ombudsstelle-barrierefreie-it](https://www.lbb.nrw.de/ombudsstelle-barrierefreie-it)`,
  },
};

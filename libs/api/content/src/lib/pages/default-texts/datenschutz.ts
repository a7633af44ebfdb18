import type { DefaultPageText } from './default-page-text';

/** The privacy notice. */
export const DATENSCHUTZ_PAGE: DefaultPageText = {
  de: {
    title: 'Datenschutzerklärung',
    body: `Diese Erklärung informiert Sie nach Art. 13 und 14 der Datenschutz-Grundverordnung (DSGVO) darüber, welche personenbezogenen Daten das Portal KoKo Campus verarbeitet, wozu und wie lange.

## 1. Verantwortliche Stelle und Datenschutzbeauftragte

Verantwortlich: Hochschule Niederrhein, Programmteam KoKo II, Reinarzstraße 49, 47805 Krefeld, [koko-team@koko-campus.example](mailto:koko-team@koko-campus.example).

Behördliche Datenschutzbeauftragte: [datenschutz@koko-campus.example](mailto:datenschutz@koko-campus.example), Anschrift wie oben mit dem Zusatz „Datenschutzbeauftragte“.

## 2. Welche Daten wir verarbeiten, wozu und auf welcher Rechtsgrundlage

| Daten | Zweck | Rechtsgrundlage |
| --- | --- | --- |
| Name, dienstliche E-Mail-Adresse, Kommune, Funktion, Motivation (Bewerbung) | Auswahl und Aufnahme in einen Durchgang, Benutzerkonto | Art. 6 Abs. 1 lit. e DSGVO i. V. m. § 3 DSG NRW; bei Anlage des Kontos Art. 6 Abs. 1 lit. b DSGVO |
| Anwesenheit, Transferaufgaben mit Dateien, Bewertungen und Rückmeldungen | Durchführung der zertifizierten Fortbildung | Art. 6 Abs. 1 lit. b und e DSGVO |
| Zertifikate (Name wie gedruckt, Nummer, Module, Datum) | Ausstellung und öffentliche Echtheitsprüfung | Art. 6 Abs. 1 lit. c und e DSGVO |
| Anmeldevorgänge, Sitzungen, IP-Adresse, Browserkennung | Sicherheit des Portals, Schutz vor Missbrauch | Art. 6 Abs. 1 lit. e DSGVO, Art. 32 DSGVO |
| Meldungen über Barrieren (freiwillig Name und E-Mail) | Bearbeitung der Meldung und Antwort | Art. 6 Abs. 1 lit. c DSGVO i. V. m. § 10d BGG NRW |
| Protokoll (wer hat wann was geändert) | Nachvollziehbarkeit von Bewertungen, Entscheidungen und Zertifikaten | Art. 6 Abs. 1 lit. c und e DSGVO |

## 3. Cookies

Das Portal setzt ausschließlich ein technisch notwendiges Sitzungs-Cookie (\`koko_session\`), solange Sie angemeldet sind. Es enthält keine Werbe- oder Analysedaten und wird nicht an Dritte weitergegeben. Eine Einwilligung ist dafür nicht erforderlich (§ 25 Abs. 2 Nr. 2 TDDDG); deshalb zeigen wir kein Cookie-Banner. Die gewählte Sprache wird nur in Ihrem Browser gespeichert. Es gibt kein Tracking und keine eingebundenen Inhalte Dritter.

## 4. Empfänger

Trainer:innen Ihres Durchgangs sehen Anwesenheit und Transferaufgaben; das Programmteam verwaltet Bewerbungen und Zertifikate; die wissenschaftliche Begleitung erhält nur anonymisierte Auswertungen. Der Betrieb erfolgt auf Servern in Deutschland; eingesetzte Auftragsverarbeiter sind nach Art. 28 DSGVO verpflichtet. Eine Übermittlung in Drittländer findet nicht statt.

## 5. Speicherdauer

| Daten | Dauer |
| --- | --- |
| abgelehnte oder zurückgezogene Bewerbungen | 6 Monate nach der Entscheidung |
| Einladungs- und Passwort-Links | bis zur Nutzung, höchstens 7 Tage bzw. 1 Stunde |
| beendete Sitzungen und Anmeldeversuche | 30 Tage |
| Meldungen über Barrieren | 2 Jahre nach Abschluss |
| E-Mails an Sie (Versandprotokoll) | 90 Tage |
| Ihre Datenzusammenstellung (Meine Daten) | 7 Tage |
| Konto- und Fortbildungsdaten | bis zur Löschung des Kontos; danach anonymisiert |
| Zertifikate (Name wie gedruckt, Nummer) | dauerhaft, damit die Echtheit prüfbar bleibt |

## 6. Ihre Rechte

Sie haben das Recht auf Auskunft (Art. 15), Berichtigung (Art. 16), Löschung (Art. 17), Einschränkung der Verarbeitung (Art. 18), Datenübertragbarkeit (Art. 20) und Widerspruch (Art. 21 DSGVO). Mit einem Konto können Sie unter **Profil → Meine Daten** alle Ihre Daten selbst herunterladen (eine ZIP-Datei mit einer maschinenlesbaren Datei, Ihren Dateien und einer lesbaren Zusammenfassung; 7 Tage abrufbar) und Ihr Konto selbst löschen. Ohne Konto, oder wenn Sie Hilfe brauchen, schreiben Sie an das Programmteam ([koko-team@koko-campus.example](mailto:koko-team@koko-campus.example)). Bei der Löschung bleiben zertifikatsbezogene Angaben ohne Kontaktdaten erhalten, damit ausgestellte Zertifikate prüfbar bleiben; Sie erhalten eine letzte Bestätigung per E-Mail.

Sie können sich bei der Aufsichtsbehörde beschweren: Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen, Kavalleriestraße 2–4, 40213 Düsseldorf, [www.ldi.nrw.de](https://www.ldi.nrw.de).

Stand: Dezember 2026`,
  },
  en: {
    title: 'Privacy statement',
    body: `This statement tells you, as Articles 13 and 14 of the General Data Protection Regulation (GDPR) require, which personal data the KoKo Campus portal processes, why and for how long.

## 1. Controller and data protection officer

Controller: Hochschule Niederrhein, KoKo II programme team, Reinarzstraße 49, 47805 Krefeld, Germany, [koko-team@koko-campus.example](mailto:koko-team@koko-campus.example).

Data protection officer: [datenschutz@koko-campus.example](mailto:datenschutz@koko-campus.example), address as above, marked "Data protection officer".

## 2. Which data, why, and on which legal basis

| Data | Purpose | Legal basis |
| --- | --- | --- |
| Name, work e-mail address, municipality, role, motivation (application) | Selection and admission to a cohort, user account | Art. 6(1)(e) GDPR with § 3 DSG NRW; for the account Art. 6(1)(b) GDPR |
| Attendance, transfer assignments with files, grades and feedback | Running the certified training | Art. 6(1)(b) and (e) GDPR |
| Certificates (printed name, number, modules, date) | Issuing and public verification | Art. 6(1)(c) and (e) GDPR |
| Sign-ins, sessions, IP address, browser identifier | Security of the portal, protection against abuse | Art. 6(1)(e) and Art. 32 GDPR |
| Accessibility barrier reports (name and e-mail optional) | Handling the report and replying | Art. 6(1)(c) GDPR with § 10d BGG NRW |
| Audit trail (who changed what and when) | Traceability of grades, decisions and certificates | Art. 6(1)(c) and (e) GDPR |

## 3. Cookies

The portal sets only one technically necessary session cookie (\`koko_session\`) while you are signed in. It holds no advertising or analytics data and is not shared with anyone. No consent is needed for it (§ 25(2) no. 2 TDDDG), which is why there is no cookie banner. Your chosen language is stored only in your browser. There is no tracking and no embedded third-party content.

## 4. Recipients

Trainers of your cohort see attendance and transfer assignments; the programme team manages applications and certificates; the scientific monitoring receives anonymised analyses only. The portal runs on servers in Germany; processors are bound by Art. 28 GDPR. No data is transferred to third countries.

## 5. Retention

| Data | Period |
| --- | --- |
| declined or withdrawn applications | 6 months after the decision |
| invitation and password links | until used, at most 7 days or 1 hour |
| ended sessions and sign-in attempts | 30 days |
| barrier reports | 2 years after closing |
| e-mails to you (sending record) | 90 days |
| your data export (My data) | 7 days |
| account and training data | until the account is deleted; then anonymised |
| certificates (printed name, number) | permanently, so they stay verifiable |

## 6. Your rights

You have the right of access (Art. 15), rectification (Art. 16), erasure (Art. 17), restriction of processing (Art. 18), data portability (Art. 20) and to object (Art. 21 GDPR). With an account you download all your data yourself under **Profile → My data** (one ZIP file with a machine-readable file, your files and a readable summary; available for 7 days) and delete your account yourself. Without an account, or if you need help, write to the programme team ([koko-team@koko-campus.example](mailto:koko-team@koko-campus.example)). When an account is deleted, certificate details are kept without contact data so that issued certificates stay verifiable; you receive a last confirmation by e-mail.

You may lodge a complaint with the supervisory authority: Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen, Kavalleriestraße 2–4, 40213 Düsseldorf, [www.ldi.nrw.de](https://www.ldi.nrw.de).

Last updated: December 2026`,
  },
};

import type { PublicPageSlug } from '@koko/shared';

interface PageText {
  title: string;
  body: string;
}

/**
 * The texts the portal ships with (version 1 of every page). The programme team replaces them in
 * the admin editor; addresses use reserved example domains until the operator fills in its own.
 * The start page text follows the programme's own public description.
 */
export const DEFAULT_PAGES: Record<PublicPageSlug, { de: PageText; en: PageText }> = {
  start: {
    de: {
      title: 'KoKo II – Kommunales Konfliktmanagement fördern',
      body: `Kommunen stehen vor vielfältigen Herausforderungen rund um Migration und Integration, an denen sich immer wieder Konflikte entzünden – mal schwelend, mal krisenhaft zugespitzt. **KoKo II** unterstützt Kommunen in Nordrhein-Westfalen gemeinsam mit kommunalen Schlüsselakteuren dabei, konflikttauglicher und krisenfester zu werden: Konflikte frühzeitig bemerken, konstruktiv bearbeiten und sich auf krisenhafte Ereignisse gut vorbereiten.

Der Fokus liegt auf Konflikten rund um Integration und Migration – auf solchen, die sich an diesen Themen entzünden, weil Interessen oder Wertvorstellungen aufeinanderprallen, und auf solchen, die an Integration und Migration festgemacht werden, sich aber eigentlich um anderes drehen.

Zielgruppe sind Kommunen, die bereits am Vorgängerprojekt KoKo I teilgenommen haben, und Kommunen, die neu hinzukommen.`,
    },
    en: {
      title: 'KoKo II – Promoting municipal conflict management',
      body: `Municipalities face many challenges around migration and integration, and conflicts keep arising from them – sometimes smouldering, sometimes escalating into a crisis. **KoKo II** helps municipalities in North Rhine-Westphalia, together with key local actors, to handle conflicts better and to be better prepared for crises: notice conflicts early, work on them constructively and prepare well for critical events.

The focus is on conflicts around integration and migration – those sparked by clashing interests or values, and those that are pinned on integration and migration but are really about something else.

The programme is open to municipalities that took part in the predecessor project KoKo I and to municipalities joining for the first time.`,
    },
  },
  impressum: {
    de: {
      title: 'Impressum',
      body: `## Anbieter

Angaben gemäß § 5 Digitale-Dienste-Gesetz (DDG) und § 18 Medienstaatsvertrag (MStV):

Programmteam KoKo II – Kommunales Konfliktmanagement fördern
c/o Hochschule Niederrhein
Reinarzstraße 49
47805 Krefeld

Die Hochschule Niederrhein ist eine rechtsfähige Körperschaft des öffentlichen Rechts und zugleich Einrichtung des Landes Nordrhein-Westfalen. Sie wird gesetzlich durch ihren Präsidenten bzw. ihre Präsidentin vertreten.

## Kontakt

E-Mail: [koko-team@koko-campus.example](mailto:koko-team@koko-campus.example)
Telefon: +49 2151 000000 (Mo–Do 9–15 Uhr)

## Zuständige Aufsichtsbehörde

Ministerium für Kultur und Wissenschaft des Landes Nordrhein-Westfalen, Völklinger Straße 49, 40221 Düsseldorf

## Umsatzsteuer-Identifikationsnummer

DE 000 000 000 (Beispielangabe)

## Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV

Dr. Miriam Schulte, Programmleitung KoKo II, Anschrift wie oben

## Haftung für Links

Dieses Portal enthält Verweise auf Websites Dritter. Für deren Inhalte sind ausschließlich deren Anbieter verantwortlich. Bei Bekanntwerden von Rechtsverletzungen entfernen wir solche Links umgehend.`,
    },
    en: {
      title: 'Legal notice',
      body: `## Provider

Information according to § 5 of the German Digital Services Act (DDG) and § 18 of the Interstate Media Treaty (MStV):

KoKo II programme team – Promoting municipal conflict management
c/o Hochschule Niederrhein
Reinarzstraße 49
47805 Krefeld, Germany

Hochschule Niederrhein is a public-law corporation and an institution of the State of North Rhine-Westphalia. It is legally represented by its president.

## Contact

E-mail: [koko-team@koko-campus.example](mailto:koko-team@koko-campus.example)
Phone: +49 2151 000000 (Mon–Thu 9 am – 3 pm)

## Supervisory authority

Ministry of Culture and Science of the State of North Rhine-Westphalia, Völklinger Straße 49, 40221 Düsseldorf

## VAT identification number

DE 000 000 000 (example)

## Responsible for the content (§ 18 (2) MStV)

Dr. Miriam Schulte, KoKo II programme lead, address as above

## Links to other websites

This portal links to third-party websites. Their providers alone are responsible for their content. We remove such links as soon as we learn of an infringement.`,
    },
  },
  datenschutz: {
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
  },
  barrierefreiheit: {
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
  },
  'leichte-sprache': {
    de: {
      title: 'Leichte Sprache',
      body: `## Was ist KoKo Campus?

KoKo Campus ist eine Internet-Seite.
Sie gehört zum Projekt **KoKo II**.

KoKo II hilft Städten und Gemeinden in Nordrhein-Westfalen.
Es geht um Streit.
Zum Beispiel Streit zwischen Menschen, die schon lange hier wohnen,
und Menschen, die neu hier sind.

Mitarbeiter und Mitarbeiterinnen von Städten und Gemeinden
können bei KoKo II etwas lernen.
Sie lernen: Wie kann man Streit gut lösen?
Die Fortbildung hat 5 Teile.
Am Ende bekommen sie ein Zeugnis.
Das Zeugnis heißt: Zertifikat.

## Wie kann ich mitmachen?

1. Gehen Sie auf die Start-Seite.
2. Klicken Sie auf **Jetzt bewerben**.
3. Schreiben Sie Ihren Namen und Ihre E-Mail-Adresse in das Formular.
4. Sie bekommen eine E-Mail.
   Klicken Sie in der E-Mail auf den Link.
5. Das Team von KoKo II liest Ihre Bewerbung.
   Dann bekommen Sie eine Antwort.

## Wie melde ich mich an?

Klicken Sie oben rechts auf **Anmelden**.
Schreiben Sie Ihre E-Mail-Adresse und Ihr Passwort.
Sie haben Ihr Passwort vergessen?
Dann klicken Sie auf **Passwort vergessen**.

## Wo bekomme ich Hilfe?

Schreiben Sie eine E-Mail an: [koko-team@koko-campus.example](mailto:koko-team@koko-campus.example)
Oder rufen Sie an: 02151 000000

Etwas auf der Internet-Seite funktioniert nicht für Sie?
Dann sagen Sie es uns hier: [Barriere melden](/barriere-melden)

## Gebärdensprache

Ein Video in Deutscher Gebärdensprache kommt bald.
Es steht dann hier.`,
    },
    en: {
      title: 'Easy language',
      body: `This page explains the portal in simple words. The German version is written in Leichte Sprache (easy-to-read German).

## What is KoKo Campus?

KoKo Campus is a website.
It belongs to the project **KoKo II**.

KoKo II helps towns and cities in North Rhine-Westphalia.
It is about conflicts between people.

Staff of towns and cities can learn with KoKo II.
They learn how to solve conflicts well.
The training has 5 parts.
At the end they get a certificate.

## How can I take part?

1. Go to the start page.
2. Click **Apply now**.
3. Write your name and your e-mail address in the form.
4. You get an e-mail. Click the link in the e-mail.
5. The KoKo II team reads your application. Then you get an answer.

## How do I sign in?

Click **Sign in** at the top right.
Write your e-mail address and your password.
Forgot your password? Click **Forgot password**.

## Where do I get help?

Write an e-mail to: [koko-team@koko-campus.example](mailto:koko-team@koko-campus.example)
Or call: +49 2151 000000

Something on the website does not work for you?
Tell us here: [Report a barrier](/barriere-melden)

## Sign language

A video in German Sign Language is coming soon.
You will find it here.`,
    },
  },
  kontakt: {
    de: {
      title: 'Kontakt',
      body: `## Programmteam KoKo II

Hochschule Niederrhein
Reinarzstraße 49
47805 Krefeld

E-Mail: [koko-team@koko-campus.example](mailto:koko-team@koko-campus.example)
Telefon: 02151 000000 (Montag bis Donnerstag, 9 bis 15 Uhr)

## Fragen zur Fortbildung und zur Bewerbung

Dr. Miriam Schulte, Programmleitung, [koko-team@koko-campus.example](mailto:koko-team@koko-campus.example)

## Technische Probleme und Barrieren

Nutzen Sie bitte das Formular [Barriere melden](/barriere-melden). Sicherheitslücken melden Sie bitte an die in [security.txt](/.well-known/security.txt) genannte Adresse.

## Datenschutz

Behördliche Datenschutzbeauftragte: [datenschutz@koko-campus.example](mailto:datenschutz@koko-campus.example)`,
    },
    en: {
      title: 'Contact',
      body: `## KoKo II programme team

Hochschule Niederrhein
Reinarzstraße 49
47805 Krefeld, Germany

E-mail: [koko-team@koko-campus.example](mailto:koko-team@koko-campus.example)
Phone: +49 2151 000000 (Monday to Thursday, 9 am to 3 pm)

## Questions about the training and applying

Dr. Miriam Schulte, programme lead, [koko-team@koko-campus.example](mailto:koko-team@koko-campus.example)

## Technical problems and barriers

Please use the form [Report a barrier](/barriere-melden). Please report security vulnerabilities to the address given in [security.txt](/.well-known/security.txt).

## Data protection

Data protection officer: [datenschutz@koko-campus.example](mailto:datenschutz@koko-campus.example)`,
    },
  },
};

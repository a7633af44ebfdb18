import type { DefaultPageText } from './default-page-text';

/** The legal notice (Impressum). */
export const IMPRESSUM_PAGE: DefaultPageText = {
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
};

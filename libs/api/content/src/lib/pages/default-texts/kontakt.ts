import type { DefaultPageText } from './default-page-text';

/** How to reach the programme team. */
export const KONTAKT_PAGE: DefaultPageText = {
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
};

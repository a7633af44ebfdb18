import type { DefaultPageText } from './default-page-text';

/** The portal explained in plain language (Leichte Sprache). */
export const LEICHTE_SPRACHE_PAGE: DefaultPageText = {
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
};

import type { MailTemplate } from './index';

/**
 * Mails about applications and enrolment decisions. Every context carries `displayName` and
 * `cohortName`; decisions also `dashboardUrl` and `message` (null when there is none).
 */
export type EnrolmentTemplateName =
  | 'application-received'
  | 'application-existing-account'
  | 'enrolment-admitted'
  | 'enrolment-moved-up'
  | 'enrolment-waitlisted'
  | 'enrolment-declined'
  | 'enrolment-withdrawn';

const button = (url: string, label: string) =>
  `<p><a href="{{${url}}}" style="display:inline-block;padding:12px 20px;background:#005a9c;color:#ffffff;text-decoration:none;border-radius:4px;">${label}</a></p>`;

/** The optional message with the decision; line breaks are kept. */
const messageHtml = (label: string) =>
  `{{#if message}}<p><strong>${label}</strong></p>
<blockquote style="margin:0 0 16px;padding:8px 16px;border-left:4px solid #ccd3da;white-space:pre-line;">{{message}}</blockquote>{{/if}}`;
const messageText = (label: string) => `{{#if message}}

${label}
{{message}}{{/if}}`;

const DASHBOARD = {
  de: { html: button('dashboardUrl', 'Zu meiner Übersicht'), text: 'Ihre Übersicht:\n{{dashboardUrl}}' },
  en: { html: button('dashboardUrl', 'Go to my overview'), text: 'Your overview:\n{{dashboardUrl}}' },
};
const TEAM_MESSAGE = { de: 'Nachricht des Programmteams:', en: 'Message from the programme team:' };

export const ENROLMENT_TEMPLATES: Record<EnrolmentTemplateName, Record<'de' | 'en', MailTemplate>> = {
  'application-received': {
    de: {
      subject: 'Ihre Bewerbung für „{{cohortName}}“ ist eingegangen',
      html: `<p>Guten Tag {{displayName}},</p>
<p>vielen Dank für Ihre Bewerbung für den Durchgang <strong>{{cohortName}}</strong> der zertifizierten Qualifizierung im Programm KoKo II. Ihre Bewerbung ist bei uns eingegangen.</p>
<p>Das Programmteam wählt die Teilnehmer:innen aus den Bewerbungen aus und informiert Sie per E-Mail über die Entscheidung.</p>
{{#if setPasswordUrl}}<p>Mit Ihrer Bewerbung haben wir ein Konto bei KoKo Campus für Sie angelegt. Bitte legen Sie über den folgenden Link Ihr Passwort fest; danach sehen Sie den Stand Ihrer Bewerbung jederzeit in Ihrer Übersicht:</p>
${button('setPasswordUrl', 'Passwort festlegen')}
<p>Der Link ist bis {{formatDate expiresAt}} gültig und kann nur einmal verwendet werden.</p>{{/if}}`,
      text: `Guten Tag {{displayName}},

vielen Dank für Ihre Bewerbung für den Durchgang „{{cohortName}}“ der zertifizierten Qualifizierung im Programm KoKo II. Ihre Bewerbung ist bei uns eingegangen.

Das Programmteam wählt die Teilnehmer:innen aus den Bewerbungen aus und informiert Sie per E-Mail über die Entscheidung.{{#if setPasswordUrl}}

Mit Ihrer Bewerbung haben wir ein Konto bei KoKo Campus für Sie angelegt. Bitte legen Sie über den folgenden Link Ihr Passwort fest; danach sehen Sie den Stand Ihrer Bewerbung jederzeit in Ihrer Übersicht:
{{setPasswordUrl}}

Der Link ist bis {{formatDate expiresAt}} gültig und kann nur einmal verwendet werden.{{/if}}`,
    },
    en: {
      subject: 'We have received your application for “{{cohortName}}”',
      html: `<p>Hello {{displayName}},</p>
<p>thank you for applying for the cohort <strong>{{cohortName}}</strong> of the certified training in the KoKo II programme. We have received your application.</p>
<p>The programme team selects the participants from the applications and will let you know its decision by e-mail.</p>
{{#if setPasswordUrl}}<p>With your application we have created a KoKo Campus account for you. Please set your password using the following link; afterwards you can follow your application in your overview at any time:</p>
${button('setPasswordUrl', 'Set password')}
<p>The link is valid until {{formatDate expiresAt}} and can be used only once.</p>{{/if}}`,
      text: `Hello {{displayName}},

thank you for applying for the cohort “{{cohortName}}” of the certified training in the KoKo II programme. We have received your application.

The programme team selects the participants from the applications and will let you know its decision by e-mail.{{#if setPasswordUrl}}

With your application we have created a KoKo Campus account for you. Please set your password using the following link; afterwards you can follow your application in your overview at any time:
{{setPasswordUrl}}

The link is valid until {{formatDate expiresAt}} and can be used only once.{{/if}}`,
    },
  },
  'application-existing-account': {
    de: {
      subject: 'Bewerbung für „{{cohortName}}“: Bitte melden Sie sich an',
      html: `<p>Guten Tag {{displayName}},</p>
<p>soeben hat sich jemand mit Ihrer E-Mail-Adresse für den Durchgang <strong>{{cohortName}}</strong> beworben, ohne angemeldet zu sein. Für diese Adresse gibt es bereits ein Konto bei KoKo Campus, deshalb wurde die Bewerbung nicht gespeichert.</p>
<p>Wenn Sie sich bewerben möchten, melden Sie sich bitte an und bewerben Sie sich über den folgenden Link:</p>
${button('signInUrl', 'Anmelden und bewerben')}
<p>Falls Sie das nicht waren, können Sie diese E-Mail ignorieren; an Ihrem Konto wurde nichts geändert.</p>`,
      text: `Guten Tag {{displayName}},

soeben hat sich jemand mit Ihrer E-Mail-Adresse für den Durchgang „{{cohortName}}“ beworben, ohne angemeldet zu sein. Für diese Adresse gibt es bereits ein Konto bei KoKo Campus, deshalb wurde die Bewerbung nicht gespeichert.

Wenn Sie sich bewerben möchten, melden Sie sich bitte an und bewerben Sie sich über den folgenden Link:
{{signInUrl}}

Falls Sie das nicht waren, können Sie diese E-Mail ignorieren; an Ihrem Konto wurde nichts geändert.`,
    },
    en: {
      subject: 'Application for “{{cohortName}}”: please sign in',
      html: `<p>Hello {{displayName}},</p>
<p>someone has just applied for the cohort <strong>{{cohortName}}</strong> with your e-mail address without being signed in. This address already has a KoKo Campus account, so the application was not saved.</p>
<p>If you would like to apply, please sign in and apply using the following link:</p>
${button('signInUrl', 'Sign in and apply')}
<p>If this was not you, you can ignore this e-mail; nothing has changed in your account.</p>`,
      text: `Hello {{displayName}},

someone has just applied for the cohort “{{cohortName}}” with your e-mail address without being signed in. This address already has a KoKo Campus account, so the application was not saved.

If you would like to apply, please sign in and apply using the following link:
{{signInUrl}}

If this was not you, you can ignore this e-mail; nothing has changed in your account.`,
    },
  },
  'enrolment-admitted': {
    de: {
      subject: 'Zusage: Sie sind für „{{cohortName}}“ zugelassen',
      html: `<p>Guten Tag {{displayName}},</p>
<p>wir freuen uns, Ihnen mitzuteilen, dass Sie als Teilnehmer:in für den Durchgang <strong>{{cohortName}}</strong> zugelassen sind.</p>
${messageHtml(TEAM_MESSAGE.de)}
<p>Die Module, Termine und Transferaufgaben Ihres Durchgangs finden Sie in Ihrer Übersicht:</p>
${DASHBOARD.de.html}`,
      text: `Guten Tag {{displayName}},

wir freuen uns, Ihnen mitzuteilen, dass Sie als Teilnehmer:in für den Durchgang „{{cohortName}}“ zugelassen sind.${messageText(TEAM_MESSAGE.de)}

Die Module, Termine und Transferaufgaben Ihres Durchgangs finden Sie in Ihrer Übersicht:
{{dashboardUrl}}`,
    },
    en: {
      subject: 'You have been admitted to “{{cohortName}}”',
      html: `<p>Hello {{displayName}},</p>
<p>we are pleased to let you know that you have been admitted as a participant to the cohort <strong>{{cohortName}}</strong>.</p>
${messageHtml(TEAM_MESSAGE.en)}
<p>You will find your cohort’s modules, sessions and transfer assignments in your overview:</p>
${DASHBOARD.en.html}`,
      text: `Hello {{displayName}},

we are pleased to let you know that you have been admitted as a participant to the cohort “{{cohortName}}”.${messageText(TEAM_MESSAGE.en)}

You will find your cohort’s modules, sessions and transfer assignments in your overview:
{{dashboardUrl}}`,
    },
  },
  'enrolment-moved-up': {
    de: {
      subject: 'Sie sind von der Warteliste nachgerückt: „{{cohortName}}“',
      html: `<p>Guten Tag {{displayName}},</p>
<p>im Durchgang <strong>{{cohortName}}</strong> ist ein Platz frei geworden. Sie sind von der Warteliste nachgerückt und als Teilnehmer:in zugelassen.</p>
${messageHtml(TEAM_MESSAGE.de)}
<p>Die Module, Termine und Transferaufgaben Ihres Durchgangs finden Sie in Ihrer Übersicht:</p>
${DASHBOARD.de.html}`,
      text: `Guten Tag {{displayName}},

im Durchgang „{{cohortName}}“ ist ein Platz frei geworden. Sie sind von der Warteliste nachgerückt und als Teilnehmer:in zugelassen.${messageText(TEAM_MESSAGE.de)}

Die Module, Termine und Transferaufgaben Ihres Durchgangs finden Sie in Ihrer Übersicht:
{{dashboardUrl}}`,
    },
    en: {
      subject: 'You have moved up from the waitlist: “{{cohortName}}”',
      html: `<p>Hello {{displayName}},</p>
<p>a place has become free in the cohort <strong>{{cohortName}}</strong>. You have moved up from the waitlist and are now admitted as a participant.</p>
${messageHtml(TEAM_MESSAGE.en)}
<p>You will find your cohort’s modules, sessions and transfer assignments in your overview:</p>
${DASHBOARD.en.html}`,
      text: `Hello {{displayName}},

a place has become free in the cohort “{{cohortName}}”. You have moved up from the waitlist and are now admitted as a participant.${messageText(TEAM_MESSAGE.en)}

You will find your cohort’s modules, sessions and transfer assignments in your overview:
{{dashboardUrl}}`,
    },
  },
  'enrolment-waitlisted': {
    de: {
      subject: 'Ihre Bewerbung für „{{cohortName}}“: Platz auf der Warteliste',
      html: `<p>Guten Tag {{displayName}},</p>
<p>alle Plätze im Durchgang <strong>{{cohortName}}</strong> sind derzeit vergeben. Wir haben Sie deshalb auf die Warteliste gesetzt.</p>
<p>Wird ein Platz frei, rücken Sie in der Reihenfolge der Warteliste automatisch nach; Sie erhalten dann eine E-Mail.</p>
${messageHtml(TEAM_MESSAGE.de)}
${DASHBOARD.de.html}`,
      text: `Guten Tag {{displayName}},

alle Plätze im Durchgang „{{cohortName}}“ sind derzeit vergeben. Wir haben Sie deshalb auf die Warteliste gesetzt.

Wird ein Platz frei, rücken Sie in der Reihenfolge der Warteliste automatisch nach; Sie erhalten dann eine E-Mail.${messageText(TEAM_MESSAGE.de)}

${DASHBOARD.de.text}`,
    },
    en: {
      subject: 'Your application for “{{cohortName}}”: a place on the waitlist',
      html: `<p>Hello {{displayName}},</p>
<p>all places in the cohort <strong>{{cohortName}}</strong> are currently taken, so we have put you on the waitlist.</p>
<p>If a place becomes free, you will move up automatically in waitlist order and receive an e-mail.</p>
${messageHtml(TEAM_MESSAGE.en)}
${DASHBOARD.en.html}`,
      text: `Hello {{displayName}},

all places in the cohort “{{cohortName}}” are currently taken, so we have put you on the waitlist.

If a place becomes free, you will move up automatically in waitlist order and receive an e-mail.${messageText(TEAM_MESSAGE.en)}

${DASHBOARD.en.text}`,
    },
  },
  'enrolment-declined': {
    de: {
      subject: 'Ihre Bewerbung für „{{cohortName}}“',
      html: `<p>Guten Tag {{displayName}},</p>
<p>vielen Dank für Ihr Interesse am Durchgang <strong>{{cohortName}}</strong>. Leider können wir Ihnen in diesem Durchgang keinen Platz anbieten.</p>
${messageHtml(TEAM_MESSAGE.de)}
<p>Sie können sich gern für einen späteren Durchgang erneut bewerben.</p>
${DASHBOARD.de.html}`,
      text: `Guten Tag {{displayName}},

vielen Dank für Ihr Interesse am Durchgang „{{cohortName}}“. Leider können wir Ihnen in diesem Durchgang keinen Platz anbieten.${messageText(TEAM_MESSAGE.de)}

Sie können sich gern für einen späteren Durchgang erneut bewerben.

${DASHBOARD.de.text}`,
    },
    en: {
      subject: 'Your application for “{{cohortName}}”',
      html: `<p>Hello {{displayName}},</p>
<p>thank you for your interest in the cohort <strong>{{cohortName}}</strong>. Unfortunately we cannot offer you a place in this cohort.</p>
${messageHtml(TEAM_MESSAGE.en)}
<p>You are welcome to apply again for a later cohort.</p>
${DASHBOARD.en.html}`,
      text: `Hello {{displayName}},

thank you for your interest in the cohort “{{cohortName}}”. Unfortunately we cannot offer you a place in this cohort.${messageText(TEAM_MESSAGE.en)}

You are welcome to apply again for a later cohort.

${DASHBOARD.en.text}`,
    },
  },
  // `bySelf`: the participant withdrew (the message is their own reason), else the programme team did.
  'enrolment-withdrawn': {
    de: {
      subject: 'Bestätigung: Ihre Teilnahme an „{{cohortName}}“ ist beendet',
      html: `<p>Guten Tag {{displayName}},</p>
{{#if bySelf}}<p>hiermit bestätigen wir, dass Sie Ihre Teilnahme am Durchgang <strong>{{cohortName}}</strong> zurückgezogen haben.</p>
${messageHtml('Ihre Begründung:')}{{else}}<p>hiermit bestätigen wir, dass das Programmteam Ihre Teilnahme am Durchgang <strong>{{cohortName}}</strong> beendet hat.</p>
${messageHtml(TEAM_MESSAGE.de)}{{/if}}
<p>Ihr Platz wird damit für andere Teilnehmer:innen frei. Sie können sich gern für einen späteren Durchgang erneut bewerben.</p>
${DASHBOARD.de.html}`,
      text: `Guten Tag {{displayName}},

{{#if bySelf}}hiermit bestätigen wir, dass Sie Ihre Teilnahme am Durchgang „{{cohortName}}“ zurückgezogen haben.${messageText('Ihre Begründung:')}{{else}}hiermit bestätigen wir, dass das Programmteam Ihre Teilnahme am Durchgang „{{cohortName}}“ beendet hat.${messageText(TEAM_MESSAGE.de)}{{/if}}

Ihr Platz wird damit für andere Teilnehmer:innen frei. Sie können sich gern für einen späteren Durchgang erneut bewerben.

${DASHBOARD.de.text}`,
    },
    en: {
      subject: 'Confirmation: your participation in “{{cohortName}}” has ended',
      html: `<p>Hello {{displayName}},</p>
{{#if bySelf}}<p>we confirm that you have withdrawn from the cohort <strong>{{cohortName}}</strong>.</p>
${messageHtml('Your reason:')}{{else}}<p>we confirm that the programme team has ended your participation in the cohort <strong>{{cohortName}}</strong>.</p>
${messageHtml(TEAM_MESSAGE.en)}{{/if}}
<p>Your place is now free for other participants. You are welcome to apply again for a later cohort.</p>
${DASHBOARD.en.html}`,
      text: `Hello {{displayName}},

{{#if bySelf}}we confirm that you have withdrawn from the cohort “{{cohortName}}”.${messageText('Your reason:')}{{else}}we confirm that the programme team has ended your participation in the cohort “{{cohortName}}”.${messageText(TEAM_MESSAGE.en)}{{/if}}

Your place is now free for other participants. You are welcome to apply again for a later cohort.

${DASHBOARD.en.text}`,
    },
  },
};

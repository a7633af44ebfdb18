import type { MailTemplate } from './index';

/**
 * Counselling mails. Every context: displayName (the recipient), topicTitle (in the recipient's
 * language), municipalityName, requestUrl. `counselling-received` and `counselling-team` add
 * `acute` (`counselling-received` also `setPasswordUrl` for a request from the public form); `counselling-status` adds statusLabel, closed, declined; `counselling-message` adds
 * `confidential`. Mails never quote a message or a note: the thread is read after signing in.
 */
export type CounsellingTemplateName = 'counselling-received' | 'counselling-team' | 'counselling-assigned' | 'counselling-status' | 'counselling-message';

const button = (label: string) =>
  `<p><a href="{{requestUrl}}" style="display:inline-block;padding:12px 20px;background:#005a9c;color:#ffffff;text-decoration:none;border-radius:4px;">${label}</a></p>`;
const what = `<p><strong>{{topicTitle}}</strong><br>{{municipalityName}}</p>`;
const whatText = `{{topicTitle}}
{{municipalityName}}`;

/** Status names in mails (the web app's words). */
export const COUNSELLING_STATUS_LABELS: Record<'de' | 'en', Record<string, string>> = {
  de: { new: 'neu', accepted: 'angenommen', in_progress: 'in Bearbeitung', closed: 'abgeschlossen', declined: 'abgelehnt' },
  en: { new: 'new', accepted: 'accepted', in_progress: 'in progress', closed: 'closed', declined: 'declined' },
};

const team: MailTemplate = {
  subject: '{{#if acute}}AKUTE KRISE – {{/if}}Neue Beratungsanfrage: {{municipalityName}}',
  html: `<p>Eine neue Beratungsanfrage ist eingegangen{{#if acute}} – <strong>als akute Krise</strong>. Bitte ordnen Sie heute noch eine Berater:in zu{{/if}}.</p>
${what}
${button('Anfrage öffnen')}`,
  text: `Eine neue Beratungsanfrage ist eingegangen{{#if acute}} – als akute Krise. Bitte ordnen Sie heute noch eine Berater:in zu{{/if}}.

${whatText}

Anfrage öffnen: {{requestUrl}}`,
};

export const COUNSELLING_TEMPLATES: Record<CounsellingTemplateName, Record<'de' | 'en', MailTemplate>> = {
  'counselling-received': {
    de: {
      subject: '{{#if acute}}Akute Krise: {{/if}}Ihre Beratungsanfrage ist eingegangen',
      html: `<p>Guten Tag {{displayName}},</p>
<p>vielen Dank für Ihre Anfrage. Wir haben sie erhalten.</p>
${what}
{{#if setPasswordUrl}}<p>Mit Ihrer Anfrage haben wir ein Konto bei KoKo Campus für Sie angelegt. Bitte legen Sie über den folgenden Link (sieben Tage gültig) Ihr Passwort fest; danach sehen Sie Ihre Anfrage, Nachrichten und Termine, sobald Sie angemeldet sind:</p>
<p><a href="{{setPasswordUrl}}" style="display:inline-block;padding:12px 20px;background:#005a9c;color:#ffffff;text-decoration:none;border-radius:4px;">Passwort festlegen</a></p>{{/if}}
{{#if acute}}<p><strong>Sie haben eine akute Krise gemeldet.</strong> Das Programmteam ist informiert und meldet sich so schnell wie möglich bei Ihnen – in der Regel noch am selben Arbeitstag. Bei Gefahr für Leib und Leben wählen Sie bitte sofort den Notruf 110.</p>{{else}}<p>Das Programmteam ordnet Ihrer Anfrage eine Berater:in zu, die sich bei Ihnen meldet.</p>{{/if}}
${button('Anfrage ansehen')}`,
      text: `Guten Tag {{displayName}},

vielen Dank für Ihre Anfrage. Wir haben sie erhalten.

${whatText}
{{#if setPasswordUrl}}
Mit Ihrer Anfrage haben wir ein Konto bei KoKo Campus für Sie angelegt. Bitte legen Sie über den folgenden Link (sieben Tage gültig) Ihr Passwort fest; danach sehen Sie Ihre Anfrage, Nachrichten und Termine, sobald Sie angemeldet sind:
{{setPasswordUrl}}
{{/if}}

{{#if acute}}Sie haben eine akute Krise gemeldet. Das Programmteam ist informiert und meldet sich so schnell wie möglich bei Ihnen – in der Regel noch am selben Arbeitstag. Bei Gefahr für Leib und Leben wählen Sie bitte sofort den Notruf 110.{{else}}Das Programmteam ordnet Ihrer Anfrage eine Berater:in zu, die sich bei Ihnen meldet.{{/if}}

Anfrage ansehen: {{requestUrl}}`,
    },
    en: {
      subject: '{{#if acute}}Acute crisis: {{/if}}We have received your counselling request',
      html: `<p>Hello {{displayName}},</p>
<p>thank you for your request. We have received it.</p>
${what}
{{#if setPasswordUrl}}<p>With your request we have created a KoKo Campus account for you. Please set your password using the following link (valid for seven days); afterwards you see your request, messages and appointments after signing in:</p>
<p><a href="{{setPasswordUrl}}" style="display:inline-block;padding:12px 20px;background:#005a9c;color:#ffffff;text-decoration:none;border-radius:4px;">Set password</a></p>{{/if}}
{{#if acute}}<p><strong>You reported an acute crisis.</strong> The programme team has been told and will get in touch as soon as possible – usually on the same working day. If anyone is in danger, please call the emergency number 110 at once.</p>{{else}}<p>The programme team will assign an advisor to your request, who will get in touch with you.</p>{{/if}}
${button('View request')}`,
      text: `Hello {{displayName}},

thank you for your request. We have received it.

${whatText}
{{#if setPasswordUrl}}
With your request we have created a KoKo Campus account for you. Please set your password using the following link (valid for seven days); afterwards you see your request, messages and appointments after signing in:
{{setPasswordUrl}}
{{/if}}

{{#if acute}}You reported an acute crisis. The programme team has been told and will get in touch as soon as possible – usually on the same working day. If anyone is in danger, please call the emergency number 110 at once.{{else}}The programme team will assign an advisor to your request, who will get in touch with you.{{/if}}

View request: {{requestUrl}}`,
    },
  },
  'counselling-team': { de: team, en: team },
  'counselling-assigned': {
    de: {
      subject: 'Ihnen wurde eine Beratungsanfrage zugeordnet: {{municipalityName}}',
      html: `<p>Guten Tag {{displayName}},</p>
<p>das Programmteam hat Ihnen eine Beratungsanfrage zugeordnet. Bitte nehmen Sie sie an und melden Sie sich bei der anfragenden Person.</p>
${what}
${button('Anfrage öffnen')}`,
      text: `Guten Tag {{displayName}},

das Programmteam hat Ihnen eine Beratungsanfrage zugeordnet. Bitte nehmen Sie sie an und melden Sie sich bei der anfragenden Person.

${whatText}

Anfrage öffnen: {{requestUrl}}`,
    },
    en: {
      subject: 'A counselling request has been assigned to you: {{municipalityName}}',
      html: `<p>Hello {{displayName}},</p>
<p>the programme team has assigned a counselling request to you. Please accept it and get in touch with the requester.</p>
${what}
${button('Open request')}`,
      text: `Hello {{displayName}},

the programme team has assigned a counselling request to you. Please accept it and get in touch with the requester.

${whatText}

Open request: {{requestUrl}}`,
    },
  },
  'counselling-status': {
    de: {
      subject: 'Ihre Beratungsanfrage ist jetzt {{statusLabel}}',
      html: `<p>Guten Tag {{displayName}},</p>
<p>Ihre Beratungsanfrage ist jetzt <strong>{{statusLabel}}</strong>.{{#if closed}} Die Zusammenfassung des Ergebnisses finden Sie bei der Anfrage.{{/if}}{{#if declined}} Den Grund finden Sie bei der Anfrage.{{/if}}</p>
${what}
${button('Anfrage ansehen')}`,
      text: `Guten Tag {{displayName}},

Ihre Beratungsanfrage ist jetzt {{statusLabel}}.{{#if closed}} Die Zusammenfassung des Ergebnisses finden Sie bei der Anfrage.{{/if}}{{#if declined}} Den Grund finden Sie bei der Anfrage.{{/if}}

${whatText}

Anfrage ansehen: {{requestUrl}}`,
    },
    en: {
      subject: 'Your counselling request is now {{statusLabel}}',
      html: `<p>Hello {{displayName}},</p>
<p>your counselling request is now <strong>{{statusLabel}}</strong>.{{#if closed}} You will find the summary of the outcome with the request.{{/if}}{{#if declined}} You will find the reason with the request.{{/if}}</p>
${what}
${button('View request')}`,
      text: `Hello {{displayName}},

your counselling request is now {{statusLabel}}.{{#if closed}} You will find the summary of the outcome with the request.{{/if}}{{#if declined}} You will find the reason with the request.{{/if}}

${whatText}

View request: {{requestUrl}}`,
    },
  },
  'counselling-message': {
    de: {
      subject: '{{#if confidential}}Neue vertrauliche Notiz{{else}}Neue Nachricht{{/if}} zur Beratungsanfrage: {{municipalityName}}',
      html: `<p>Guten Tag {{displayName}},</p>
<p>zu einer Beratungsanfrage gibt es {{#if confidential}}eine neue vertrauliche Notiz (nur für Berater:innen){{else}}eine neue Nachricht{{/if}}. Sie lesen sie in KoKo Campus bei der Anfrage, sobald Sie angemeldet sind.</p>
${what}
${button('Nachricht lesen')}`,
      text: `Guten Tag {{displayName}},

zu einer Beratungsanfrage gibt es {{#if confidential}}eine neue vertrauliche Notiz (nur für Berater:innen){{else}}eine neue Nachricht{{/if}}. Sie lesen sie in KoKo Campus bei der Anfrage, sobald Sie angemeldet sind.

${whatText}

Nachricht lesen: {{requestUrl}}`,
    },
    en: {
      subject: '{{#if confidential}}New confidential note{{else}}New message{{/if}} on a counselling request: {{municipalityName}}',
      html: `<p>Hello {{displayName}},</p>
<p>there is {{#if confidential}}a new confidential note (for advisors only){{else}}a new message{{/if}} on a counselling request. You can read it with the request after signing in.</p>
${what}
${button('Read message')}`,
      text: `Hello {{displayName}},

there is {{#if confidential}}a new confidential note (for advisors only){{else}}a new message{{/if}} on a counselling request. You can read it with the request after signing in.

${whatText}

Read message: {{requestUrl}}`,
    },
  },
};

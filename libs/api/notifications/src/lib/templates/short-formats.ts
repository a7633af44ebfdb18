import type { MailTemplate } from './index';

/**
 * Mails to registrants of a short format. Every context carries the ShortFormatRegistrantMailEvent
 * fields: name, title, startsAt, endsAt, format flags (online, inPerson), address, joinUrl (confirmed
 * only), manageUrl, confirmBy, offerExpiresAt, waitingPosition, checkInCode, checkInQrUrl (in person and
 * hybrid, confirmed only), note (null when absent).
 * Links open a page with a button: opening a link never changes a registration (mail scanners open them).
 */
export type ShortFormatTemplateName =
  | 'short-format-confirm-request'
  | 'short-format-confirmed'
  | 'short-format-waiting'
  | 'short-format-offer'
  | 'short-format-offer-expired'
  | 'short-format-cancelled'
  | 'short-format-event-cancelled'
  | 'short-format-attendance-confirmation'
  | 'short-format-reminder';

const button = (url: string, label: string) =>
  `<p><a href="{{${url}}}" style="display:inline-block;padding:12px 20px;background:#005a9c;color:#ffffff;text-decoration:none;border-radius:4px;">${label}</a></p>`;

const eventDe = `<p><strong>{{title}}</strong><br>{{formatDate startsAt}} bis {{formatDate endsAt}}{{#if address}}<br>{{address}}{{/if}}{{#if online}}<br>Online{{/if}}</p>`;
const eventEn = `<p><strong>{{title}}</strong><br>{{formatDate startsAt}} to {{formatDate endsAt}}{{#if address}}<br>{{address}}{{/if}}{{#if online}}<br>Online{{/if}}</p>`;
const eventTextDe = `{{title}}
{{formatDate startsAt}} bis {{formatDate endsAt}}{{#if address}}
{{address}}{{/if}}{{#if online}}
Online{{/if}}`;
const eventTextEn = `{{title}}
{{formatDate startsAt}} to {{formatDate endsAt}}{{#if address}}
{{address}}{{/if}}{{#if online}}
Online{{/if}}`;

const t = (de: MailTemplate, en: MailTemplate) => ({ de, en });

export const SHORT_FORMAT_TEMPLATES: Record<ShortFormatTemplateName, Record<'de' | 'en', MailTemplate>> = {
  'short-format-confirm-request': t(
    {
      subject: 'Bitte bestätigen Sie Ihre Anmeldung: {{title}}',
      html: `<p>Guten Tag {{name}},</p>
<p>vielen Dank für Ihre Anmeldung zu:</p>
${eventDe}
<p>Ihre Anmeldung gilt erst, wenn Sie sie bestätigen. Der Link öffnet eine Seite, auf der Sie die Anmeldung mit einer Schaltfläche bestätigen oder zurückziehen:</p>
${button('manageUrl', 'Anmeldung bestätigen')}
<p>Bitte bestätigen Sie bis {{formatDate confirmBy}}; danach verfällt die Anmeldung.</p>
<p>Falls Sie sich nicht angemeldet haben, können Sie diese E-Mail ignorieren.</p>`,
      text: `Guten Tag {{name}},

vielen Dank für Ihre Anmeldung zu:
${eventTextDe}

Ihre Anmeldung gilt erst, wenn Sie sie bestätigen. Der Link öffnet eine Seite, auf der Sie die Anmeldung mit einer Schaltfläche bestätigen oder zurückziehen:
{{manageUrl}}

Bitte bestätigen Sie bis {{formatDate confirmBy}}; danach verfällt die Anmeldung.
Falls Sie sich nicht angemeldet haben, können Sie diese E-Mail ignorieren.`,
    },
    {
      subject: 'Please confirm your registration: {{title}}',
      html: `<p>Hello {{name}},</p>
<p>thank you for registering for:</p>
${eventEn}
<p>Your registration counts once you confirm it. The link opens a page where you confirm or withdraw it with a button:</p>
${button('manageUrl', 'Confirm registration')}
<p>Please confirm by {{formatDate confirmBy}}; after that the registration lapses.</p>
<p>If you did not register, you can ignore this e-mail.</p>`,
      text: `Hello {{name}},

thank you for registering for:
${eventTextEn}

Your registration counts once you confirm it. The link opens a page where you confirm or withdraw it with a button:
{{manageUrl}}

Please confirm by {{formatDate confirmBy}}; after that the registration lapses.
If you did not register, you can ignore this e-mail.`,
    },
  ),
  'short-format-confirmed': t(
    {
      subject: 'Ihr Platz ist bestätigt: {{title}}',
      html: `<p>Guten Tag {{name}},</p>
<p>Ihr Platz ist bestätigt:</p>
${eventDe}
{{#if joinUrl}}<p>Zugangslink: <a href="{{joinUrl}}">{{joinUrl}}</a></p>{{/if}}
<p>Ihr Check-in-Code: <strong>{{checkInCode}}</strong></p>
{{#if checkInQrUrl}}<p>Zeigen Sie beim Einlass diesen QR-Code oder nennen Sie den Code:</p>
<p><img src="{{checkInQrUrl}}" alt="QR-Code für den Check-in (Code {{checkInCode}})" width="200" height="200"></p>{{/if}}
{{#if online}}<p>Online checken Sie über den Link unten selbst ein: ab 15 Minuten vor Beginn bis zum Ende der Veranstaltung.</p>{{/if}}
<p>Wenn Sie nicht teilnehmen können, geben Sie Ihren Platz bitte frei, damit die nächste Person auf der Warteliste nachrücken kann:</p>
${button('manageUrl', 'Anmeldung ansehen')}`,
      text: `Guten Tag {{name}},

Ihr Platz ist bestätigt:
${eventTextDe}
{{#if joinUrl}}
Zugangslink: {{joinUrl}}{{/if}}

Ihr Check-in-Code: {{checkInCode}}{{#if online}}
Online checken Sie über den Link unten selbst ein: ab 15 Minuten vor Beginn bis zum Ende der Veranstaltung.{{/if}}

Wenn Sie nicht teilnehmen können, geben Sie Ihren Platz bitte frei, damit die nächste Person auf der Warteliste nachrücken kann:
{{manageUrl}}`,
    },
    {
      subject: 'Your place is confirmed: {{title}}',
      html: `<p>Hello {{name}},</p>
<p>your place is confirmed:</p>
${eventEn}
{{#if joinUrl}}<p>Join link: <a href="{{joinUrl}}">{{joinUrl}}</a></p>{{/if}}
<p>Your check-in code: <strong>{{checkInCode}}</strong></p>
{{#if checkInQrUrl}}<p>Show this QR code at the entrance or tell us the code:</p>
<p><img src="{{checkInQrUrl}}" alt="QR code for check-in (code {{checkInCode}})" width="200" height="200"></p>{{/if}}
{{#if online}}<p>Online, you check in yourself through the link below: from 15 minutes before the start until the end of the event.</p>{{/if}}
<p>If you cannot attend, please give up your place so the next person on the waiting list can move up:</p>
${button('manageUrl', 'View registration')}`,
      text: `Hello {{name}},

your place is confirmed:
${eventTextEn}
{{#if joinUrl}}
Join link: {{joinUrl}}{{/if}}

Your check-in code: {{checkInCode}}{{#if online}}
Online, you check in yourself through the link below: from 15 minutes before the start until the end of the event.{{/if}}

If you cannot attend, please give up your place so the next person on the waiting list can move up:
{{manageUrl}}`,
    },
  ),
  'short-format-waiting': t(
    {
      subject: 'Sie stehen auf der Warteliste: {{title}}',
      html: `<p>Guten Tag {{name}},</p>
<p>alle Plätze sind vergeben. Sie stehen auf Platz <strong>{{waitingPosition}}</strong> der Warteliste für:</p>
${eventDe}
<p>Wird ein Platz frei, bieten wir ihn in der Reihenfolge der Bestätigungen an; Sie erhalten dann eine E-Mail. Die Warteliste verlassen Sie mit einem Klick:</p>
${button('manageUrl', 'Anmeldung ansehen')}`,
      text: `Guten Tag {{name}},

alle Plätze sind vergeben. Sie stehen auf Platz {{waitingPosition}} der Warteliste für:
${eventTextDe}

Wird ein Platz frei, bieten wir ihn in der Reihenfolge der Bestätigungen an; Sie erhalten dann eine E-Mail. Die Warteliste verlassen Sie mit einem Klick:
{{manageUrl}}`,
    },
    {
      subject: 'You are on the waiting list: {{title}}',
      html: `<p>Hello {{name}},</p>
<p>all places are taken. You are number <strong>{{waitingPosition}}</strong> on the waiting list for:</p>
${eventEn}
<p>When a place frees up, it is offered in the order of confirmation and you will get an e-mail. You can leave the waiting list with one click:</p>
${button('manageUrl', 'View registration')}`,
      text: `Hello {{name}},

all places are taken. You are number {{waitingPosition}} on the waiting list for:
${eventTextEn}

When a place frees up, it is offered in the order of confirmation and you will get an e-mail. You can leave the waiting list with one click:
{{manageUrl}}`,
    },
  ),
  'short-format-offer': t(
    {
      subject: 'Ein Platz ist frei geworden: {{title}}',
      html: `<p>Guten Tag {{name}},</p>
<p>ein Platz ist frei geworden und wir halten ihn für Sie bis <strong>{{formatDate offerExpiresAt}}</strong> frei:</p>
${eventDe}
<p>Bitte nehmen Sie den Platz auf der folgenden Seite an; danach geht er an die nächste Person auf der Warteliste.</p>
${button('manageUrl', 'Platz ansehen und annehmen')}`,
      text: `Guten Tag {{name}},

ein Platz ist frei geworden und wir halten ihn für Sie bis {{formatDate offerExpiresAt}} frei:
${eventTextDe}

Bitte nehmen Sie den Platz auf der folgenden Seite an; danach geht er an die nächste Person auf der Warteliste.
{{manageUrl}}`,
    },
    {
      subject: 'A place has become free: {{title}}',
      html: `<p>Hello {{name}},</p>
<p>a place has become free and we hold it for you until <strong>{{formatDate offerExpiresAt}}</strong>:</p>
${eventEn}
<p>Please accept it on the following page; after that it goes to the next person on the waiting list.</p>
${button('manageUrl', 'View and accept the place')}`,
      text: `Hello {{name}},

a place has become free and we hold it for you until {{formatDate offerExpiresAt}}:
${eventTextEn}

Please accept it on the following page; after that it goes to the next person on the waiting list.
{{manageUrl}}`,
    },
  ),
  'short-format-offer-expired': t(
    {
      subject: 'Das Platzangebot ist abgelaufen: {{title}}',
      html: `<p>Guten Tag {{name}},</p>
<p>Sie haben den angebotenen Platz nicht rechtzeitig angenommen; er wurde an die nächste Person auf der Warteliste weitergegeben.</p>
${eventDe}`,
      text: `Guten Tag {{name}},

Sie haben den angebotenen Platz nicht rechtzeitig angenommen; er wurde an die nächste Person auf der Warteliste weitergegeben.
${eventTextDe}`,
    },
    {
      subject: 'The offered place has lapsed: {{title}}',
      html: `<p>Hello {{name}},</p>
<p>you did not accept the offered place in time; it has gone to the next person on the waiting list.</p>
${eventEn}`,
      text: `Hello {{name}},

you did not accept the offered place in time; it has gone to the next person on the waiting list.
${eventTextEn}`,
    },
  ),
  'short-format-cancelled': t(
    {
      subject: 'Ihre Anmeldung ist storniert: {{title}}',
      html: `<p>Guten Tag {{name}},</p>
<p>Ihre Anmeldung ist storniert. Falls Sie einen Platz hatten, geht er an die nächste Person auf der Warteliste.</p>
${eventDe}`,
      text: `Guten Tag {{name}},

Ihre Anmeldung ist storniert. Falls Sie einen Platz hatten, geht er an die nächste Person auf der Warteliste.
${eventTextDe}`,
    },
    {
      subject: 'Your registration is cancelled: {{title}}',
      html: `<p>Hello {{name}},</p>
<p>your registration is cancelled. If you had a place, it goes to the next person on the waiting list.</p>
${eventEn}`,
      text: `Hello {{name}},

your registration is cancelled. If you had a place, it goes to the next person on the waiting list.
${eventTextEn}`,
    },
  ),
  'short-format-event-cancelled': t(
    {
      subject: 'Abgesagt: {{title}}',
      html: `<p>Guten Tag {{name}},</p>
<p>leider müssen wir die folgende Veranstaltung absagen:</p>
${eventDe}
{{#if note}}<blockquote style="margin:0 0 16px;padding:8px 16px;border-left:4px solid #ccd3da;white-space:pre-line;">{{note}}</blockquote>{{/if}}
<p>Ihre Anmeldung ist damit hinfällig. Wir bitten um Entschuldigung.</p>`,
      text: `Guten Tag {{name}},

leider müssen wir die folgende Veranstaltung absagen:
${eventTextDe}
{{#if note}}
{{note}}
{{/if}}
Ihre Anmeldung ist damit hinfällig. Wir bitten um Entschuldigung.`,
    },
    {
      subject: 'Cancelled: {{title}}',
      html: `<p>Hello {{name}},</p>
<p>unfortunately we have to cancel the following event:</p>
${eventEn}
{{#if note}}<blockquote style="margin:0 0 16px;padding:8px 16px;border-left:4px solid #ccd3da;white-space:pre-line;">{{note}}</blockquote>{{/if}}
<p>Your registration no longer applies. We apologise.</p>`,
      text: `Hello {{name}},

unfortunately we have to cancel the following event:
${eventTextEn}
{{#if note}}
{{note}}
{{/if}}
Your registration no longer applies. We apologise.`,
    },
  ),
  'short-format-attendance-confirmation': t(
    {
      subject: 'Ihre Teilnahmebescheinigung: {{title}}',
      html: `<p>Guten Tag {{name}},</p>
<p>vielen Dank für Ihre Teilnahme an:</p>
${eventDe}
<p>Ihre Teilnahmebescheinigung (PDF, ausgestellt im Auftrag der Hochschule Niederrhein) steht bereit. Sie laden sie auf der Seite Ihrer Anmeldung herunter:</p>
${button('manageUrl', 'Teilnahmebescheinigung herunterladen')}
<p>Die Echtheit der Bescheinigung lässt sich über ihren QR-Code prüfen.</p>`,
      text: `Guten Tag {{name}},

vielen Dank für Ihre Teilnahme an:
${eventTextDe}

Ihre Teilnahmebescheinigung (PDF, ausgestellt im Auftrag der Hochschule Niederrhein) steht bereit. Sie laden sie auf der Seite Ihrer Anmeldung herunter:
{{manageUrl}}

Die Echtheit der Bescheinigung lässt sich über ihren QR-Code prüfen.`,
    },
    {
      subject: 'Your certificate of attendance: {{title}}',
      html: `<p>Hello {{name}},</p>
<p>thank you for attending:</p>
${eventEn}
<p>Your certificate of attendance (PDF, issued on behalf of Hochschule Niederrhein) is ready. Download it from the page of your registration:</p>
${button('manageUrl', 'Download certificate of attendance')}
<p>Its authenticity can be verified through its QR code.</p>`,
      text: `Hello {{name}},

thank you for attending:
${eventTextEn}

Your certificate of attendance (PDF, issued on behalf of Hochschule Niederrhein) is ready. Download it from the page of your registration:
{{manageUrl}}

Its authenticity can be verified through its QR code.`,
    },
  ),
  'short-format-reminder': t(
    {
      subject: 'Erinnerung: {{title}} am {{formatDate startsAt}}',
      html: `<p>Guten Tag {{name}},</p>
<p>wir erinnern Sie an Ihre Veranstaltung:</p>
${eventDe}
{{#if joinUrl}}<p>Zugangslink: <a href="{{joinUrl}}">{{joinUrl}}</a></p>{{/if}}
{{#if checkInCode}}<p>Ihr Check-in-Code: <strong>{{checkInCode}}</strong></p>{{/if}}
{{#if checkInQrUrl}}<p><img src="{{checkInQrUrl}}" alt="QR-Code für den Check-in (Code {{checkInCode}})" width="200" height="200"></p>{{/if}}
<p>Wenn Sie nicht teilnehmen können, geben Sie Ihren Platz bitte frei, damit die nächste Person auf der Warteliste nachrücken kann:</p>
${button('manageUrl', 'Anmeldung ansehen')}`,
      text: `Guten Tag {{name}},

wir erinnern Sie an Ihre Veranstaltung:
${eventTextDe}
{{#if joinUrl}}
Zugangslink: {{joinUrl}}{{/if}}{{#if checkInCode}}

Ihr Check-in-Code: {{checkInCode}}{{/if}}

Wenn Sie nicht teilnehmen können, geben Sie Ihren Platz bitte frei, damit die nächste Person auf der Warteliste nachrücken kann:
{{manageUrl}}`,
    },
    {
      subject: 'Reminder: {{title}} on {{formatDate startsAt}}',
      html: `<p>Hello {{name}},</p>
<p>this is a reminder of your event:</p>
${eventEn}
{{#if joinUrl}}<p>Join link: <a href="{{joinUrl}}">{{joinUrl}}</a></p>{{/if}}
{{#if checkInCode}}<p>Your check-in code: <strong>{{checkInCode}}</strong></p>{{/if}}
{{#if checkInQrUrl}}<p><img src="{{checkInQrUrl}}" alt="QR code for check-in (code {{checkInCode}})" width="200" height="200"></p>{{/if}}
<p>If you cannot attend, please give up your place so the next person on the waiting list can move up:</p>
${button('manageUrl', 'View registration')}`,
      text: `Hello {{name}},

this is a reminder of your event:
${eventTextEn}
{{#if joinUrl}}
Join link: {{joinUrl}}{{/if}}{{#if checkInCode}}

Your check-in code: {{checkInCode}}{{/if}}

If you cannot attend, please give up your place so the next person on the waiting list can move up:
{{manageUrl}}`,
    },
  ),
};

import type { MailTemplate } from './index';

/**
 * Appointment mails of counselling, each with the appointment's .ics attached. Context:
 * displayName, topicTitle (recipient's language), municipalityName, requestUrl, startsAt, endsAt
 * (ISO, shown in the portal's time zone), formatLabel, location (may be empty), and one of
 * planned / changed / cancelled / reminder.
 */
export type CounsellingAppointmentTemplateName = 'counselling-appointment';

/** Format names in mails (the web app's words). */
export const APPOINTMENT_FORMAT_LABELS: Record<'de' | 'en', Record<string, string>> = {
  de: { phone: 'Telefon', online: 'Online', on_site: 'Vor Ort' },
  en: { phone: 'Phone', online: 'Online', on_site: 'On site' },
};

const button = (label: string) =>
  `<p><a href="{{requestUrl}}" style="display:inline-block;padding:12px 20px;background:#005a9c;color:#ffffff;text-decoration:none;border-radius:4px;">${label}</a></p>`;

const de: MailTemplate = {
  subject:
    '{{#if cancelled}}Abgesagt: {{else}}{{#if changed}}Geändert: {{else}}{{#if reminder}}Erinnerung: {{/if}}{{/if}}{{/if}}Beratungstermin am {{formatDate startsAt}} – {{municipalityName}}',
  html: `<p>Guten Tag {{displayName}},</p>
<p>{{#if planned}}für Ihre Beratungsanfrage ist ein Termin geplant.{{/if}}{{#if changed}}ein Termin zu Ihrer Beratungsanfrage wurde geändert. Es gilt:{{/if}}{{#if cancelled}}der folgende Termin zu Ihrer Beratungsanfrage wurde <strong>abgesagt</strong>.{{/if}}{{#if reminder}}wir erinnern Sie an Ihren Beratungstermin morgen.{{/if}}</p>
<p><strong>{{topicTitle}}</strong><br>{{municipalityName}}</p>
<p>Beginn: {{formatDate startsAt}}<br>Ende: {{formatDate endsAt}}<br>Format: {{formatLabel}}{{#if location}}<br>{{#if online}}Link{{else}}{{#if onSite}}Ort{{else}}Telefon{{/if}}{{/if}}: {{location}}{{/if}}</p>
<p>{{#if cancelled}}Die angehängte Kalenderdatei (.ics) entfernt den Termin aus Ihrem Kalender.{{else}}Mit der angehängten Kalenderdatei (.ics) tragen Sie den Termin in Ihren Kalender ein.{{/if}}</p>
${button('Anfrage ansehen')}`,
  text: `Guten Tag {{displayName}},

{{#if planned}}für Ihre Beratungsanfrage ist ein Termin geplant.{{/if}}{{#if changed}}ein Termin zu Ihrer Beratungsanfrage wurde geändert. Es gilt:{{/if}}{{#if cancelled}}der folgende Termin zu Ihrer Beratungsanfrage wurde abgesagt.{{/if}}{{#if reminder}}wir erinnern Sie an Ihren Beratungstermin morgen.{{/if}}

{{topicTitle}}
{{municipalityName}}

Beginn: {{formatDate startsAt}}
Ende: {{formatDate endsAt}}
Format: {{formatLabel}}{{#if location}}
{{#if online}}Link{{else}}{{#if onSite}}Ort{{else}}Telefon{{/if}}{{/if}}: {{location}}{{/if}}

{{#if cancelled}}Die angehängte Kalenderdatei (.ics) entfernt den Termin aus Ihrem Kalender.{{else}}Mit der angehängten Kalenderdatei (.ics) tragen Sie den Termin in Ihren Kalender ein.{{/if}}

Anfrage ansehen: {{requestUrl}}`,
};

const en: MailTemplate = {
  subject:
    '{{#if cancelled}}Cancelled: {{else}}{{#if changed}}Changed: {{else}}{{#if reminder}}Reminder: {{/if}}{{/if}}{{/if}}Counselling appointment on {{formatDate startsAt}} – {{municipalityName}}',
  html: `<p>Hello {{displayName}},</p>
<p>{{#if planned}}an appointment has been planned for your counselling request.{{/if}}{{#if changed}}an appointment for your counselling request has changed. It now is:{{/if}}{{#if cancelled}}the following appointment for your counselling request has been <strong>cancelled</strong>.{{/if}}{{#if reminder}}this is a reminder of your counselling appointment tomorrow.{{/if}}</p>
<p><strong>{{topicTitle}}</strong><br>{{municipalityName}}</p>
<p>Starts: {{formatDate startsAt}}<br>Ends: {{formatDate endsAt}}<br>Format: {{formatLabel}}{{#if location}}<br>{{#if online}}Link{{else}}{{#if onSite}}Place{{else}}Phone{{/if}}{{/if}}: {{location}}{{/if}}</p>
<p>{{#if cancelled}}The attached calendar file (.ics) removes the appointment from your calendar.{{else}}The attached calendar file (.ics) adds the appointment to your calendar.{{/if}}</p>
${button('View request')}`,
  text: `Hello {{displayName}},

{{#if planned}}an appointment has been planned for your counselling request.{{/if}}{{#if changed}}an appointment for your counselling request has changed. It now is:{{/if}}{{#if cancelled}}the following appointment for your counselling request has been cancelled.{{/if}}{{#if reminder}}this is a reminder of your counselling appointment tomorrow.{{/if}}

{{topicTitle}}
{{municipalityName}}

Starts: {{formatDate startsAt}}
Ends: {{formatDate endsAt}}
Format: {{formatLabel}}{{#if location}}
{{#if online}}Link{{else}}{{#if onSite}}Place{{else}}Phone{{/if}}{{/if}}: {{location}}{{/if}}

{{#if cancelled}}The attached calendar file (.ics) removes the appointment from your calendar.{{else}}The attached calendar file (.ics) adds the appointment to your calendar.{{/if}}

View request: {{requestUrl}}`,
};

export const COUNSELLING_APPOINTMENT_TEMPLATES: Record<CounsellingAppointmentTemplateName, Record<'de' | 'en', MailTemplate>> = {
  'counselling-appointment': { de, en },
};

import type { MailTemplate } from './index';

/**
 * Reports about accessibility barriers. `barrier-report-team` goes to the programme team (always
 * German and English in one, the team reads both): pageUrl, description, name, email, adminUrl.
 * `barrier-report-received` acknowledges receipt to the sender: pageUrl, description.
 */
export type BarrierTemplateName = 'barrier-report-team' | 'barrier-report-received';

const quote = (variable: string) => `<blockquote style="margin:0 0 16px;padding:8px 16px;border-left:4px solid #ccd3da;white-space:pre-line;">{{${variable}}}</blockquote>`;

const team: MailTemplate = {
  subject: 'Barriere gemeldet: {{pageUrl}}',
  html: `<p>Über das Formular „Barriere melden“ ist eine neue Meldung eingegangen.</p>
<p><strong>Seite:</strong> {{pageUrl}}</p>
${quote('description')}
<p><strong>Name:</strong> {{#if name}}{{name}}{{else}}nicht angegeben{{/if}}<br>
<strong>E-Mail:</strong> {{#if email}}{{email}} (wünscht eine Antwort){{else}}nicht angegeben (keine Antwort möglich){{/if}}</p>
<p>Bitte beantworten Sie Meldungen innerhalb von sechs Wochen. Status setzen: <a href="{{adminUrl}}">{{adminUrl}}</a></p>`,
  text: `Über das Formular „Barriere melden“ ist eine neue Meldung eingegangen.

Seite: {{pageUrl}}

{{description}}

Name: {{#if name}}{{name}}{{else}}nicht angegeben{{/if}}
E-Mail: {{#if email}}{{email}} (wünscht eine Antwort){{else}}nicht angegeben (keine Antwort möglich){{/if}}

Bitte beantworten Sie Meldungen innerhalb von sechs Wochen. Status setzen: {{adminUrl}}`,
};

export const BARRIER_TEMPLATES: Record<BarrierTemplateName, Record<'de' | 'en', MailTemplate>> = {
  'barrier-report-team': { de: team, en: team },
  'barrier-report-received': {
    de: {
      subject: 'Ihre Meldung einer Barriere ist eingegangen',
      html: `<p>Guten Tag{{#if name}} {{name}}{{/if}},</p>
<p>vielen Dank für Ihre Meldung. Sie hilft uns, KoKo Campus für alle zugänglich zu machen. Wir haben sie erhalten und antworten Ihnen innerhalb von sechs Wochen.</p>
<p><strong>Seite:</strong> {{pageUrl}}</p>
${quote('description')}
<p>Wenn Sie keine zufriedenstellende Antwort erhalten, können Sie sich an die Ombudsstelle für barrierefreie Informationstechnik des Landes Nordrhein-Westfalen wenden: <a href="https://www.lbb.nrw.de/ombudsstelle-barrierefreie-it">www.lbb.nrw.de/ombudsstelle-barrierefreie-it</a></p>`,
      text: `Guten Tag{{#if name}} {{name}}{{/if}},

vielen Dank für Ihre Meldung. Sie hilft uns, KoKo Campus für alle zugänglich zu machen. Wir haben sie erhalten und antworten Ihnen innerhalb von sechs Wochen.

Seite: {{pageUrl}}

{{description}}

Wenn Sie keine zufriedenstellende Antwort erhalten, können Sie sich an die Ombudsstelle für barrierefreie Informationstechnik des Landes Nordrhein-Westfalen wenden: https://www.lbb.nrw.de/ombudsstelle-barrierefreie-it`,
    },
    en: {
      subject: 'We have received your report of a barrier',
      html: `<p>Hello{{#if name}} {{name}}{{/if}},</p>
<p>thank you for your report. It helps us make KoKo Campus accessible to everyone. We have received it and will answer within six weeks.</p>
<p><strong>Page:</strong> {{pageUrl}}</p>
${quote('description')}
<p>If you do not receive a satisfactory answer, you can turn to the ombudsman office for accessible IT of North Rhine-Westphalia: <a href="https://www.lbb.nrw.de/ombudsstelle-barrierefreie-it">www.lbb.nrw.de/ombudsstelle-barrierefreie-it</a></p>`,
      text: `Hello{{#if name}} {{name}}{{/if}},

thank you for your report. It helps us make KoKo Campus accessible to everyone. We have received it and will answer within six weeks.

Page: {{pageUrl}}

{{description}}

If you do not receive a satisfactory answer, you can turn to the ombudsman office for accessible IT of North Rhine-Westphalia: https://www.lbb.nrw.de/ombudsstelle-barrierefreie-it`,
    },
  },
};

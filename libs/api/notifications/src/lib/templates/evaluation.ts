import type { MailTemplate } from './index';

/**
 * Survey mails. Context: displayName, title (in the recipient's language), closesAt, minGroup, answerUrl (a
 * one-time link: its token sits in the fragment and is void once the survey is answered).
 */
export type EvaluationTemplateName = 'survey-invitation' | 'survey-reminder';

const button = (label: string) =>
  `<p><a href="{{answerUrl}}" style="display:inline-block;padding:12px 20px;background:#005a9c;color:#ffffff;text-decoration:none;border-radius:4px;">${label}</a></p>`;

const anonymityDe = `Ihre Antworten werden ohne Ihren Namen, Ihre E-Mail-Adresse, Ihre IP-Adresse und ohne Uhrzeit gespeichert; gespeichert wird nur, dass Sie teilgenommen haben, damit Sie keine weitere Erinnerung erhalten. Ergebnisse werden erst ab {{minGroup}} Antworten gezeigt.`;
const anonymityEn = `Your answers are stored without your name, your e-mail address, your IP address and without a time; we only record that you took part, so you get no further reminder. Results are shown only from {{minGroup}} responses.`;

const t = (de: MailTemplate, en: MailTemplate) => ({ de, en });

export const EVALUATION_TEMPLATES: Record<EvaluationTemplateName, Record<'de' | 'en', MailTemplate>> = {
  'survey-invitation': t(
    {
      subject: 'Ihre Meinung ist gefragt: {{title}}',
      html: `<p>Guten Tag {{displayName}},</p>
<p>wir laden Sie herzlich zur anonymen Befragung <strong>{{title}}</strong> ein. Sie dauert etwa zehn Minuten und hilft uns, das Programm zu verbessern.</p>
${button('An der Befragung teilnehmen')}
<p>Der Link gilt nur für Sie und nur einmal; Sie müssen sich dafür nicht anmelden. Die Befragung ist bis {{formatDate closesAt}} geöffnet.</p>
<p>${anonymityDe}</p>`,
      text: `Guten Tag {{displayName}},

wir laden Sie herzlich zur anonymen Befragung „{{title}}“ ein. Sie dauert etwa zehn Minuten und hilft uns, das Programm zu verbessern.

An der Befragung teilnehmen:
{{answerUrl}}

Der Link gilt nur für Sie und nur einmal; Sie müssen sich dafür nicht anmelden. Die Befragung ist bis {{formatDate closesAt}} geöffnet.

${anonymityDe}`,
    },
    {
      subject: 'We would like your opinion: {{title}}',
      html: `<p>Hello {{displayName}},</p>
<p>we warmly invite you to the anonymous survey <strong>{{title}}</strong>. It takes about ten minutes and helps us improve the programme.</p>
${button('Take part in the survey')}
<p>The link is yours alone and works once; you do not need to sign in. The survey is open until {{formatDate closesAt}}.</p>
<p>${anonymityEn}</p>`,
      text: `Hello {{displayName}},

we warmly invite you to the anonymous survey "{{title}}". It takes about ten minutes and helps us improve the programme.

Take part in the survey:
{{answerUrl}}

The link is yours alone and works once; you do not need to sign in. The survey is open until {{formatDate closesAt}}.

${anonymityEn}`,
    },
  ),
  'survey-reminder': t(
    {
      subject: 'Erinnerung: {{title}}',
      html: `<p>Guten Tag {{displayName}},</p>
<p>die anonyme Befragung <strong>{{title}}</strong> ist noch bis {{formatDate closesAt}} geöffnet. Falls Sie noch teilnehmen möchten, freuen wir uns über Ihre Antworten.</p>
${button('An der Befragung teilnehmen')}
<p>Dies ist die einzige Erinnerung. Der Link gilt nur für Sie und nur einmal; der Link aus der Einladung gilt ebenfalls weiter.</p>
<p>${anonymityDe}</p>`,
      text: `Guten Tag {{displayName}},

die anonyme Befragung „{{title}}“ ist noch bis {{formatDate closesAt}} geöffnet. Falls Sie noch teilnehmen möchten, freuen wir uns über Ihre Antworten.

An der Befragung teilnehmen:
{{answerUrl}}

Dies ist die einzige Erinnerung. Der Link gilt nur für Sie und nur einmal; der Link aus der Einladung gilt ebenfalls weiter.

${anonymityDe}`,
    },
    {
      subject: 'Reminder: {{title}}',
      html: `<p>Hello {{displayName}},</p>
<p>the anonymous survey <strong>{{title}}</strong> is still open until {{formatDate closesAt}}. If you would still like to take part, we look forward to your answers.</p>
${button('Take part in the survey')}
<p>This is the only reminder. The link is yours alone and works once; the link from the invitation works as well.</p>
<p>${anonymityEn}</p>`,
      text: `Hello {{displayName}},

the anonymous survey "{{title}}" is still open until {{formatDate closesAt}}. If you would still like to take part, we look forward to your answers.

Take part in the survey:
{{answerUrl}}

This is the only reminder. The link is yours alone and works once; the link from the invitation works as well.

${anonymityEn}`,
    },
  ),
};

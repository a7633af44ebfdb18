import type { MailTemplate } from './index';

/**
 * The reminder to the whole team that an acute request is still untaken. Context: displayName
 * (the recipient; "Programmteam" for the team address), topicTitle, municipalityName, requestUrl,
 * filedAt (ISO), workingHours.
 */
export type CounsellingEscalationTemplateName = 'counselling-escalation';

const button = (label: string) =>
  `<p><a href="{{requestUrl}}" style="display:inline-block;padding:12px 20px;background:#b3261e;color:#ffffff;text-decoration:none;border-radius:4px;">${label}</a></p>`;

export const COUNSELLING_ESCALATION_TEMPLATES: Record<CounsellingEscalationTemplateName, Record<'de' | 'en', MailTemplate>> = {
  'counselling-escalation': {
    de: {
      subject: 'AKUTE KRISE noch ohne Berater:in: {{municipalityName}}',
      html: `<p>Guten Tag {{displayName}},</p>
<p>eine als <strong>akute Krise</strong> gemeldete Beratungsanfrage hat nach {{workingHours}} Arbeitsstunden noch niemand angenommen. Sie ist am {{formatDate filedAt}} eingegangen.</p>
<p><strong>{{topicTitle}}</strong><br>{{municipalityName}}</p>
<p>Bitte ordnen Sie jetzt eine Berater:in zu oder nehmen Sie die Anfrage an.</p>
${button('Anfrage öffnen')}`,
      text: `Guten Tag {{displayName}},

eine als akute Krise gemeldete Beratungsanfrage hat nach {{workingHours}} Arbeitsstunden noch niemand angenommen. Sie ist am {{formatDate filedAt}} eingegangen.

{{topicTitle}}
{{municipalityName}}

Bitte ordnen Sie jetzt eine Berater:in zu oder nehmen Sie die Anfrage an.

Anfrage öffnen: {{requestUrl}}`,
    },
    en: {
      subject: 'ACUTE CRISIS still without an advisor: {{municipalityName}}',
      html: `<p>Hello {{displayName}},</p>
<p>a counselling request reported as an <strong>acute crisis</strong> has not been accepted by anyone after {{workingHours}} working hours. It came in on {{formatDate filedAt}}.</p>
<p><strong>{{topicTitle}}</strong><br>{{municipalityName}}</p>
<p>Please assign an advisor or accept the request now.</p>
${button('Open request')}`,
      text: `Hello {{displayName}},

a counselling request reported as an acute crisis has not been accepted by anyone after {{workingHours}} working hours. It came in on {{formatDate filedAt}}.

{{topicTitle}}
{{municipalityName}}

Please assign an advisor or accept the request now.

Open request: {{requestUrl}}`,
    },
  },
};

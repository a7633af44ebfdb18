import type { MailTemplate } from './index';

/**
 * Mails to the holder of a certificate. Every context carries `displayName` (the name as printed)
 * and `number`; the variables of each template are listed above it. Optional values are passed as
 * null, never left out.
 */
export type CertificateTemplateName = 'certificate-issued' | 'certificate-revoked' | 'certificate-reissued';

/** The revocation reason categories as the holder reads them (RevocationReason in the certificates domain). */
export const REVOCATION_REASON_LABELS: Record<'de' | 'en', Record<string, string>> = {
  de: {
    issued_in_error: 'Irrtümlich ausgestellt',
    requirements_not_met: 'Voraussetzungen nicht erfüllt',
    misconduct: 'Fehlverhalten',
    other: 'Sonstiger Grund',
  },
  en: {
    issued_in_error: 'Issued in error',
    requirements_not_met: 'Requirements not met',
    misconduct: 'Misconduct',
    other: 'Other reason',
  },
};

const button = (url: string, label: string) =>
  `<p><a href="{{${url}}}" style="display:inline-block;padding:12px 20px;background:#005a9c;color:#ffffff;text-decoration:none;border-radius:4px;">${label}</a></p>`;
const quote = (variable: string) => `<blockquote style="margin:0 0 16px;padding:8px 16px;border-left:4px solid #ccd3da;white-space:pre-line;">{{${variable}}}</blockquote>`;

export const CERTIFICATE_TEMPLATES: Record<CertificateTemplateName, Record<'de' | 'en', MailTemplate>> = {
  // number, automatic, dashboardUrl, verificationUrl
  'certificate-issued': {
    de: {
      subject: 'Ihr Zertifikat „{{certificateTitle}}“ ist ausgestellt ({{number}})',
      html: `<p>Guten Tag {{displayName}},</p>
<p>herzlichen Glückwunsch! Sie haben alle fünf Module der Qualifizierung im Programm KoKo II abgeschlossen. Die Hochschule Niederrhein hat Ihnen das Zertifikat <strong>{{certificateTitle}}</strong> mit der Nummer <strong>{{number}}</strong> ausgestellt.</p>
{{#if automatic}}<p>Das Zertifikat wurde automatisch ausgestellt, sobald Ihr letztes Modul abgeschlossen war.</p>{{/if}}
<p>Sie können das Zertifikat als PDF in Ihrer Übersicht herunterladen:</p>
${button('dashboardUrl', 'Zertifikat herunterladen')}
<p>Jede Person, der Sie das Zertifikat vorlegen, kann seine Echtheit über den QR-Code auf dem Zertifikat oder über diese Adresse prüfen:</p>
<p><a href="{{verificationUrl}}">{{verificationUrl}}</a></p>`,
      text: `Guten Tag {{displayName}},

herzlichen Glückwunsch! Sie haben alle fünf Module der Qualifizierung im Programm KoKo II abgeschlossen. Die Hochschule Niederrhein hat Ihnen das Zertifikat „{{certificateTitle}}“ mit der Nummer {{number}} ausgestellt.{{#if automatic}}

Das Zertifikat wurde automatisch ausgestellt, sobald Ihr letztes Modul abgeschlossen war.{{/if}}

Sie können das Zertifikat als PDF in Ihrer Übersicht herunterladen:
{{dashboardUrl}}

Jede Person, der Sie das Zertifikat vorlegen, kann seine Echtheit über den QR-Code auf dem Zertifikat oder über diese Adresse prüfen:
{{verificationUrl}}`,
    },
    en: {
      subject: 'Your certificate “{{certificateTitle}}” has been issued ({{number}})',
      html: `<p>Hello {{displayName}},</p>
<p>congratulations! You have completed all five modules of the training in the KoKo II programme. Hochschule Niederrhein has issued you the certificate <strong>{{certificateTitle}}</strong> (conflict manager) with the number <strong>{{number}}</strong>.</p>
{{#if automatic}}<p>The certificate was issued automatically as soon as your last module was complete.</p>{{/if}}
<p>You can download the certificate as a PDF from your overview:</p>
${button('dashboardUrl', 'Download the certificate')}
<p>Anyone you show the certificate to can check that it is genuine with the QR code on the certificate or at this address:</p>
<p><a href="{{verificationUrl}}">{{verificationUrl}}</a></p>`,
      text: `Hello {{displayName}},

congratulations! You have completed all five modules of the training in the KoKo II programme. Hochschule Niederrhein has issued you the certificate “{{certificateTitle}}” (conflict manager) with the number {{number}}.{{#if automatic}}

The certificate was issued automatically as soon as your last module was complete.{{/if}}

You can download the certificate as a PDF from your overview:
{{dashboardUrl}}

Anyone you show the certificate to can check that it is genuine with the QR code on the certificate or at this address:
{{verificationUrl}}`,
    },
  },
  // number, reasonLabel (translated category), note (null when none), revokedAt
  'certificate-revoked': {
    de: {
      subject: 'Ihr Zertifikat {{number}} wurde widerrufen',
      html: `<p>Guten Tag {{displayName}},</p>
<p>das Programmteam hat Ihr Zertifikat <strong>{{number}}</strong> am {{formatDate revokedAt}} widerrufen. Das Zertifikat ist damit nicht mehr gültig; die Prüfung über den QR-Code oder die Nummer zeigt es als widerrufen an.</p>
<p><strong>Grund:</strong> {{reasonLabel}}</p>
{{#if note}}<p><strong>Erläuterung des Programmteams:</strong></p>
${quote('note')}{{/if}}
<p>Wenn Sie Fragen zum Widerruf haben, wenden Sie sich bitte an das Programmteam von KoKo II.</p>`,
      text: `Guten Tag {{displayName}},

das Programmteam hat Ihr Zertifikat {{number}} am {{formatDate revokedAt}} widerrufen. Das Zertifikat ist damit nicht mehr gültig; die Prüfung über den QR-Code oder die Nummer zeigt es als widerrufen an.

Grund: {{reasonLabel}}{{#if note}}

Erläuterung des Programmteams:
{{note}}{{/if}}

Wenn Sie Fragen zum Widerruf haben, wenden Sie sich bitte an das Programmteam von KoKo II.`,
    },
    en: {
      subject: 'Your certificate {{number}} has been revoked',
      html: `<p>Hello {{displayName}},</p>
<p>the programme team revoked your certificate <strong>{{number}}</strong> on {{formatDate revokedAt}}. The certificate is no longer valid; checking it by its QR code or number shows it as revoked.</p>
<p><strong>Reason:</strong> {{reasonLabel}}</p>
{{#if note}}<p><strong>Explanation from the programme team:</strong></p>
${quote('note')}{{/if}}
<p>If you have questions about the revocation, please contact the KoKo II programme team.</p>`,
      text: `Hello {{displayName}},

the programme team revoked your certificate {{number}} on {{formatDate revokedAt}}. The certificate is no longer valid; checking it by its QR code or number shows it as revoked.

Reason: {{reasonLabel}}{{#if note}}

Explanation from the programme team:
{{note}}{{/if}}

If you have questions about the revocation, please contact the KoKo II programme team.`,
    },
  },
  // number (the new one), previousNumber, reason, dashboardUrl
  'certificate-reissued': {
    de: {
      subject: 'Ihr Zertifikat wurde neu ausgestellt: {{number}}',
      html: `<p>Guten Tag {{displayName}},</p>
<p>das Programmteam hat Ihr Zertifikat neu ausgestellt. Die neue Nummer lautet <strong>{{number}}</strong>; sie ersetzt das Zertifikat {{previousNumber}}, das ab sofort als ersetzt gilt und bei der Prüfung auf das neue verweist.</p>
<p><strong>Grund der Neuausstellung:</strong></p>
${quote('reason')}
<p>Bitte verwenden Sie künftig nur noch das neue Zertifikat. Sie können es als PDF in Ihrer Übersicht herunterladen:</p>
${button('dashboardUrl', 'Neues Zertifikat herunterladen')}`,
      text: `Guten Tag {{displayName}},

das Programmteam hat Ihr Zertifikat neu ausgestellt. Die neue Nummer lautet {{number}}; sie ersetzt das Zertifikat {{previousNumber}}, das ab sofort als ersetzt gilt und bei der Prüfung auf das neue verweist.

Grund der Neuausstellung:
{{reason}}

Bitte verwenden Sie künftig nur noch das neue Zertifikat. Sie können es als PDF in Ihrer Übersicht herunterladen:
{{dashboardUrl}}`,
    },
    en: {
      subject: 'Your certificate has been reissued: {{number}}',
      html: `<p>Hello {{displayName}},</p>
<p>the programme team has reissued your certificate. The new number is <strong>{{number}}</strong>; it replaces the certificate {{previousNumber}}, which is now superseded and points to the new one when it is checked.</p>
<p><strong>Reason for the reissue:</strong></p>
${quote('reason')}
<p>Please use only the new certificate from now on. You can download it as a PDF from your overview:</p>
${button('dashboardUrl', 'Download the new certificate')}`,
      text: `Hello {{displayName}},

the programme team has reissued your certificate. The new number is {{number}}; it replaces the certificate {{previousNumber}}, which is now superseded and points to the new one when it is checked.

Reason for the reissue:
{{reason}}

Please use only the new certificate from now on. You can download it as a PDF from your overview:
{{dashboardUrl}}`,
    },
  },
};

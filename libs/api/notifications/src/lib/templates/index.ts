/**
 * Mail templates (handlebars) per language. Each has a subject, an HTML body (framed by the
 * layout) and a plain-text body. Add a template here and a listener that enqueues it.
 */
import { ASSESSMENT_TEMPLATES, AssessmentTemplateName } from './assessment';
import { BARRIER_TEMPLATES, BarrierTemplateName } from './barriers';
import { PRIVACY_TEMPLATES, PrivacyTemplateName } from './privacy';
import { CERTIFICATE_TEMPLATES, CertificateTemplateName } from './certificates';
import { ENROLMENT_TEMPLATES, EnrolmentTemplateName } from './enrolment';
import { EVALUATION_TEMPLATES, EvaluationTemplateName } from './evaluation';
import { SHORT_FORMAT_TEMPLATES, ShortFormatTemplateName } from './short-formats';
import { COUNSELLING_TEMPLATES, CounsellingTemplateName } from './counselling';
import { COUNSELLING_APPOINTMENT_TEMPLATES, CounsellingAppointmentTemplateName } from './counselling-appointments';
import { COUNSELLING_ESCALATION_TEMPLATES, CounsellingEscalationTemplateName } from './counselling-escalation';
import { COUNSELLING_PUBLIC_TEMPLATES, CounsellingPublicTemplateName } from './counselling-public';

export interface MailTemplate {
  subject: string;
  html: string;
  text: string;
}

export type TemplateName = 'invitation' | 'password-reset' | EnrolmentTemplateName | AssessmentTemplateName | CertificateTemplateName | ShortFormatTemplateName | BarrierTemplateName | PrivacyTemplateName | EvaluationTemplateName | CounsellingTemplateName | CounsellingAppointmentTemplateName | CounsellingEscalationTemplateName | CounsellingPublicTemplateName;

export const TEMPLATES: Record<TemplateName, Record<'de' | 'en', MailTemplate>> = {
  ...ENROLMENT_TEMPLATES,
  ...ASSESSMENT_TEMPLATES,
  ...CERTIFICATE_TEMPLATES,
  ...SHORT_FORMAT_TEMPLATES,
  ...BARRIER_TEMPLATES,
  ...PRIVACY_TEMPLATES,
  ...EVALUATION_TEMPLATES,
  ...COUNSELLING_TEMPLATES,
  ...COUNSELLING_APPOINTMENT_TEMPLATES,
  ...COUNSELLING_ESCALATION_TEMPLATES,
  ...COUNSELLING_PUBLIC_TEMPLATES,
  invitation: {
    de: {
      subject: 'Ihre Einladung zu KoKo Campus',
      html: `<p>Guten Tag,</p>
<p>{{invitedByName}} hat Sie zu <strong>KoKo Campus</strong> eingeladen, dem Lern- und Zertifizierungsportal des Programms KoKo II.</p>
<p>Bitte legen Sie über den folgenden Link Ihren Namen und Ihr Passwort fest:</p>
<p><a href="{{acceptUrl}}" style="display:inline-block;padding:12px 20px;background:#005a9c;color:#ffffff;text-decoration:none;border-radius:4px;">Einladung annehmen</a></p>
<p>Der Link ist bis {{formatDate expiresAt}} gültig und kann nur einmal verwendet werden.</p>
<p>Falls Sie diese Einladung nicht erwartet haben, können Sie diese E-Mail ignorieren.</p>`,
      text: `Guten Tag,

{{invitedByName}} hat Sie zu KoKo Campus eingeladen, dem Lern- und Zertifizierungsportal des Programms KoKo II.

Bitte legen Sie über den folgenden Link Ihren Namen und Ihr Passwort fest:
{{acceptUrl}}

Der Link ist bis {{formatDate expiresAt}} gültig und kann nur einmal verwendet werden.
Falls Sie diese Einladung nicht erwartet haben, können Sie diese E-Mail ignorieren.`,
    },
    en: {
      subject: 'Your invitation to KoKo Campus',
      html: `<p>Hello,</p>
<p>{{invitedByName}} has invited you to <strong>KoKo Campus</strong>, the learning and certification portal of the KoKo II programme.</p>
<p>Please set your name and password using the following link:</p>
<p><a href="{{acceptUrl}}" style="display:inline-block;padding:12px 20px;background:#005a9c;color:#ffffff;text-decoration:none;border-radius:4px;">Accept invitation</a></p>
<p>The link is valid until {{formatDate expiresAt}} and can be used only once.</p>
<p>If you did not expect this invitation, you can ignore this e-mail.</p>`,
      text: `Hello,

{{invitedByName}} has invited you to KoKo Campus, the learning and certification portal of the KoKo II programme.

Please set your name and password using the following link:
{{acceptUrl}}

The link is valid until {{formatDate expiresAt}} and can be used only once.
If you did not expect this invitation, you can ignore this e-mail.`,
    },
  },
  'password-reset': {
    de: {
      subject: 'Passwort für KoKo Campus zurücksetzen',
      html: `<p>Guten Tag {{displayName}},</p>
<p>für Ihr Konto bei KoKo Campus wurde ein neues Passwort angefordert.</p>
<p><a href="{{resetUrl}}" style="display:inline-block;padding:12px 20px;background:#005a9c;color:#ffffff;text-decoration:none;border-radius:4px;">Neues Passwort festlegen</a></p>
<p>Der Link ist bis {{formatDate expiresAt}} gültig und kann nur einmal verwendet werden. Nach der Änderung werden Sie auf allen Geräten abgemeldet.</p>
<p>Falls Sie kein neues Passwort angefordert haben, können Sie diese E-Mail ignorieren; Ihr Passwort bleibt unverändert.</p>`,
      text: `Guten Tag {{displayName}},

für Ihr Konto bei KoKo Campus wurde ein neues Passwort angefordert. Legen Sie es hier fest:
{{resetUrl}}

Der Link ist bis {{formatDate expiresAt}} gültig und kann nur einmal verwendet werden. Nach der Änderung werden Sie auf allen Geräten abgemeldet.
Falls Sie kein neues Passwort angefordert haben, können Sie diese E-Mail ignorieren; Ihr Passwort bleibt unverändert.`,
    },
    en: {
      subject: 'Reset your KoKo Campus password',
      html: `<p>Hello {{displayName}},</p>
<p>a new password was requested for your KoKo Campus account.</p>
<p><a href="{{resetUrl}}" style="display:inline-block;padding:12px 20px;background:#005a9c;color:#ffffff;text-decoration:none;border-radius:4px;">Set a new password</a></p>
<p>The link is valid until {{formatDate expiresAt}} and can be used only once. After the change you will be signed out on all devices.</p>
<p>If you did not request a new password, you can ignore this e-mail; your password stays unchanged.</p>`,
      text: `Hello {{displayName}},

a new password was requested for your KoKo Campus account. Set it here:
{{resetUrl}}

The link is valid until {{formatDate expiresAt}} and can be used only once. After the change you will be signed out on all devices.
If you did not request a new password, you can ignore this e-mail; your password stays unchanged.`,
    },
  },
};

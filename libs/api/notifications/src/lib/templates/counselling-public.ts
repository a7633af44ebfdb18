import type { MailTemplate } from './index';

/**
 * The public contact form. `counselling-existing-account`: someone asked for counselling without
 * being signed in, with the address of an existing account; nothing was stored. Context:
 * displayName, signInUrl. (A request from a new address gets `counselling-received` with
 * `setPasswordUrl`.)
 */
export type CounsellingPublicTemplateName = 'counselling-existing-account';

const button = (label: string) =>
  `<p><a href="{{signInUrl}}" style="display:inline-block;padding:12px 20px;background:#005a9c;color:#ffffff;text-decoration:none;border-radius:4px;">${label}</a></p>`;

export const COUNSELLING_PUBLIC_TEMPLATES: Record<CounsellingPublicTemplateName, Record<'de' | 'en', MailTemplate>> = {
  'counselling-existing-account': {
    de: {
      subject: 'Beratungsanfrage: Bitte melden Sie sich an',
      html: `<p>Guten Tag {{displayName}},</p>
<p>soeben hat jemand mit Ihrer E-Mail-Adresse über das Kontaktformular eine Beratung angefragt, ohne angemeldet zu sein. Für diese Adresse gibt es bereits ein Konto bei KoKo Campus, deshalb wurde die Anfrage nicht gespeichert.</p>
<p>Wenn Sie eine Beratung anfragen möchten, melden Sie sich bitte an und stellen Sie die Anfrage über den folgenden Link:</p>
${button('Anmelden und Beratung anfragen')}
<p>Falls Sie das nicht waren, können Sie diese E-Mail ignorieren; an Ihrem Konto wurde nichts geändert.</p>`,
      text: `Guten Tag {{displayName}},

soeben hat jemand mit Ihrer E-Mail-Adresse über das Kontaktformular eine Beratung angefragt, ohne angemeldet zu sein. Für diese Adresse gibt es bereits ein Konto bei KoKo Campus, deshalb wurde die Anfrage nicht gespeichert.

Wenn Sie eine Beratung anfragen möchten, melden Sie sich bitte an und stellen Sie die Anfrage über den folgenden Link:
{{signInUrl}}

Falls Sie das nicht waren, können Sie diese E-Mail ignorieren; an Ihrem Konto wurde nichts geändert.`,
    },
    en: {
      subject: 'Counselling request: please sign in',
      html: `<p>Hello {{displayName}},</p>
<p>someone has just asked for counselling through the contact form with your e-mail address without being signed in. This address already has a KoKo Campus account, so the request was not saved.</p>
<p>If you would like to ask for counselling, please sign in and make the request using the following link:</p>
${button('Sign in and ask for counselling')}
<p>If this was not you, you can ignore this e-mail; nothing about your account has changed.</p>`,
      text: `Hello {{displayName}},

someone has just asked for counselling through the contact form with your e-mail address without being signed in. This address already has a KoKo Campus account, so the request was not saved.

If you would like to ask for counselling, please sign in and make the request using the following link:
{{signInUrl}}

If this was not you, you can ignore this e-mail; nothing about your account has changed.`,
    },
  },
};

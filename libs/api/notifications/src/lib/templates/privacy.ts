import type { MailTemplate } from './index';

/**
 * GDPR self-service. `account-deleted` is the final confirmation to the former address after an
 * account was anonymised: formerName, selfService (the person deleted it themselves; otherwise the
 * programme team did on request). `data-export-ready`: displayName, pageUrl (Meine Daten, which needs
 * a sign-in: the mail itself carries no download link), expiresAt.
 */
export type PrivacyTemplateName = 'account-deleted' | 'data-export-ready';

export const PRIVACY_TEMPLATES: Record<PrivacyTemplateName, Record<'de' | 'en', MailTemplate>> = {
  'account-deleted': {
    de: {
      subject: 'Ihr Konto bei KoKo Campus wurde gelöscht',
      html: `<p>Guten Tag {{formerName}},</p>
<p>{{#if selfService}}wie von Ihnen veranlasst, wurde Ihr Konto bei KoKo Campus gelöscht.{{else}}auf Ihren Wunsch hat das Programmteam Ihr Konto bei KoKo Campus gelöscht.{{/if}}</p>
<p>Ihr Name, Ihre E-Mail-Adresse, Ihr Passwort, Ihre Bewerbungstexte und die Texte Ihrer Transferaufgaben wurden entfernt; Sie sind überall abgemeldet. Ausgestellte Zertifikate bleiben mit dem aufgedruckten Namen überprüfbar. Was das Gesetz aufzubewahren verlangt (Bewertungen, Entscheidungen, das Änderungsprotokoll), bleibt ohne Kontaktdaten erhalten.</p>
<p>Dies ist die letzte E-Mail, die Sie von KoKo Campus erhalten. Wenn Sie die Löschung nicht veranlasst haben, wenden Sie sich bitte umgehend an das Programmteam.</p>`,
      text: `Guten Tag {{formerName}},

{{#if selfService}}wie von Ihnen veranlasst, wurde Ihr Konto bei KoKo Campus gelöscht.{{else}}auf Ihren Wunsch hat das Programmteam Ihr Konto bei KoKo Campus gelöscht.{{/if}}

Ihr Name, Ihre E-Mail-Adresse, Ihr Passwort, Ihre Bewerbungstexte und die Texte Ihrer Transferaufgaben wurden entfernt; Sie sind überall abgemeldet. Ausgestellte Zertifikate bleiben mit dem aufgedruckten Namen überprüfbar. Was das Gesetz aufzubewahren verlangt (Bewertungen, Entscheidungen, das Änderungsprotokoll), bleibt ohne Kontaktdaten erhalten.

Dies ist die letzte E-Mail, die Sie von KoKo Campus erhalten. Wenn Sie die Löschung nicht veranlasst haben, wenden Sie sich bitte umgehend an das Programmteam.`,
    },
    en: {
      subject: 'Your KoKo Campus account has been deleted',
      html: `<p>Hello {{formerName}},</p>
<p>{{#if selfService}}as you requested, your KoKo Campus account has been deleted.{{else}}at your request, the programme team has deleted your KoKo Campus account.{{/if}}</p>
<p>Your name, e-mail address, password, application texts and the texts of your transfer assignments have been removed; you are signed out everywhere. Issued certificates stay verifiable with the printed name. What the law requires us to keep (grades, decisions, the audit trail) is kept without contact data.</p>
<p>This is the last e-mail you will receive from KoKo Campus. If you did not ask for the deletion, please contact the programme team at once.</p>`,
      text: `Hello {{formerName}},

{{#if selfService}}as you requested, your KoKo Campus account has been deleted.{{else}}at your request, the programme team has deleted your KoKo Campus account.{{/if}}

Your name, e-mail address, password, application texts and the texts of your transfer assignments have been removed; you are signed out everywhere. Issued certificates stay verifiable with the printed name. What the law requires us to keep (grades, decisions, the audit trail) is kept without contact data.

This is the last e-mail you will receive from KoKo Campus. If you did not ask for the deletion, please contact the programme team at once.`,
    },
  },
  'data-export-ready': {
    de: {
      subject: 'Ihre Daten stehen zum Herunterladen bereit',
      html: `<p>Guten Tag {{displayName}},</p>
<p>die Zusammenstellung aller Daten, die KoKo Campus über Sie speichert, ist fertig. Wenn Sie angemeldet sind, finden Sie sie unter „Meine Daten“:</p>
<p><a href="{{pageUrl}}" style="display:inline-block;padding:12px 20px;background:#005a9c;color:#ffffff;text-decoration:none;border-radius:4px;">Zu „Meine Daten“</a></p>
<p>Die ZIP-Datei steht bis {{formatDate expiresAt}} bereit und wird danach gelöscht. Sie enthält eine maschinenlesbare Datei (JSON), Ihre hochgeladenen Dateien und eine lesbare Zusammenfassung.</p>
<p>Falls Sie die Zusammenstellung nicht angefordert haben, ändern Sie bitte Ihr Passwort.</p>`,
      text: `Guten Tag {{displayName}},

die Zusammenstellung aller Daten, die KoKo Campus über Sie speichert, ist fertig. Wenn Sie angemeldet sind, finden Sie sie unter „Meine Daten“:
{{pageUrl}}

Die ZIP-Datei steht bis {{formatDate expiresAt}} bereit und wird danach gelöscht. Sie enthält eine maschinenlesbare Datei (JSON), Ihre hochgeladenen Dateien und eine lesbare Zusammenfassung.
Falls Sie die Zusammenstellung nicht angefordert haben, ändern Sie bitte Ihr Passwort.`,
    },
    en: {
      subject: 'Your data is ready to download',
      html: `<p>Hello {{displayName}},</p>
<p>the collection of all data KoKo Campus keeps about you is ready. You find it under “My data” after signing in:</p>
<p><a href="{{pageUrl}}" style="display:inline-block;padding:12px 20px;background:#005a9c;color:#ffffff;text-decoration:none;border-radius:4px;">Go to “My data”</a></p>
<p>The ZIP file is available until {{formatDate expiresAt}} and deleted afterwards. It holds a machine-readable file (JSON), your uploaded files and a readable summary.</p>
<p>If you did not request it, please change your password.</p>`,
      text: `Hello {{displayName}},

the collection of all data KoKo Campus keeps about you is ready. You find it under “My data” after signing in:
{{pageUrl}}

The ZIP file is available until {{formatDate expiresAt}} and deleted afterwards. It holds a machine-readable file (JSON), your uploaded files and a readable summary.
If you did not request it, please change your password.`,
    },
  },
};

import type { MailTemplate } from './index';

/**
 * Mails about transfer assignments. Every context carries `displayName` (the recipient); the
 * variables of each template are listed above it. Optional values are passed as null, never left out.
 */
export type AssessmentTemplateName =
  | 'submission-received'
  | 'submission-digest'
  | 'feedback-released'
  | 'revision-requested'
  | 'extension-granted'
  | 'deadline-reminder';

const button = (url: string, label: string) =>
  `<p><a href="{{${url}}}" style="display:inline-block;padding:12px 20px;background:#005a9c;color:#ffffff;text-decoration:none;border-radius:4px;">${label}</a></p>`;

const MODULE = { de: 'Modul {{modulePosition}} „{{moduleTitle}}“', en: 'module {{modulePosition}} “{{moduleTitle}}”' };

export const ASSESSMENT_TEMPLATES: Record<AssessmentTemplateName, Record<'de' | 'en', MailTemplate>> = {
  // participantName, cohortName, modulePosition, moduleTitle, attemptNo, late, submittedAt, gradingUrl
  'submission-received': {
    de: {
      subject: 'Neue Einreichung{{#if late}} (verspätet){{/if}}: Modul {{modulePosition}} – {{participantName}}',
      html: `<p>Guten Tag {{displayName}},</p>
<p>{{participantName}} hat im Durchgang <strong>{{cohortName}}</strong> die Transferaufgabe zu ${MODULE.de} eingereicht ({{attemptNo}}. Versuch, {{formatDate submittedAt}}).</p>
{{#if late}}<p>Die Einreichung ist nach dem Abgabetermin eingegangen und als <strong>verspätet</strong> markiert.</p>{{/if}}
<p>Sie können die Einreichung zuerst in Ruhe lesen. Sobald Sie „Bewertung beginnen“ wählen, sehen die anderen Trainer:innen, dass Sie sie bearbeiten.</p>
${button('gradingUrl', 'Einreichung bewerten')}
<p>Statt einer E-Mail je Einreichung können Sie in Ihrem Profil eine tägliche Zusammenfassung wählen.</p>`,
      text: `Guten Tag {{displayName}},

{{participantName}} hat im Durchgang „{{cohortName}}“ die Transferaufgabe zu ${MODULE.de} eingereicht ({{attemptNo}}. Versuch, {{formatDate submittedAt}}).{{#if late}}

Die Einreichung ist nach dem Abgabetermin eingegangen und als verspätet markiert.{{/if}}

Sie können die Einreichung zuerst in Ruhe lesen. Sobald Sie „Bewertung beginnen“ wählen, sehen die anderen Trainer:innen, dass Sie sie bearbeiten:
{{gradingUrl}}

Statt einer E-Mail je Einreichung können Sie in Ihrem Profil eine tägliche Zusammenfassung wählen.`,
    },
    en: {
      subject: 'New submission{{#if late}} (late){{/if}}: module {{modulePosition}} – {{participantName}}',
      html: `<p>Hello {{displayName}},</p>
<p>{{participantName}} has submitted the transfer assignment for ${MODULE.en} in the cohort <strong>{{cohortName}}</strong> (attempt {{attemptNo}}, {{formatDate submittedAt}}).</p>
{{#if late}}<p>The submission arrived after the due date and is marked as <strong>late</strong>.</p>{{/if}}
<p>You can read the submission first. As soon as you choose “Start grading”, the other trainers see that you are working on it.</p>
${button('gradingUrl', 'Grade the submission')}
<p>Instead of one e-mail per submission you can choose a daily summary in your profile.</p>`,
      text: `Hello {{displayName}},

{{participantName}} has submitted the transfer assignment for ${MODULE.en} in the cohort “{{cohortName}}” (attempt {{attemptNo}}, {{formatDate submittedAt}}).{{#if late}}

The submission arrived after the due date and is marked as late.{{/if}}

You can read the submission first. As soon as you choose “Start grading”, the other trainers see that you are working on it:
{{gradingUrl}}

Instead of one e-mail per submission you can choose a daily summary in your profile.`,
    },
  },
  // count, one (count === 1), submissions[] { participantName, cohortName, modulePosition, moduleTitle, attemptNo, submittedAt, late, gradingUrl }, queueUrl
  'submission-digest': {
    de: {
      subject: 'Tägliche Zusammenfassung: {{#if one}}1 neue Einreichung{{else}}{{count}} neue Einreichungen{{/if}}',
      html: `<p>Guten Tag {{displayName}},</p>
<p>seit der letzten Zusammenfassung {{#if one}}ist in Ihren Durchgängen 1 Transferaufgabe{{else}}sind in Ihren Durchgängen {{count}} Transferaufgaben{{/if}} eingegangen:</p>
<ul>
{{#each submissions}}<li><a href="{{this.gradingUrl}}">{{this.participantName}}</a> – Modul {{this.modulePosition}} „{{this.moduleTitle}}“, {{this.attemptNo}}. Versuch ({{this.cohortName}}), eingereicht am {{formatDate this.submittedAt}}{{#if this.late}}, <strong>verspätet</strong>{{/if}}</li>
{{/each}}</ul>
${button('queueUrl', 'Zur Bewertungsübersicht')}
<p>Sie erhalten diese Zusammenfassung, weil Sie in Ihrem Profil die tägliche Zusammenfassung gewählt haben.</p>`,
      text: `Guten Tag {{displayName}},

seit der letzten Zusammenfassung {{#if one}}ist in Ihren Durchgängen 1 Transferaufgabe{{else}}sind in Ihren Durchgängen {{count}} Transferaufgaben{{/if}} eingegangen:
{{#each submissions}}
- {{this.participantName}} – Modul {{this.modulePosition}} „{{this.moduleTitle}}“, {{this.attemptNo}}. Versuch ({{this.cohortName}}), eingereicht am {{formatDate this.submittedAt}}{{#if this.late}}, verspätet{{/if}}
  {{this.gradingUrl}}
{{/each}}

Bewertungsübersicht:
{{queueUrl}}

Sie erhalten diese Zusammenfassung, weil Sie in Ihrem Profil die tägliche Zusammenfassung gewählt haben.`,
    },
    en: {
      subject: 'Daily summary: {{#if one}}1 new submission{{else}}{{count}} new submissions{{/if}}',
      html: `<p>Hello {{displayName}},</p>
<p>since the last summary {{#if one}}1 transfer assignment has{{else}}{{count}} transfer assignments have{{/if}} been submitted in your cohorts:</p>
<ul>
{{#each submissions}}<li><a href="{{this.gradingUrl}}">{{this.participantName}}</a> – module {{this.modulePosition}} “{{this.moduleTitle}}”, attempt {{this.attemptNo}} ({{this.cohortName}}), submitted on {{formatDate this.submittedAt}}{{#if this.late}}, <strong>late</strong>{{/if}}</li>
{{/each}}</ul>
${button('queueUrl', 'Go to the grading queue')}
<p>You receive this summary because you chose the daily summary in your profile.</p>`,
      text: `Hello {{displayName}},

since the last summary {{#if one}}1 transfer assignment has{{else}}{{count}} transfer assignments have{{/if}} been submitted in your cohorts:
{{#each submissions}}
- {{this.participantName}} – module {{this.modulePosition}} “{{this.moduleTitle}}”, attempt {{this.attemptNo}} ({{this.cohortName}}), submitted on {{formatDate this.submittedAt}}{{#if this.late}}, late{{/if}}
  {{this.gradingUrl}}
{{/each}}

Grading queue:
{{queueUrl}}

You receive this summary because you chose the daily summary in your profile.`,
    },
  },
  // cohortName, modulePosition, moduleTitle, attemptNo, passed, assignmentUrl
  'feedback-released': {
    de: {
      subject: '{{#if passed}}Bestanden: Ihre Transferaufgabe zu Modul {{modulePosition}}{{else}}Bewertung Ihrer Transferaufgabe zu Modul {{modulePosition}}{{/if}}',
      html: `<p>Guten Tag {{displayName}},</p>
<p>Ihre Transferaufgabe zu ${MODULE.de} ({{attemptNo}}. Versuch) im Durchgang <strong>{{cohortName}}</strong> wurde bewertet: {{#if passed}}<strong>bestanden</strong>. Herzlichen Glückwunsch!{{else}}<strong>nicht bestanden</strong>.{{/if}}</p>
<p>Die Bewertung nach den einzelnen Kriterien und die schriftliche Rückmeldung finden Sie bei der Aufgabe:</p>
${button('assignmentUrl', 'Rückmeldung lesen')}
{{#unless passed}}<p>Wenn Sie Fragen zur Bewertung haben, wenden Sie sich bitte an die Trainer:innen Ihres Durchgangs oder an das Programmteam.</p>{{/unless}}`,
      text: `Guten Tag {{displayName}},

Ihre Transferaufgabe zu ${MODULE.de} ({{attemptNo}}. Versuch) im Durchgang „{{cohortName}}“ wurde bewertet: {{#if passed}}bestanden. Herzlichen Glückwunsch!{{else}}nicht bestanden.{{/if}}

Die Bewertung nach den einzelnen Kriterien und die schriftliche Rückmeldung finden Sie bei der Aufgabe:
{{assignmentUrl}}{{#unless passed}}

Wenn Sie Fragen zur Bewertung haben, wenden Sie sich bitte an die Trainer:innen Ihres Durchgangs oder an das Programmteam.{{/unless}}`,
    },
    en: {
      subject: '{{#if passed}}Passed: your transfer assignment for module {{modulePosition}}{{else}}Result of your transfer assignment for module {{modulePosition}}{{/if}}',
      html: `<p>Hello {{displayName}},</p>
<p>your transfer assignment for ${MODULE.en} (attempt {{attemptNo}}) in the cohort <strong>{{cohortName}}</strong> has been graded: {{#if passed}}<strong>passed</strong>. Congratulations!{{else}}<strong>not passed</strong>.{{/if}}</p>
<p>You will find the scores for each criterion and the written feedback with the assignment:</p>
${button('assignmentUrl', 'Read the feedback')}
{{#unless passed}}<p>If you have questions about the result, please contact the trainers of your cohort or the programme team.</p>{{/unless}}`,
      text: `Hello {{displayName}},

your transfer assignment for ${MODULE.en} (attempt {{attemptNo}}) in the cohort “{{cohortName}}” has been graded: {{#if passed}}passed. Congratulations!{{else}}not passed.{{/if}}

You will find the scores for each criterion and the written feedback with the assignment:
{{assignmentUrl}}{{#unless passed}}

If you have questions about the result, please contact the trainers of your cohort or the programme team.{{/unless}}`,
    },
  },
  // cohortName, modulePosition, moduleTitle, attemptNo, nextAttemptNo (null at the attempt limit), revisionDueAt (with nextAttemptNo), assignmentUrl
  'revision-requested': {
    de: {
      subject: 'Bitte überarbeiten: Ihre Transferaufgabe zu Modul {{modulePosition}}',
      html: `<p>Guten Tag {{displayName}},</p>
<p>Ihre Transferaufgabe zu ${MODULE.de} ({{attemptNo}}. Versuch) im Durchgang <strong>{{cohortName}}</strong> wurde bewertet. Bitte überarbeiten Sie sie anhand der Rückmeldung.</p>
{{#if nextAttemptNo}}<p>Für Ihre Überarbeitung ist der <strong>{{nextAttemptNo}}. Versuch</strong> geöffnet{{#if revisionDueAt}}; bitte reichen Sie ihn bis <strong>{{formatDate revisionDueAt}}</strong> ein{{/if}}. Ihr bisheriger Versuch und die Rückmeldung dazu bleiben lesbar.</p>{{else}}<p>Die Höchstzahl an Versuchen ist erreicht. Bitte wenden Sie sich an die Trainer:innen Ihres Durchgangs, um das weitere Vorgehen zu klären.</p>{{/if}}
${button('assignmentUrl', 'Rückmeldung lesen und überarbeiten')}`,
      text: `Guten Tag {{displayName}},

Ihre Transferaufgabe zu ${MODULE.de} ({{attemptNo}}. Versuch) im Durchgang „{{cohortName}}“ wurde bewertet. Bitte überarbeiten Sie sie anhand der Rückmeldung.

{{#if nextAttemptNo}}Für Ihre Überarbeitung ist der {{nextAttemptNo}}. Versuch geöffnet{{#if revisionDueAt}}; bitte reichen Sie ihn bis {{formatDate revisionDueAt}} ein{{/if}}. Ihr bisheriger Versuch und die Rückmeldung dazu bleiben lesbar.{{else}}Die Höchstzahl an Versuchen ist erreicht. Bitte wenden Sie sich an die Trainer:innen Ihres Durchgangs, um das weitere Vorgehen zu klären.{{/if}}

Rückmeldung lesen und überarbeiten:
{{assignmentUrl}}`,
    },
    en: {
      subject: 'Please revise: your transfer assignment for module {{modulePosition}}',
      html: `<p>Hello {{displayName}},</p>
<p>your transfer assignment for ${MODULE.en} (attempt {{attemptNo}}) in the cohort <strong>{{cohortName}}</strong> has been graded. Please revise it based on the feedback.</p>
{{#if nextAttemptNo}}<p><strong>Attempt {{nextAttemptNo}}</strong> is now open for your revision{{#if revisionDueAt}}; please submit it by <strong>{{formatDate revisionDueAt}}</strong>{{/if}}. Your previous attempt and its feedback remain readable.</p>{{else}}<p>The maximum number of attempts has been reached. Please contact the trainers of your cohort to agree on how to proceed.</p>{{/if}}
${button('assignmentUrl', 'Read the feedback and revise')}`,
      text: `Hello {{displayName}},

your transfer assignment for ${MODULE.en} (attempt {{attemptNo}}) in the cohort “{{cohortName}}” has been graded. Please revise it based on the feedback.

{{#if nextAttemptNo}}Attempt {{nextAttemptNo}} is now open for your revision{{#if revisionDueAt}}; please submit it by {{formatDate revisionDueAt}}{{/if}}. Your previous attempt and its feedback remain readable.{{else}}The maximum number of attempts has been reached. Please contact the trainers of your cohort to agree on how to proceed.{{/if}}

Read the feedback and revise:
{{assignmentUrl}}`,
    },
  },
  // moduleTitle, dueAt, previousDueAt (null when there was none), reason, assignmentUrl
  'extension-granted': {
    de: {
      subject: 'Verlängerung: neuer Abgabetermin für Ihre Transferaufgabe „{{moduleTitle}}“',
      html: `<p>Guten Tag {{displayName}},</p>
<p>für Ihre Transferaufgabe zum Modul „{{moduleTitle}}“ wurde Ihnen eine Verlängerung gewährt. Ihr neuer Abgabetermin ist <strong>{{formatDate dueAt}}</strong>{{#if previousDueAt}} (bisher: {{formatDate previousDueAt}}){{/if}}.</p>
<p><strong>Begründung:</strong></p>
<blockquote style="margin:0 0 16px;padding:8px 16px;border-left:4px solid #ccd3da;white-space:pre-line;">{{reason}}</blockquote>
${button('assignmentUrl', 'Zur Transferaufgabe')}`,
      text: `Guten Tag {{displayName}},

für Ihre Transferaufgabe zum Modul „{{moduleTitle}}“ wurde Ihnen eine Verlängerung gewährt. Ihr neuer Abgabetermin ist {{formatDate dueAt}}{{#if previousDueAt}} (bisher: {{formatDate previousDueAt}}){{/if}}.

Begründung:
{{reason}}

Zur Transferaufgabe:
{{assignmentUrl}}`,
    },
    en: {
      subject: 'Extension: new due date for your transfer assignment “{{moduleTitle}}”',
      html: `<p>Hello {{displayName}},</p>
<p>you have been granted an extension for your transfer assignment for the module “{{moduleTitle}}”. Your new due date is <strong>{{formatDate dueAt}}</strong>{{#if previousDueAt}} (previously: {{formatDate previousDueAt}}){{/if}}.</p>
<p><strong>Reason:</strong></p>
<blockquote style="margin:0 0 16px;padding:8px 16px;border-left:4px solid #ccd3da;white-space:pre-line;">{{reason}}</blockquote>
${button('assignmentUrl', 'Go to the assignment')}`,
      text: `Hello {{displayName}},

you have been granted an extension for your transfer assignment for the module “{{moduleTitle}}”. Your new due date is {{formatDate dueAt}}{{#if previousDueAt}} (previously: {{formatDate previousDueAt}}){{/if}}.

Reason:
{{reason}}

Go to the assignment:
{{assignmentUrl}}`,
    },
  },
  // cohortName, modulePosition, moduleTitle, dueAt, lastCall ('1d'), extended, assignmentUrl
  'deadline-reminder': {
    de: {
      subject: '{{#if lastCall}}Letzte Erinnerung{{else}}Erinnerung{{/if}}: Transferaufgabe zu Modul {{modulePosition}} bis {{formatDate dueAt}}',
      html: `<p>Guten Tag {{displayName}},</p>
<p>die Transferaufgabe zu ${MODULE.de} im Durchgang <strong>{{cohortName}}</strong> ist bis <strong>{{formatDate dueAt}}</strong> einzureichen{{#if extended}} (Ihr verlängerter Abgabetermin){{/if}}. Bisher haben wir noch keine Einreichung von Ihnen erhalten.</p>
<p>Ihr Entwurf wird automatisch gespeichert; denken Sie daran, die Aufgabe rechtzeitig einzureichen. Wenn Sie mehr Zeit benötigen, wenden Sie sich bitte rechtzeitig an die Trainer:innen Ihres Durchgangs.</p>
${button('assignmentUrl', 'Zur Transferaufgabe')}`,
      text: `Guten Tag {{displayName}},

die Transferaufgabe zu ${MODULE.de} im Durchgang „{{cohortName}}“ ist bis {{formatDate dueAt}} einzureichen{{#if extended}} (Ihr verlängerter Abgabetermin){{/if}}. Bisher haben wir noch keine Einreichung von Ihnen erhalten.

Ihr Entwurf wird automatisch gespeichert; denken Sie daran, die Aufgabe rechtzeitig einzureichen. Wenn Sie mehr Zeit benötigen, wenden Sie sich bitte rechtzeitig an die Trainer:innen Ihres Durchgangs.

Zur Transferaufgabe:
{{assignmentUrl}}`,
    },
    en: {
      subject: '{{#if lastCall}}Final reminder{{else}}Reminder{{/if}}: transfer assignment for module {{modulePosition}} due {{formatDate dueAt}}',
      html: `<p>Hello {{displayName}},</p>
<p>the transfer assignment for ${MODULE.en} in the cohort <strong>{{cohortName}}</strong> is due by <strong>{{formatDate dueAt}}</strong>{{#if extended}} (your extended due date){{/if}}. We have not received a submission from you yet.</p>
<p>Your draft is saved automatically; remember to submit the assignment in time. If you need more time, please contact the trainers of your cohort in good time.</p>
${button('assignmentUrl', 'Go to the assignment')}`,
      text: `Hello {{displayName}},

the transfer assignment for ${MODULE.en} in the cohort “{{cohortName}}” is due by {{formatDate dueAt}}{{#if extended}} (your extended due date){{/if}}. We have not received a submission from you yet.

Your draft is saved automatically; remember to submit the assignment in time. If you need more time, please contact the trainers of your cohort in good time.

Go to the assignment:
{{assignmentUrl}}`,
    },
  },
};

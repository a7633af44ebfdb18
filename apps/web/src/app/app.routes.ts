import { inject } from '@angular/core';
import type { CanMatchFn, Route } from '@angular/router';
import { roleGuard, SessionStore, signedInGuard, signedOutGuard } from '@koko/web/identity/data-access';
import { WebRoute } from '@koko/shared';
import { withTexts } from '@koko/web/shared/util';

/** Matches only when nobody is signed in (not while the API cannot say: a signed-in user must not land on the visitors' page). */
const visitorOnly: CanMatchFn = async () => {
  const session = inject(SessionStore);
  return !(await session.ensureLoaded()) && !session.sessionUnknown();
};

/**
 * Route titles are dictionary keys (see TranslatedTitleStrategy); `withTexts` loads the texts of the areas a page shows
 * together with its code. Paths are German; those the API links to come from `WebRoute`.
 */
export const appRoutes: Route[] = [
  // `/`: visitors get the public start page, signed-in users their role start page (same links in the footer).
  {
    path: '',
    pathMatch: 'full',
    title: 'content.title.start',
    canMatch: [visitorOnly],
    loadComponent: withTexts(['content'], () => import('@koko/web/content/feature-public').then((m) => m.StartPage)),
    // The start page's named outlet shows the next short formats; content itself knows nothing of events.
    children: [
      {
        path: '',
        outlet: 'short-formats',
        loadComponent: withTexts(['events', 'content', 'enrolment'], () => import('@koko/web/events/feature-public').then((m) => m.UpcomingShortFormatsSection)),
      },
    ],
  },
  {
    path: '',
    pathMatch: 'full',
    title: 'title.home',
    canActivate: [signedInGuard],
    loadComponent: withTexts(['enrolment'], () => import('./home/home-page').then((m) => m.HomePage)),
  },
  // routes: public pages (no account; texts edited by admins)
  ...(['impressum', 'datenschutz', 'barrierefreiheit', 'leichte-sprache', 'kontakt'] as const).map(
    (slug): Route => ({
      path: slug,
      title: `content.title.${slug}`,
      data: { slug },
      loadComponent: withTexts(['content'], () => import('@koko/web/content/feature-public').then((m) => m.PublicPage)),
    }),
  ),
  {
    path: 'barriere-melden',
    title: 'content.title.report',
    loadComponent: withTexts(['content'], () => import('@koko/web/content/feature-public').then((m) => m.ReportBarrierPage)),
  },
  {
    path: 'verwaltung/barrieren',
    title: 'content.title.barrierReports',
    canActivate: [signedInGuard, roleGuard('ADMIN')],
    loadComponent: withTexts(['content'], () => import('@koko/web/content/feature-admin').then((m) => m.BarrierReportsPage)),
  },
  {
    path: 'verwaltung/seiten',
    title: 'content.title.admin',
    canActivate: [signedInGuard, roleGuard('ADMIN')],
    loadComponent: withTexts(['content'], () => import('@koko/web/content/feature-admin').then((m) => m.PagesEditorPage)),
  },
  {
    path: 'anmelden',
    title: 'title.signIn',
    canActivate: [signedOutGuard],
    loadComponent: () => import('@koko/web/identity/feature-auth').then((m) => m.SignInPage),
  },
  {
    path: 'passwort-vergessen',
    title: 'title.forgotPassword',
    loadComponent: () => import('@koko/web/identity/feature-auth').then((m) => m.ForgotPasswordPage),
  },
  {
    path: WebRoute.PASSWORD_RESET,
    title: 'title.setPassword',
    loadComponent: () => import('@koko/web/identity/feature-auth').then((m) => m.SetPasswordPage),
  },
  {
    path: WebRoute.INVITATION,
    title: 'title.invitation',
    loadComponent: () => import('@koko/web/identity/feature-auth').then((m) => m.AcceptInvitationPage),
  },
  {
    path: 'profil',
    title: 'title.profile',
    canActivate: [signedInGuard],
    loadComponent: () => import('@koko/web/identity/feature-profile').then((m) => m.ProfilePage),
  },
  {
    path: WebRoute.MY_DATA,
    title: 'title.myData',
    canActivate: [signedInGuard],
    loadComponent: () => import('@koko/web/identity/feature-profile').then((m) => m.MyDataPage),
  },
  {
    path: 'verwaltung/benutzer',
    title: 'title.adminUsers',
    canActivate: [signedInGuard, roleGuard('ADMIN')],
    loadComponent: () => import('@koko/web/identity/feature-admin-users').then((m) => m.AdminUsersPage),
  },
  // routes: catalogue (admin)
  {
    path: 'verwaltung/programm',
    title: 'catalogue.title.programme',
    canActivate: [signedInGuard, roleGuard('ADMIN')],
    loadComponent: withTexts(['catalogue', 'certificates', 'grading', 'progress', 'enrolment'], () => import('@koko/web/catalogue/feature-admin').then((m) => m.ProgrammePage)),
  },
  {
    path: 'verwaltung/kommunen',
    title: 'catalogue.title.municipalities',
    canActivate: [signedInGuard, roleGuard('ADMIN')],
    loadComponent: withTexts(['catalogue', 'certificates', 'grading', 'progress', 'enrolment'], () => import('@koko/web/catalogue/feature-admin').then((m) => m.MunicipalitiesPage)),
  },
  {
    path: 'verwaltung/durchgaenge',
    title: 'catalogue.title.cohorts',
    canActivate: [signedInGuard, roleGuard('ADMIN')],
    loadComponent: withTexts(['catalogue', 'certificates', 'grading', 'progress', 'enrolment'], () => import('@koko/web/catalogue/feature-admin').then((m) => m.CohortsPage)),
  },
  {
    path: 'verwaltung/durchgaenge/:id',
    title: 'catalogue.title.cohort',
    canActivate: [signedInGuard, roleGuard('ADMIN')],
    loadComponent: withTexts(['catalogue', 'certificates', 'grading', 'progress', 'enrolment'], () => import('@koko/web/catalogue/feature-admin').then((m) => m.CohortDetailPage)),
  },
  // routes: events (short formats; public, no account)
  {
    path: 'veranstaltungen',
    title: 'events.title.calendar',
    loadComponent: withTexts(['events', 'content', 'enrolment'], () => import('@koko/web/events/feature-public').then((m) => m.ShortFormatCalendarPage)),
  },
  {
    path: 'befragungen',
    title: 'evaluation.title.mine',
    canActivate: [signedInGuard, roleGuard('PARTICIPANT')],
    loadComponent: withTexts(['evaluation'], () => import('@koko/web/evaluation/feature').then((m) => m.MySurveysPage)),
  },
  // A mail's one-time link: no account needed (the token follows in the fragment).
  {
    path: WebRoute.SURVEY_LINK,
    title: 'evaluation.title.answer',
    loadComponent: withTexts(['evaluation'], () => import('@koko/web/evaluation/feature').then((m) => m.SurveyAnswerPage)),
  },
  {
    path: 'befragungen/:id',
    title: 'evaluation.title.answer',
    canActivate: [signedInGuard, roleGuard('PARTICIPANT')],
    loadComponent: withTexts(['evaluation'], () => import('@koko/web/evaluation/feature').then((m) => m.SurveyAnswerPage)),
  },
  // routes: counselling (participants ask; admins and advisors work through the requests)
  {
    path: 'beratung',
    title: 'counselling.title.mine',
    canActivate: [signedInGuard, roleGuard('PARTICIPANT')],
    loadComponent: withTexts(['counselling', 'assessment', 'enrolment'], () => import('@koko/web/counselling/feature').then((m) => m.MyCounsellingPage)),
  },
  {
    path: 'beratung/neu',
    title: 'counselling.title.new',
    canActivate: [signedInGuard, roleGuard('PARTICIPANT')],
    loadComponent: withTexts(['counselling', 'assessment', 'enrolment'], () => import('@koko/web/counselling/feature').then((m) => m.RequestCounsellingPage)),
  },
  {
    path: 'beratung/kontakt',
    title: 'counselling.title.contact',
    loadComponent: () => import('@koko/web/counselling/feature').then((m) => m.RequestCounsellingPage),
  },
  {
    path: 'beratung/eingang',
    title: 'counselling.title.inbox',
    canActivate: [signedInGuard, roleGuard('ADMIN', 'ADVISOR')],
    loadComponent: withTexts(['counselling', 'assessment', 'enrolment'], () => import('@koko/web/counselling/feature').then((m) => m.CounsellingInboxPage)),
  },
  {
    path: 'beratung/anfragen/:id',
    title: 'counselling.title.detail',
    canActivate: [signedInGuard, roleGuard('PARTICIPANT', 'ADMIN', 'ADVISOR')],
    loadComponent: withTexts(['counselling', 'assessment', 'enrolment'], () => import('@koko/web/counselling/feature').then((m) => m.CounsellingRequestPage)),
  },
  // routes: accompaniment (a Kommune's development path; the programme overview)
  {
    path: 'begleitung',
    title: 'accompaniment.title.overview',
    canActivate: [signedInGuard, roleGuard('ADMIN', 'ADVISOR')],
    loadComponent: withTexts(['accompaniment', 'counselling', 'assessment', 'events', 'evaluation'], () => import('@koko/web/accompaniment/feature').then((m) => m.AccompanimentOverviewPage)),
  },
  {
    path: 'begleitung/kommunen/:id',
    title: 'accompaniment.title.kommune',
    canActivate: [signedInGuard, roleGuard('PARTICIPANT', 'ADMIN', 'ADVISOR')],
    loadComponent: withTexts(['accompaniment', 'counselling', 'assessment', 'events', 'evaluation'], () => import('@koko/web/accompaniment/feature').then((m) => m.KommunePathPage)),
  },
  {
    path: 'auswertung',
    title: 'evaluation.title.results',
    canActivate: [signedInGuard, roleGuard('EVALUATION', 'ADMIN', 'TRAINER')],
    loadComponent: withTexts(['evaluation'], () => import('@koko/web/evaluation/feature').then((m) => m.SurveysResultsPage)),
  },
  {
    path: 'auswertung/frageboegen',
    title: 'evaluation.title.questionnaires',
    canActivate: [signedInGuard, roleGuard('EVALUATION', 'ADMIN')],
    loadComponent: withTexts(['evaluation'], () => import('@koko/web/evaluation/feature').then((m) => m.QuestionnairesPage)),
  },
  {
    path: 'auswertung/frageboegen/neu',
    title: 'evaluation.title.builderNew',
    canActivate: [signedInGuard, roleGuard('EVALUATION', 'ADMIN')],
    loadComponent: withTexts(['evaluation'], () => import('@koko/web/evaluation/feature').then((m) => m.QuestionnaireBuilderPage)),
  },
  {
    path: 'auswertung/frageboegen/:id',
    title: 'evaluation.title.builder',
    canActivate: [signedInGuard, roleGuard('EVALUATION', 'ADMIN')],
    loadComponent: withTexts(['evaluation'], () => import('@koko/web/evaluation/feature').then((m) => m.QuestionnaireBuilderPage)),
  },
  {
    path: 'auswertung/:id',
    title: 'evaluation.title.result',
    canActivate: [signedInGuard, roleGuard('EVALUATION', 'ADMIN', 'TRAINER')],
    loadComponent: withTexts(['evaluation'], () => import('@koko/web/evaluation/feature').then((m) => m.SurveyResultsPage)),
  },
  {
    path: 'veranstaltungen/meine-anmeldungen',
    title: 'events.title.mine',
    canActivate: [signedInGuard],
    loadComponent: withTexts(['events', 'content', 'enrolment'], () => import('@koko/web/events/feature-public').then((m) => m.MyRegistrationsPage)),
  },
  {
    path: 'veranstaltungen/anmeldung/:token',
    title: 'events.title.link',
    loadComponent: withTexts(['events', 'content', 'enrolment'], () => import('@koko/web/events/feature-public').then((m) => m.RegistrationLinkPage)),
  },
  {
    path: 'veranstaltungen/:id',
    title: 'events.title.detail',
    loadComponent: withTexts(['events', 'content', 'enrolment'], () => import('@koko/web/events/feature-public').then((m) => m.ShortFormatDetailPage)),
  },
  {
    path: 'verwaltung/kurzformate',
    title: 'events.title.admin',
    canActivate: [signedInGuard, roleGuard('ADMIN')],
    loadComponent: withTexts(['events'], () => import('@koko/web/events/feature-admin').then((m) => m.ShortFormatsAdminPage)),
  },
  {
    path: 'verwaltung/kurzformate/:id',
    title: 'events.title.adminDetail',
    canActivate: [signedInGuard, roleGuard('ADMIN')],
    loadComponent: withTexts(['events'], () => import('@koko/web/events/feature-admin').then((m) => m.ShortFormatAdminPage)),
  },
  // routes: certificates (admin; verification is public, no account)
  {
    path: 'verwaltung/durchgaenge/:id/zertifikate',
    title: 'certificates.title.admin',
    canActivate: [signedInGuard, roleGuard('ADMIN')],
    loadComponent: withTexts(['certificates'], () => import('@koko/web/certificates/feature-admin').then((m) => m.CohortCertificatesPage)),
  },
  {
    path: 'verify',
    title: 'certificates.title.verify',
    loadComponent: withTexts(['certificates'], () => import('@koko/web/certificates/feature-verify').then((m) => m.VerifyPage)),
  },
  {
    path: WebRoute.VERIFY_CERTIFICATE,
    title: 'certificates.title.verify',
    loadComponent: withTexts(['certificates'], () => import('@koko/web/certificates/feature-verify').then((m) => m.VerifyPage)),
  },
  // routes: enrolment
  {
    path: 'bewerben',
    title: 'enrolment.title.openCohorts',
    loadComponent: withTexts(['enrolment', 'content'], () => import('@koko/web/enrolment/feature-apply').then((m) => m.OpenCohortsPage)),
  },
  {
    path: WebRoute.APPLY,
    title: 'enrolment.title.apply',
    loadComponent: withTexts(['enrolment', 'content'], () => import('@koko/web/enrolment/feature-apply').then((m) => m.ApplyPage)),
  },
  {
    path: 'verwaltung/anmeldungen',
    title: 'enrolment.title.admin',
    canActivate: [signedInGuard, roleGuard('ADMIN')],
    loadComponent: withTexts(['enrolment'], () => import('@koko/web/enrolment/feature-admin').then((m) => m.EnrolmentsPage)),
  },
  // routes: grading (trainers and admins)
  {
    path: WebRoute.GRADING_QUEUE,
    title: 'grading.title.queue',
    canActivate: [signedInGuard, roleGuard('TRAINER', 'ADMIN')],
    loadComponent: withTexts(['grading'], () => import('@koko/web/assessment/feature-grading').then((m) => m.GradingQueuePage)),
  },
  {
    path: WebRoute.GRADING_ATTEMPT,
    title: 'grading.title.attempt',
    canActivate: [signedInGuard, roleGuard('TRAINER', 'ADMIN')],
    loadComponent: withTexts(['grading'], () => import('@koko/web/assessment/feature-grading').then((m) => m.GradingPage)),
  },
  {
    path: 'verwaltung/programm/:position/raster',
    title: 'grading.title.rubric',
    canActivate: [signedInGuard, roleGuard('ADMIN')],
    loadComponent: withTexts(['grading'], () => import('@koko/web/assessment/feature-grading').then((m) => m.RubricEditorPage)),
  },
  // routes: progress
  {
    path: WebRoute.MY_WAY,
    title: 'progress.title.myWay',
    canActivate: [signedInGuard],
    loadComponent: withTexts(['progress', 'assessment', 'enrolment'], () => import('@koko/web/progress/feature-participant').then((m) => m.MyWayPage)),
    // The page's named outlet shows the certificates section; progress itself knows nothing of certificates.
    children: [
      {
        path: '',
        outlet: 'certificates',
        loadComponent: withTexts(['certificates'], () => import('@koko/web/certificates/feature-mine').then((m) => m.MyCertificatesSection)),
      },
      // Next to the modules: the development path of the participant's Kommune (accompaniment).
      {
        path: '',
        outlet: 'kommune',
        loadComponent: withTexts(['accompaniment', 'counselling', 'assessment'], () => import('@koko/web/accompaniment/feature').then((m) => m.MyKommuneSection)),
      },
    ],
  },
  {
    path: WebRoute.ASSIGNMENT,
    title: 'assessment.title.assignment',
    canActivate: [signedInGuard],
    loadComponent: withTexts(['assessment'], () => import('@koko/web/assessment/feature-assignment').then((m) => m.AssignmentPage)),
  },
  {
    path: 'trainer/durchgaenge',
    title: 'progress.title.trainerCohorts',
    canActivate: [signedInGuard, roleGuard('TRAINER', 'ADMIN')],
    loadComponent: withTexts(['progress', 'certificates', 'evaluation', 'grading'], () => import('@koko/web/progress/feature-trainer').then((m) => m.TrainerCohortsPage)),
  },
  {
    path: 'trainer/durchgaenge/:id/anwesenheit',
    title: 'progress.title.attendance',
    canActivate: [signedInGuard, roleGuard('TRAINER', 'ADMIN')],
    loadComponent: withTexts(['progress', 'certificates', 'evaluation', 'grading'], () => import('@koko/web/progress/feature-trainer').then((m) => m.AttendancePage)),
  },
  {
    path: 'trainer/durchgaenge/:id/fortschritt',
    title: 'progress.title.matrix',
    canActivate: [signedInGuard, roleGuard('TRAINER', 'ADMIN')],
    loadComponent: withTexts(['progress', 'certificates', 'evaluation', 'grading'], () => import('@koko/web/progress/feature-trainer').then((m) => m.ProgressMatrixPage)),
  },
  {
    path: 'verwaltung/protokoll',
    title: 'progress.title.audit',
    canActivate: [signedInGuard, roleGuard('ADMIN')],
    loadComponent: withTexts(['progress', 'certificates', 'evaluation', 'grading'], () => import('@koko/web/progress/feature-trainer').then((m) => m.AuditTrailPage)),
  },
  {
    path: '**',
    title: 'title.notFound',
    loadComponent: withTexts(['content'], () => import('./not-found/not-found-page').then((m) => m.NotFoundPage)),
  },
];

import type { Route } from '@angular/router';
import { roleGuard, signedInGuard, signedOutGuard } from '@koko/web/identity/data-access';

/** Route titles are dictionary keys (see TranslatedTitleStrategy). Paths are German. */
export const appRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: 'title.home',
    canActivate: [signedInGuard],
    loadComponent: () => import('./home/home-page').then((m) => m.HomePage),
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
    path: 'passwort-neu',
    title: 'title.setPassword',
    loadComponent: () => import('@koko/web/identity/feature-auth').then((m) => m.SetPasswordPage),
  },
  {
    path: 'einladung',
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
    path: 'verwaltung/benutzer',
    title: 'title.adminUsers',
    canActivate: [signedInGuard, roleGuard('ADMIN')],
    loadComponent: () => import('@koko/web/identity/feature-admin-users').then((m) => m.AdminUsersPage),
  },
  {
    path: '**',
    title: 'title.notFound',
    loadComponent: () => import('./not-found/not-found-page').then((m) => m.NotFoundPage),
  },
];

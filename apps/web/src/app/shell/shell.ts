import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { MatToolbar } from '@angular/material/toolbar';
import { NavigationCancel, NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { filter, map, skip } from 'rxjs';
import { FOOTER_PAGES } from '@koko/web/content/data-access/public-pages';
import { type FooterLink, SiteFooter } from '@koko/web/content/ui/site-footer';
import { SessionStore } from '@koko/web/identity/data-access';
import { ServiceAvailability } from '@koko/web/shared/data-access-graphql/core';
import { I18nService, type TranslationKey, TranslatePipe } from '@koko/web/shared/util';

interface NavLink {
  path: string;
  label: TranslationKey;
  exact: boolean;
}

/** Layout: skip link, banner with toolbar (navigation, language switch, user menu) and the main region. */
@Component({
  selector: 'koko-shell',
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    MatToolbar,
    MatButton,
    MatIconButton,
    MatIcon,
    MatMenu,
    MatMenuItem,
    MatMenuTrigger,
    TranslatePipe,
    SiteFooter,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
})
export class Shell {
  protected readonly session = inject(SessionStore);
  protected readonly availability = inject(ServiceAvailability);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  protected readonly otherLocale = computed(() => (this.i18n.locale() === 'de' ? 'en' : 'de'));

  /** On every page: the legal pages, applying and the certificate check (also for signed-in users). */
  protected readonly footerLinks: FooterLink[] = [
    ...FOOTER_PAGES.map((slug) => ({ path: `/${slug}`, label: `content.title.${slug}` as TranslationKey, testId: `footer-${slug}` })),
    { path: '/bewerben', label: 'content.footer.apply', testId: 'footer-apply' },
    { path: '/beratung/kontakt', label: 'content.footer.counselling', testId: 'footer-counselling' },
    { path: '/verify', label: 'content.footer.verify', testId: 'footer-verify' },
    { path: '/barriere-melden', label: 'content.footer.report', testId: 'footer-report', withPage: true },
  ];

  /** Known once `me` has answered, so a signed-in user never sees the sign-in link flash up. */
  private readonly sessionKnown = signal(false);
  private readonly url = toSignal(
    this.router.events.pipe(
      filter((event) => event instanceof NavigationEnd),
      map((event) => event.urlAfterRedirects),
    ),
    { initialValue: this.router.url },
  );
  /** Public pages (e.g. certificate verification) offer signing in; the sign-in page itself does not. */
  protected readonly showSignIn = computed(() => this.sessionKnown() && !this.session.signedIn() && !this.session.sessionUnknown() && !this.url().startsWith('/anmelden'));

  /** The main links: each role sees its everyday areas. */
  protected readonly navLinks = computed<NavLink[]>(() => {
    if (!this.session.signedIn()) return [];
    const links: NavLink[] = [{ path: '/', label: 'nav.home', exact: true }];
    if (this.session.isParticipant()) {
      links.push({ path: '/mein-weg', label: 'progress.nav.myWay', exact: false }, { path: '/bewerben', label: 'enrolment.nav.apply', exact: false });
    }
    if (this.session.isParticipant()) links.push({ path: '/befragungen', label: 'evaluation.nav.mine', exact: false });
    if (this.session.isParticipant()) links.push({ path: '/beratung', label: 'counselling.nav.mine', exact: true });
    // Admins find counselling requests and survey results in the administration menu (and on their
    // start page): the toolbar keeps room for its links at desktop width.
    if (!this.session.isAdmin() && this.session.hasRole('ADVISOR')) links.push({ path: '/beratung/eingang', label: 'counselling.nav.inbox', exact: false });
    if (!this.session.isAdmin() && this.session.hasRole('ADVISOR')) links.push({ path: '/begleitung', label: 'accompaniment.nav.overview', exact: false });
    links.push({ path: '/veranstaltungen', label: 'events.nav', exact: false });
    if (!this.session.isAdmin() && (this.session.hasRole('EVALUATION') || this.session.isTrainer())) links.push({ path: '/auswertung', label: 'evaluation.nav.results', exact: false });
    if (this.session.isTrainer()) links.push({ path: '/trainer/durchgaenge', label: 'progress.nav.trainerCohorts', exact: false });
    if (this.session.isTrainer()) links.push({ path: '/trainer/bewertung', label: 'grading.nav.queue', exact: false });
    if (this.session.isAdmin()) {
      links.push(
        { path: '/verwaltung/durchgaenge', label: 'catalogue.nav.cohorts', exact: false },
        { path: '/verwaltung/anmeldungen', label: 'enrolment.nav.admin', exact: false },
      );
    }
    return links;
  });

  /** Administration, grouped in one menu so the toolbar stays readable. */
  protected readonly adminLinks = computed<NavLink[]>(() => {
    if (!this.session.isAdmin()) return [];
    const links: NavLink[] = [
      { path: '/beratung/eingang', label: 'counselling.nav.inbox', exact: false },
      { path: '/begleitung', label: 'accompaniment.nav.overview', exact: false },
      { path: '/auswertung', label: 'evaluation.nav.results', exact: false },
    ];
    if (!this.session.isTrainer()) links.push({ path: '/trainer/durchgaenge', label: 'progress.nav.adminCohorts', exact: false });
    if (!this.session.isTrainer()) links.push({ path: '/trainer/bewertung', label: 'grading.nav.queue', exact: false });
    links.push(
      { path: '/verwaltung/programm', label: 'catalogue.nav.programme', exact: false },
      { path: '/verwaltung/kommunen', label: 'catalogue.nav.municipalities', exact: false },
      { path: '/verwaltung/kurzformate', label: 'events.nav.admin', exact: false },
      { path: '/verwaltung/benutzer', label: 'nav.adminUsers', exact: false },
      { path: '/verwaltung/protokoll', label: 'progress.nav.audit', exact: false },
      { path: '/verwaltung/seiten', label: 'content.nav.admin', exact: false },
      { path: '/verwaltung/barrieren', label: 'content.nav.barrierReports', exact: false },
    );
    return links;
  });

  /** A navigation the guards held back while the API was unavailable; "try again" resumes it. */
  private heldBackUrl: string | null = null;

  constructor() {
    this.router.events
      .pipe(
        filter((event) => event instanceof NavigationCancel),
        takeUntilDestroyed(),
      )
      .subscribe((event) => {
        if (this.availability.unavailable()) this.heldBackUrl = event.url;
      });
    // Pages without guards (e.g. "not found", password reset) still show who is signed in.
    void this.session.ensureLoaded().then(() => this.sessionKnown.set(true));
    // After in-app navigation, move focus to the main region so screen readers start at the new page.
    this.router.events
      .pipe(
        filter((event) => event instanceof NavigationEnd),
        skip(1),
        takeUntilDestroyed(),
      )
      .subscribe(() => setTimeout(() => this.main().nativeElement.focus({ preventScroll: true })));
  }

  protected skipToContent(event: Event): void {
    event.preventDefault();
    this.main().nativeElement.focus();
  }

  /** Asks the API again; once it answers, a held-back navigation continues (a page's own data reloads with its retry). */
  protected async retry(): Promise<void> {
    await this.session.ensureLoaded(true);
    this.sessionKnown.set(true);
    if (this.availability.unavailable()) return;
    const url = this.heldBackUrl;
    this.heldBackUrl = null;
    if (url) await this.router.navigateByUrl(url);
  }

  protected switchLanguage(): void {
    void this.session.setLocale(this.otherLocale());
  }

  protected async signOut(): Promise<void> {
    await this.session.signOut();
    await this.router.navigateByUrl('/anmelden');
  }
}

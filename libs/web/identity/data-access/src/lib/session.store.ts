import { computed, inject, Injectable, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Router } from '@angular/router';
import {
  type AcceptInvitationInput,
  type Locale,
  type Role,
  isServiceUnavailable,
  ServiceAvailability,
  SessionExpiry,
  type UpdateProfileInput,
} from '@koko/web/shared/data-access-graphql/core';
import {
  AcceptInvitationDocument,
  ChangePasswordDocument,
  DeleteMyAccountDocument,
  type CurrentUserFieldsFragment,
  RequestPasswordResetDocument,
  ResetPasswordDocument,
  SessionDocument,
  type SessionQuery,
  SignInDocument,
  SignOutDocument,
  SignOutEverywhereDocument,
  UpdateProfileDocument,
} from '@koko/web/shared/data-access-graphql/identity';
import { I18nService, type UiLocale } from '@koko/web/shared/util';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

export type CurrentUser = CurrentUserFieldsFragment;
export type AppInfo = SessionQuery['appInfo'];

export function toUiLocale(locale: Locale): UiLocale {
  return locale === 'EN' ? 'en' : 'de';
}

export function toApiLocale(locale: UiLocale): Locale {
  return locale === 'en' ? 'EN' : 'DE';
}

function required<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('Empty API response');
  return value;
}

/** The signed-in user (from `me`) and everything that changes the session. */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly apollo = inject(Apollo);
  private readonly i18n = inject(I18nService);
  private readonly availability = inject(ServiceAvailability);
  private loading: Promise<CurrentUser | null> | null = null;

  private readonly userState = signal<CurrentUser | null>(null);
  private readonly appInfoState = signal<AppInfo | null>(null);
  /** The last session check could not be answered (API unavailable): signed in or not is unknown. */
  private readonly unknownState = signal(false);

  readonly user = this.userState.asReadonly();
  readonly appInfo = this.appInfoState.asReadonly();
  readonly sessionUnknown = this.unknownState.asReadonly();
  readonly signedIn = computed(() => this.userState() !== null);
  readonly roles = computed<readonly Role[]>(() => this.userState()?.roles ?? []);
  readonly isAdmin = computed(() => this.roles().includes('ADMIN'));
  readonly isTrainer = computed(() => this.roles().includes('TRAINER'));
  readonly isParticipant = computed(() => this.roles().includes('PARTICIPANT'));
  readonly devMailAvailable = computed(() => this.isAdmin() && this.appInfoState()?.devMail === true);

  constructor() {
    const router = inject(Router);
    inject(SessionExpiry)
      .expired$.pipe(takeUntilDestroyed())
      .subscribe(() => {
        if (!this.userState()) return;
        void this.clear().then(() =>
          router.navigate(['/anmelden'], { queryParams: { returnUrl: router.url !== '/' ? router.url : null } }),
        );
      });
  }

  hasRole(role: Role): boolean {
    return this.roles().includes(role);
  }

  /**
   * Loads `me` once (guards await this); `refresh` forces a new request. When the API is temporarily
   * unavailable the answer is the user known so far (null if none) and `sessionUnknown()` is true:
   * guards then keep the user where they are instead of sending them to the sign-in page.
   */
  ensureLoaded(refresh = false): Promise<CurrentUser | null> {
    if (!this.loading || refresh) {
      this.loading = this.fetchSession().catch((error: unknown) => {
        this.loading = null;
        if (isServiceUnavailable(error)) {
          this.availability.report();
          this.unknownState.set(true);
          return this.userState();
        }
        this.unknownState.set(false);
        return null;
      });
    }
    return this.loading;
  }

  async signIn(email: string, password: string): Promise<CurrentUser> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: SignInDocument, variables: { input: { email, password } } }),
    );
    const user = required(result.data?.signIn);
    await this.afterSignIn(user);
    return user;
  }

  async acceptInvitation(input: AcceptInvitationInput): Promise<CurrentUser> {
    const result = await firstValueFrom(this.apollo.mutate({ mutation: AcceptInvitationDocument, variables: { input } }));
    const user = required(result.data?.acceptInvitation);
    await this.afterSignIn(user);
    return user;
  }

  async signOut(): Promise<void> {
    try {
      await firstValueFrom(this.apollo.mutate({ mutation: SignOutDocument }));
    } finally {
      await this.clear();
    }
  }

  async signOutEverywhere(): Promise<void> {
    await firstValueFrom(this.apollo.mutate({ mutation: SignOutEverywhereDocument }));
    await this.clear();
  }

  async requestPasswordReset(email: string): Promise<void> {
    await firstValueFrom(this.apollo.mutate({ mutation: RequestPasswordResetDocument, variables: { input: { email } } }));
  }

  async resetPassword(token: string, password: string): Promise<void> {
    await firstValueFrom(this.apollo.mutate({ mutation: ResetPasswordDocument, variables: { input: { token, password } } }));
  }

  async changePassword(currentPassword: string, newPassword: string): Promise<void> {
    await firstValueFrom(
      this.apollo.mutate({ mutation: ChangePasswordDocument, variables: { input: { currentPassword, newPassword } } }),
    );
  }

  /** Deletes (anonymises) the own account after the server checked the password; the session ends. */
  async deleteMyAccount(password: string): Promise<void> {
    await firstValueFrom(this.apollo.mutate({ mutation: DeleteMyAccountDocument, variables: { input: { password } } }));
    await this.clear();
  }

  async updateProfile(input: UpdateProfileInput): Promise<CurrentUser> {
    const result = await firstValueFrom(this.apollo.mutate({ mutation: UpdateProfileDocument, variables: { input } }));
    const user = required(result.data?.updateProfile);
    this.userState.set(user);
    this.i18n.setLocale(toUiLocale(user.locale));
    return user;
  }

  /** Switches the UI language; when signed in, also stores it in the profile (best effort). */
  async setLocale(locale: UiLocale): Promise<void> {
    this.i18n.setLocale(locale);
    const user = this.userState();
    if (!user || user.locale === toApiLocale(locale)) return;
    try {
      await this.updateProfile({
        displayName: user.displayName,
        certificateName: user.certificateName,
        locale: toApiLocale(locale),
      });
    } catch {
      // The local choice still applies; the profile keeps its previous language.
    }
  }

  private async fetchSession(): Promise<CurrentUser | null> {
    const result = await firstValueFrom(this.apollo.query({ query: SessionDocument, fetchPolicy: 'network-only' }));
    const data = result.data;
    this.unknownState.set(false);
    this.appInfoState.set(data?.appInfo ?? null);
    const user = data?.me ?? null;
    this.userState.set(user);
    if (user) this.i18n.setLocale(toUiLocale(user.locale));
    return user;
  }

  private async afterSignIn(user: CurrentUser): Promise<void> {
    await this.apollo.client.clearStore();
    this.userState.set(user);
    this.i18n.setLocale(toUiLocale(user.locale));
    // appInfo (e.g. devMail) may differ for signed-in users; reload the session in the background.
    this.loading = this.fetchSession().catch(() => user);
    await this.loading;
  }

  private async clear(): Promise<void> {
    this.userState.set(null);
    this.loading = Promise.resolve(null);
    await this.apollo.client.clearStore();
  }
}

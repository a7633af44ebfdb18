import { ChangeDetectionStrategy, Component, effect, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { type Locale, SessionStore } from '@koko/web/identity/data-access';
import type { CertificateTitle } from '@koko/web/shared/data-access-graphql';
import { ApiErrorService } from '@koko/web/shared/data-access-graphql';
import { ConfirmService, FormError, LoadingState, Notifier, PageHeader } from '@koko/web/shared/ui';
import {
  I18nService,
  localeKey,
  matchesControl,
  PASSWORD_MIN_LENGTH,
  passwordPolicyValidator,
  TranslatePipe,
  type TranslationKey,
} from '@koko/web/shared/util';

/** `/profil` – personal details, language, password and "sign out everywhere". */
@Component({
  selector: 'koko-profile-page',
  imports: [
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatSelect,
    MatOption,
    MatButton,
    MatAnchor,
    RouterLink,
    PageHeader,
    FormError,
    LoadingState,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './profile-page.html',
  styleUrl: './profile-page.scss',
})
export class ProfilePage {
  protected readonly session = inject(SessionStore);
  private readonly i18n = inject(I18nService);
  private readonly errors = inject(ApiErrorService);
  private readonly confirm = inject(ConfirmService);
  private readonly notifier = inject(Notifier);
  private readonly router = inject(Router);

  protected readonly locales: Locale[] = ['DE', 'EN'];
  /** The printed title is German on every certificate; the options show it as printed. */
  protected readonly titles: CertificateTitle[] = ['FEMININE', 'MASCULINE', 'INCLUSIVE'];
  protected titleKey(title: CertificateTitle): TranslationKey {
    return `profile.certificateTitle.${title}`;
  }
  protected readonly localeKey = localeKey;
  protected readonly min = PASSWORD_MIN_LENGTH;

  protected readonly profileForm = new FormGroup({
    displayName: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(100)] }),
    certificateName: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(150)] }),
    certificateTitle: new FormControl<CertificateTitle>('INCLUSIVE', { nonNullable: true }),
    locale: new FormControl<Locale>('DE', { nonNullable: true }),
  });
  protected readonly savingProfile = signal(false);
  protected readonly profileError = signal<string | null>(null);

  protected readonly passwordForm = new FormGroup({
    currentPassword: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    password: new FormControl('', { nonNullable: true, validators: [Validators.required, passwordPolicyValidator] }),
    confirm: new FormControl('', { nonNullable: true, validators: [Validators.required, matchesControl('password')] }),
  });
  protected readonly savingPassword = signal(false);
  protected readonly passwordError = signal<string | null>(null);

  protected readonly signingOut = signal(false);
  protected readonly sessionError = signal<string | null>(null);

  constructor() {
    effect(() => {
      const user = this.session.user();
      if (user && this.profileForm.pristine) {
        this.profileForm.reset({ displayName: user.displayName, certificateName: user.certificateName, certificateTitle: user.certificateTitle, locale: user.locale });
      }
    });
    this.passwordForm.controls.password.valueChanges.subscribe(() =>
      this.passwordForm.controls.confirm.updateValueAndValidity({ emitEvent: false }),
    );
  }

  protected async saveProfile(): Promise<void> {
    if (this.profileForm.invalid) {
      this.profileForm.markAllAsTouched();
      return;
    }
    this.savingProfile.set(true);
    this.profileError.set(null);
    try {
      const { displayName, certificateName, certificateTitle, locale } = this.profileForm.getRawValue();
      const user = await this.session.updateProfile({
        displayName: displayName.trim(),
        certificateName: certificateName.trim(),
        certificateTitle,
        locale,
      });
      this.profileForm.reset({ displayName: user.displayName, certificateName: user.certificateName, certificateTitle: user.certificateTitle, locale: user.locale });
      this.notifier.success(this.i18n.t('profile.saved'));
    } catch (error) {
      this.profileError.set(this.errors.describe(error).message);
    } finally {
      this.savingProfile.set(false);
    }
  }

  protected async changePassword(): Promise<void> {
    if (this.passwordForm.invalid) {
      this.passwordForm.markAllAsTouched();
      return;
    }
    this.savingPassword.set(true);
    this.passwordError.set(null);
    try {
      const { currentPassword, password } = this.passwordForm.getRawValue();
      await this.session.changePassword(currentPassword, password);
      this.passwordForm.reset();
      this.notifier.success(this.i18n.t('profile.passwordChanged'));
    } catch (error) {
      this.passwordError.set(this.errors.describe(error).message);
    } finally {
      this.savingPassword.set(false);
    }
  }

  protected async signOutEverywhere(): Promise<void> {
    const confirmed = await this.confirm.confirm({
      title: this.i18n.t('profile.signOutEverywhereConfirmTitle'),
      message: this.i18n.t('profile.signOutEverywhereConfirmText'),
      confirmLabel: this.i18n.t('profile.signOutEverywhere'),
      destructive: true,
    });
    if (!confirmed) return;
    this.signingOut.set(true);
    this.sessionError.set(null);
    try {
      await this.session.signOutEverywhere();
      this.notifier.success(this.i18n.t('profile.signedOutEverywhere'));
      await this.router.navigateByUrl('/anmelden');
    } catch (error) {
      this.sessionError.set(this.errors.describe(error).message);
    } finally {
      this.signingOut.set(false);
    }
  }
}

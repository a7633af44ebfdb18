import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { type InvitationInfo, InvitationService, SessionStore } from '@koko/web/identity/data-access';
import { type ApiError, ApiErrorService } from '@koko/web/shared/data-access-graphql';
import { ErrorState, FormError, LoadingState, PageHeader } from '@koko/web/shared/ui';
import { LocalizedDatePipe, TranslatePipe } from '@koko/web/shared/util';
import { firstValueFrom } from 'rxjs';
import { newPasswordControls } from './new-password-form';
import { PasswordFields } from './password-fields';

/** `/einladung?token=…` – completes an invited account and signs the user in. */
@Component({
  selector: 'koko-accept-invitation-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatButton,
    PageHeader,
    FormError,
    ErrorState,
    LoadingState,
    PasswordFields,
    TranslatePipe,
    LocalizedDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './accept-invitation-page.html',
})
export class AcceptInvitationPage {
  private readonly session = inject(SessionStore);
  private readonly invitations = inject(InvitationService);
  private readonly router = inject(Router);
  private readonly errors = inject(ApiErrorService);

  readonly token = input<string | undefined>();

  protected readonly invitation = signal<InvitationInfo | null>(null);
  protected readonly loading = signal(false);
  protected readonly loadError = signal<ApiError | null>(null);
  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);

  protected readonly form = new FormGroup({
    displayName: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(100)] }),
    certificateName: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(150)] }),
    ...newPasswordControls(),
  });

  constructor() {
    effect(() => {
      const token = this.token();
      if (token) void this.load(token);
    });
  }

  protected async load(token = this.token()): Promise<void> {
    if (!token) return;
    this.loading.set(true);
    this.loadError.set(null);
    try {
      const invitation = await firstValueFrom(this.invitations.get(token));
      this.invitation.set(invitation);
      if (!this.form.controls.displayName.value) this.form.controls.displayName.setValue(invitation.displayName);
      if (!this.form.controls.certificateName.value) this.form.controls.certificateName.setValue(invitation.displayName);
    } catch (error) {
      this.loadError.set(this.errors.describe(error));
    } finally {
      this.loading.set(false);
    }
  }

  protected async submit(): Promise<void> {
    const token = this.token();
    if (!token) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    this.error.set(null);
    try {
      const { displayName, certificateName, password } = this.form.getRawValue();
      await this.session.acceptInvitation({
        token,
        displayName: displayName.trim(),
        certificateName: certificateName.trim(),
        password,
      });
      await this.router.navigateByUrl('/');
    } catch (error) {
      this.error.set(this.errors.describe(error).message);
    } finally {
      this.submitting.set(false);
    }
  }
}

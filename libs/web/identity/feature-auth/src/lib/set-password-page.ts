import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { SessionStore } from '@koko/web/identity/data-access';
import { ApiErrorService } from '@koko/web/shared/data-access-graphql';
import { ErrorState, FormError, PageHeader } from '@koko/web/shared/ui';
import { TranslatePipe } from '@koko/web/shared/util';
import { newPasswordControls } from './new-password-form';
import { PasswordFields } from './password-fields';

/** `/passwort-neu?token=…` – sets a new password from the reset link. */
@Component({
  selector: 'koko-set-password-page',
  imports: [ReactiveFormsModule, RouterLink, MatButton, PageHeader, FormError, ErrorState, PasswordFields, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './set-password-page.html',
})
export class SetPasswordPage {
  private readonly session = inject(SessionStore);
  private readonly errors = inject(ApiErrorService);

  readonly token = input<string | undefined>();

  protected readonly form = new FormGroup(newPasswordControls());
  protected readonly submitting = signal(false);
  protected readonly done = signal(false);
  protected readonly error = signal<string | null>(null);

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
      await this.session.resetPassword(token, this.form.getRawValue().password);
      this.done.set(true);
    } catch (error) {
      this.error.set(this.errors.describe(error).message);
    } finally {
      this.submitting.set(false);
    }
  }
}

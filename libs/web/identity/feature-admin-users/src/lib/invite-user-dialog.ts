import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatDialogActions, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { type AdminUser, AdminUsersService, type Locale, type Role, toApiLocale } from '@koko/web/identity/data-access';
import { ApiErrorService } from '@koko/web/shared/data-access-graphql';
import { FormError } from '@koko/web/shared/ui';
import { I18nService, localeKey, roleKey, TranslatePipe } from '@koko/web/shared/util';
import { ROLE_OPTIONS, type RoleCheckboxes, rolesFrom, rolesRequired } from './role-options';

/** Invites a new user (e-mail, roles, language). Closes with the invited user. */
@Component({
  selector: 'koko-invite-user-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    MatSelect,
    MatOption,
    MatCheckbox,
    MatButton,
    FormError,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './invite-user-dialog.html',
  styleUrl: './dialog-form.scss',
})
export class InviteUserDialog {
  private readonly ref = inject<MatDialogRef<InviteUserDialog, AdminUser>>(MatDialogRef);
  private readonly users = inject(AdminUsersService);
  private readonly errors = inject(ApiErrorService);
  private readonly i18n = inject(I18nService);

  protected readonly roleOptions = ROLE_OPTIONS;
  protected readonly roleKey = roleKey;
  protected readonly localeKey = localeKey;
  protected readonly locales: Locale[] = ['DE', 'EN'];

  protected readonly form = new FormGroup({
    email: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.email] }),
    displayName: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(100)] }),
    roles: new FormGroup(
      {
        PARTICIPANT: new FormControl(true, { nonNullable: true }),
        TRAINER: new FormControl(false, { nonNullable: true }),
        ADMIN: new FormControl(false, { nonNullable: true }),
        EVALUATION: new FormControl(false, { nonNullable: true }),
        ADVISOR: new FormControl(false, { nonNullable: true }),
      } satisfies RoleCheckboxes,
      { validators: rolesRequired },
    ),
    locale: new FormControl<Locale>(toApiLocale(this.i18n.locale()), { nonNullable: true }),
  });
  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);

  protected testId(role: Role): string {
    return `invite-role-${role.toLowerCase()}`;
  }

  protected cancel(): void {
    this.ref.close();
  }

  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    this.error.set(null);
    try {
      const { email, displayName, roles, locale } = this.form.getRawValue();
      const user = await this.users.invite({
        email: email.trim(),
        roles: rolesFrom(roles),
        locale,
        displayName: displayName.trim() || undefined,
      });
      this.ref.close(user);
    } catch (error) {
      this.error.set(this.errors.describe(error).message);
    } finally {
      this.submitting.set(false);
    }
  }
}

import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { type AdminUser, AdminUsersService, type Locale, type Role, toApiLocale } from '@koko/web/identity/data-access';
import { createDialogForm } from '@koko/web/shared/data-access-graphql';
import { DialogFormScaffold } from '@koko/web/shared/ui';
import { I18nService, localeKey, roleKey, TranslatePipe } from '@koko/web/shared/util';
import { ROLE_OPTIONS, type RoleCheckboxes, rolesFrom, rolesRequired } from './role-options';

/** Invites a new user (e-mail, roles, language). Closes with the invited user. */
@Component({
  selector: 'koko-invite-user-dialog',
  imports: [
    ReactiveFormsModule,
    DialogFormScaffold,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    MatSelect,
    MatOption,
    MatCheckbox,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './invite-user-dialog.html',
})
export class InviteUserDialog {
  private readonly users = inject(AdminUsersService);
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

  protected testId(role: Role): string {
    return `invite-role-${role.toLowerCase()}`;
  }

  protected readonly dialog = createDialogForm<AdminUser | undefined>({
    form: this.form,
    save: () => {
      const { email, displayName, roles, locale } = this.form.getRawValue();
      return this.users.invite({ email: email.trim(), roles: rolesFrom(roles), locale, displayName: displayName.trim() || undefined });
    },
  });
}

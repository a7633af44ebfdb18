import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatCheckbox } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { type AdminUser, AdminUsersService } from '@koko/web/identity/data-access';
import { createDialogForm } from '@koko/web/shared/data-access-graphql';
import { DialogFormScaffold } from '@koko/web/shared/ui';
import { roleKey, TranslatePipe } from '@koko/web/shared/util';
import { ROLE_OPTIONS, type RoleCheckboxes, rolesFrom, rolesRequired } from './role-options';

/** Changes a user's roles. Closes with the updated user. */
@Component({
  selector: 'koko-edit-roles-dialog',
  imports: [ReactiveFormsModule, DialogFormScaffold, MatCheckbox, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form
      kokoDialogForm
      [formGroup]="form"
      (ngSubmit)="dialog.submit()"
      [state]="dialog"
      [heading]="'users.rolesDialogTitle' | t: { name: user.displayName || user.email }"
      submitTestId="edit-roles-submit"
    >
      <fieldset>
        <legend>{{ 'users.rolesLegend' | t }}</legend>
        @for (role of roleOptions; track role) {
          <mat-checkbox [formControlName]="role" [attr.data-testid]="'edit-role-' + role.toLowerCase()">{{ roleKey(role) | t }}</mat-checkbox>
        }
        @if (form.invalid && form.touched) {
          <p class="field-error" role="alert">{{ 'users.rolesRequired' | t }}</p>
        }
      </fieldset>
    </form>
  `,
})
export class EditRolesDialog {
  protected readonly user = inject<AdminUser>(MAT_DIALOG_DATA);
  private readonly users = inject(AdminUsersService);

  protected readonly roleOptions = ROLE_OPTIONS;
  protected readonly roleKey = roleKey;
  protected readonly form = new FormGroup(
    {
      PARTICIPANT: new FormControl(this.user.roles.includes('PARTICIPANT'), { nonNullable: true }),
      TRAINER: new FormControl(this.user.roles.includes('TRAINER'), { nonNullable: true }),
      ADMIN: new FormControl(this.user.roles.includes('ADMIN'), { nonNullable: true }),
      EVALUATION: new FormControl(this.user.roles.includes('EVALUATION'), { nonNullable: true }),
      ADVISOR: new FormControl(this.user.roles.includes('ADVISOR'), { nonNullable: true }),
    } satisfies RoleCheckboxes,
    { validators: rolesRequired },
  );
  protected readonly dialog = createDialogForm<AdminUser>({
    form: this.form,
    save: async () => (await this.users.setRoles(this.user.id, rolesFrom(this.form.getRawValue()))) ?? this.user,
  });
}

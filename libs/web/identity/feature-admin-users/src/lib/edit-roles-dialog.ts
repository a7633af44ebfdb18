import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { type AdminUser, AdminUsersService } from '@koko/web/identity/data-access';
import { ApiErrorService } from '@koko/web/shared/data-access-graphql';
import { FormError } from '@koko/web/shared/ui';
import { roleKey, TranslatePipe } from '@koko/web/shared/util';
import { ROLE_OPTIONS, type RoleCheckboxes, rolesFrom, rolesRequired } from './role-options';

/** Changes a user's roles. Closes with the updated user. */
@Component({
  selector: 'koko-edit-roles-dialog',
  imports: [ReactiveFormsModule, MatDialogTitle, MatDialogContent, MatDialogActions, MatCheckbox, MatButton, FormError, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'users.rolesDialogTitle' | t: { name: user.displayName || user.email } }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content class="dialog-form">
        <koko-form-error [message]="error()" />
        <fieldset>
          <legend>{{ 'users.rolesLegend' | t }}</legend>
          @for (role of roleOptions; track role) {
            <mat-checkbox [formControlName]="role" [attr.data-testid]="'edit-role-' + role.toLowerCase()">{{ roleKey(role) | t }}</mat-checkbox>
          }
          @if (form.invalid && form.touched) {
            <p class="field-error" role="alert">{{ 'users.rolesRequired' | t }}</p>
          }
        </fieldset>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" (click)="ref.close()">{{ 'common.cancel' | t }}</button>
        <button mat-flat-button type="submit" [disabled]="submitting()" data-testid="edit-roles-submit">{{ 'common.save' | t }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: './dialog-form.scss',
})
export class EditRolesDialog {
  protected readonly ref = inject<MatDialogRef<EditRolesDialog, AdminUser>>(MatDialogRef);
  protected readonly user = inject<AdminUser>(MAT_DIALOG_DATA);
  private readonly users = inject(AdminUsersService);
  private readonly errors = inject(ApiErrorService);

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
  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);

  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    this.error.set(null);
    try {
      const updated = await this.users.setRoles(this.user.id, rolesFrom(this.form.getRawValue()));
      this.ref.close(updated ?? this.user);
    } catch (error) {
      this.error.set(this.errors.describe(error).message);
    } finally {
      this.submitting.set(false);
    }
  }
}

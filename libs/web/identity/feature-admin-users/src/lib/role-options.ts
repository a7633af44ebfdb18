import type { AbstractControl, FormControl, ValidationErrors } from '@angular/forms';
import type { Role } from '@koko/web/identity/data-access';

export const ROLE_OPTIONS: readonly Role[] = ['PARTICIPANT', 'TRAINER', 'ADMIN', 'EVALUATION', 'ADVISOR'];

export type RoleCheckboxes = Record<Role, FormControl<boolean>>;

export function rolesFrom(value: Record<Role, boolean>): Role[] {
  return ROLE_OPTIONS.filter((role) => value[role]);
}

/** At least one role must be ticked. */
export function rolesRequired(group: AbstractControl<Record<Role, boolean>>): ValidationErrors | null {
  return rolesFrom(group.value).length > 0 ? null : { rolesRequired: true };
}

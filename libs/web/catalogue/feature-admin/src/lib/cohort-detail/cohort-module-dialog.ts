import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { type AbstractControl, FormControl, FormGroup, ReactiveFormsModule, type ValidationErrors, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatTimepicker, MatTimepickerInput, MatTimepickerToggle } from '@angular/material/timepicker';

import {
  berlinToIso,
  type CohortDetail,
  type CohortModuleSettings,
  CohortsAdminService,
  isoToBerlin,
  type UpdatedCohortModule,
} from '@koko/web/catalogue/data-access';
import { createDialogForm } from '@koko/web/shared/data-access-graphql';
import { DialogFormScaffold, provideKokoDates } from '@koko/web/shared/ui';
import { dateOfDay, dateOfTime, dayOf, LocalizedDatePipe, timeOf, TranslatePipe } from '@koko/web/shared/util';
import { CalendarDayPipe } from '../shared/programme-time.pipes';

export interface CohortModuleDialogData {
  cohort: CohortDetail;
  module: CohortModuleSettings;
}

/** The due time is only needed once there is a due day. */
function timeWithDay(group: AbstractControl): ValidationErrors | null {
  return group.get('dueDay')?.value && !group.get('dueTime')?.value ? { timeRequired: true } : null;
}

/** Sets a module's assignment due date and attendance requirement in one cohort. Closes with the saved settings. */
@Component({
  selector: 'koko-cohort-module-dialog',
  imports: [
    ReactiveFormsModule,
    DialogFormScaffold,
    MatFormField,
    MatLabel,
    MatError,
    MatHint,
    MatSuffix,
    MatDatepicker,
    MatDatepickerInput,
    MatDatepickerToggle,
    MatTimepicker,
    MatTimepickerInput,
    MatTimepickerToggle,
    MatInput,
    MatButton,
    TranslatePipe,
    LocalizedDatePipe,
    CalendarDayPipe,
  ],
  providers: [provideKokoDates()],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './cohort-module-dialog.html',
})
export class CohortModuleDialog {
  protected readonly data = inject<CohortModuleDialogData>(MAT_DIALOG_DATA);
  private readonly cohorts = inject(CohortsAdminService);

  private readonly due = this.data.module.assignmentDueAt ? isoToBerlin(this.data.module.assignmentDueAt) : null;
  protected readonly cohortStart = dateOfDay(this.data.cohort.startsOn);
  // Picked with Material's date and time pickers (local Dates), read as a Berlin day and wall-clock time.
  protected readonly form = new FormGroup(
    {
      dueDay: new FormControl<Date | null>(dateOfDay(this.due?.day), {
        validators: [(c: AbstractControl<Date | null>) => (c.value && dayOf(c.value) < this.data.cohort.startsOn ? { beforeCohort: true } : null)],
      }),
      dueTime: new FormControl<Date | null>(dateOfTime(this.due?.time ?? '23:59')),
      minAttendancePercent: new FormControl<number | null>(this.data.module.minAttendancePercent, {
        validators: [Validators.required, Validators.min(0), Validators.max(100), Validators.pattern(/^\d+$/)],
      }),
    },
    { validators: timeWithDay },
  );

  protected clearDue(): void {
    this.form.controls.dueDay.setValue(null);
    this.form.controls.dueDay.markAsDirty();
  }

  protected readonly dialog = createDialogForm<UpdatedCohortModule>({
    form: this.form,
    save: () => {
      const v = this.form.getRawValue();
      const assignmentDueAt = v.dueDay ? berlinToIso(dayOf(v.dueDay), timeOf(v.dueTime)) : null;
      if (v.dueDay && !assignmentDueAt) return null;
      return this.cohorts.updateModule({
        cohortId: this.data.cohort.id,
        moduleId: this.data.module.moduleId,
        assignmentDueAt,
        minAttendancePercent: Number(v.minAttendancePercent),
      });
    },
  });
}

import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatTimepicker, MatTimepickerInput, MatTimepickerToggle } from '@angular/material/timepicker';

import { type CohortDetail, type CohortModuleSettings, type CohortSession, CohortsAdminService } from '@koko/web/catalogue/data-access';
import { ApiErrorService } from '@koko/web/shared/data-access-graphql';
import { FormError } from '@koko/web/shared/ui';
import { dateOfDay, I18nService, LocalizedDatePipe, TranslatePipe } from '@koko/web/shared/util';
import { CalendarDayPipe } from '../shared/programme-time.pipes';
import { sessionForm, sessionInput } from './session-form';

export interface SessionDialogData {
  cohort: CohortDetail;
  module: CohortModuleSettings;
  /** Given: edit it; absent: add a session to the module. */
  session?: CohortSession;
}

/** Adds or edits a session of one module: day, times (Berlin), title, place and/or online link. Closes with the saved session. */
@Component({
  selector: 'koko-session-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
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
    FormError,
    TranslatePipe,
    LocalizedDatePipe,
    CalendarDayPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './session-dialog.html',
  styleUrl: '../shared/dialog-form.scss',
})
export class SessionDialog {
  private readonly ref = inject<MatDialogRef<SessionDialog, CohortSession>>(MatDialogRef);
  protected readonly data = inject<SessionDialogData>(MAT_DIALOG_DATA);
  private readonly cohorts = inject(CohortsAdminService);
  private readonly errors = inject(ApiErrorService);
  private readonly i18n = inject(I18nService);

  protected readonly form = sessionForm(this.data.cohort, this.data.session);
  protected readonly cohortStart = dateOfDay(this.data.cohort.startsOn);
  protected readonly cohortEnd = dateOfDay(this.data.cohort.endsOn);
  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);

  protected cancel(): void {
    this.ref.close();
  }

  protected async submit(): Promise<void> {
    const input = this.form.valid ? sessionInput(this.form, this.data.cohort.id, this.data.module.moduleId) : null;
    if (!input) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    this.error.set(null);
    try {
      const existing = this.data.session;
      const saved = existing ? await this.cohorts.updateSession({ ...input, id: existing.id }) : await this.cohorts.addSession(input);
      this.ref.close(saved);
    } catch (error) {
      this.error.set(this.errors.describe(error).message);
    } finally {
      this.submitting.set(false);
    }
  }

  protected title(): string {
    const params = { position: this.data.module.module.position, title: this.data.module.module.title };
    return this.i18n.t(this.data.session ? 'catalogue.sessions.editTitle' : 'catalogue.sessions.addTitle', params);
  }
}

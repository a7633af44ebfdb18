import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatTimepicker, MatTimepickerInput, MatTimepickerToggle } from '@angular/material/timepicker';

import { type CohortDetail, type CohortModuleSettings, type CohortSession, CohortsAdminService } from '@koko/web/catalogue/data-access';
import { createDialogForm } from '@koko/web/shared/data-access-graphql';
import { DialogFormScaffold, provideKokoDates } from '@koko/web/shared/ui';
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
    TranslatePipe,
    LocalizedDatePipe,
    CalendarDayPipe,
  ],
  providers: [provideKokoDates()],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './session-dialog.html',
})
export class SessionDialog {
  protected readonly data = inject<SessionDialogData>(MAT_DIALOG_DATA);
  private readonly cohorts = inject(CohortsAdminService);
  private readonly i18n = inject(I18nService);

  protected readonly form = sessionForm(this.data.cohort, this.data.session);
  protected readonly cohortStart = dateOfDay(this.data.cohort.startsOn);
  protected readonly cohortEnd = dateOfDay(this.data.cohort.endsOn);

  protected readonly dialog = createDialogForm<CohortSession>({
    form: this.form,
    save: () => {
      const input = sessionInput(this.form, this.data.cohort.id, this.data.module.moduleId);
      if (!input) return null;
      const existing = this.data.session;
      return existing ? this.cohorts.updateSession({ ...input, id: existing.id }) : this.cohorts.addSession(input);
    },
  });

  protected title(): string {
    const params = { position: this.data.module.module.position, title: this.data.module.module.title };
    return this.i18n.t(this.data.session ? 'catalogue.sessions.editTitle' : 'catalogue.sessions.addTitle', params);
  }
}

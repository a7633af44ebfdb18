import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { type CohortDetail, type CohortSummary, CohortsAdminService, type Trainer } from '@koko/web/catalogue/data-access';
import { ApiErrorService, createDialogForm } from '@koko/web/shared/data-access-graphql';
import { DialogFormScaffold, provideKokoDates } from '@koko/web/shared/ui';
import { TranslatePipe } from '@koko/web/shared/util';
import { errorOf, type LoadState, withLoadState } from '@koko/web/shared/util';
import { cohortForm, cohortInput } from './cohort-form';

export interface CohortDialogData {
  /** Given: edit this cohort; absent: create one. */
  cohort?: CohortDetail;
}

/** Creates or edits a cohort (name, description, dates, capacity, application period, trainers). Closes with the saved cohort. */
@Component({
  selector: 'koko-cohort-dialog',
  imports: [
    ReactiveFormsModule,
    DialogFormScaffold,
    MatFormField,
    MatLabel,
    MatError,
    MatHint,
    MatSuffix,
    MatInput,
    MatDatepicker,
    MatDatepickerInput,
    MatDatepickerToggle,
    MatSelect,
    MatOption,
    MatButton,
    TranslatePipe,
  ],
  providers: [provideKokoDates()],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './cohort-dialog.html',
})
export class CohortDialog {
  private readonly data = inject<CohortDialogData | null>(MAT_DIALOG_DATA, { optional: true });
  private readonly cohorts = inject(CohortsAdminService);
  private readonly errors = inject(ApiErrorService);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly editing = this.data?.cohort ?? null;
  protected readonly form = cohortForm(this.editing ?? undefined);
  protected readonly trainers = signal<LoadState<Trainer[]>>({ kind: 'loading', data: null });
  protected readonly trainersError = computed(() => errorOf(this.trainers()));

  constructor() {
    this.loadTrainers();
  }

  protected loadTrainers(): void {
    withLoadState(this.cohorts.trainers(), null, (e) => this.errors.describe(e))
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((state) => this.trainers.set(state));
  }

  protected readonly dialog = createDialogForm<CohortSummary | CohortDetail>({
    form: this.form,
    save: () => {
      const input = cohortInput(this.form);
      return this.editing ? this.cohorts.update({ ...input, id: this.editing.id }) : this.cohorts.create(input);
    },
  });
}

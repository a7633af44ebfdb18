import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { type CohortDetail, type CohortSummary, CohortsAdminService, type Trainer } from '@koko/web/catalogue/data-access';
import { ApiErrorService } from '@koko/web/shared/data-access-graphql';
import { FormError } from '@koko/web/shared/ui';
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
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
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
    FormError,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './cohort-dialog.html',
  styleUrl: '../shared/dialog-form.scss',
})
export class CohortDialog {
  private readonly ref = inject<MatDialogRef<CohortDialog, CohortSummary | CohortDetail>>(MatDialogRef);
  private readonly data = inject<CohortDialogData | null>(MAT_DIALOG_DATA, { optional: true });
  private readonly cohorts = inject(CohortsAdminService);
  private readonly errors = inject(ApiErrorService);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly editing = this.data?.cohort ?? null;
  protected readonly form = cohortForm(this.editing ?? undefined);
  protected readonly trainers = signal<LoadState<Trainer[]>>({ kind: 'loading', data: null });
  protected readonly trainersError = computed(() => errorOf(this.trainers()));
  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);

  constructor() {
    this.loadTrainers();
  }

  protected loadTrainers(): void {
    withLoadState(this.cohorts.trainers(), null, (e) => this.errors.describe(e))
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((state) => this.trainers.set(state));
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
      const input = cohortInput(this.form);
      const saved = this.editing ? await this.cohorts.update({ ...input, id: this.editing.id }) : await this.cohorts.create(input);
      this.ref.close(saved);
    } catch (error) {
      this.error.set(this.errors.describe(error).message);
    } finally {
      this.submitting.set(false);
    }
  }
}

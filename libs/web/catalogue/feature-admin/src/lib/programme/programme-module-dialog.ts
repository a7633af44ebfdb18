import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { type ModuleFormat, type ProgrammeModule, ProgrammeAdminService } from '@koko/web/catalogue/data-access';
import { ApiErrorService } from '@koko/web/shared/data-access-graphql';
import { FormError } from '@koko/web/shared/ui';
import { TranslatePipe } from '@koko/web/shared/util';
import { formatKey, MODULE_FORMATS } from '../shared/labels';

/** Edits one programme module; closes with the saved module. */
@Component({
  selector: 'koko-programme-module-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatFormField,
    MatLabel,
    MatError,
    MatHint,
    MatInput,
    MatSelect,
    MatOption,
    MatButton,
    FormError,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './programme-module-dialog.html',
  styleUrl: '../shared/dialog-form.scss',
})
export class ProgrammeModuleDialog {
  private readonly ref = inject<MatDialogRef<ProgrammeModuleDialog, ProgrammeModule>>(MatDialogRef);
  protected readonly module = inject<ProgrammeModule>(MAT_DIALOG_DATA);
  private readonly programme = inject(ProgrammeAdminService);
  private readonly errors = inject(ApiErrorService);

  protected readonly formats = MODULE_FORMATS;
  protected readonly formatKey = formatKey;
  protected readonly form = new FormGroup({
    title: new FormControl(this.module.titleDe, {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(3), Validators.maxLength(200)],
    }),
    format: new FormControl<ModuleFormat>(this.module.format, { nonNullable: true, validators: [Validators.required] }),
    workloadHours: new FormControl<number | null>(this.module.workloadHours, {
      validators: [Validators.required, Validators.min(1), Validators.max(500), Validators.pattern(/^\d+$/)],
    }),
    learningOutcomes: new FormControl(this.module.learningOutcomesDe, { nonNullable: true, validators: [Validators.maxLength(5000)] }),
    assignmentBrief: new FormControl(this.module.assignmentBriefDe, { nonNullable: true, validators: [Validators.maxLength(10000)] }),
    titleEn: new FormControl(this.module.titleEn, { nonNullable: true, validators: [Validators.maxLength(200)] }),
    learningOutcomesEn: new FormControl(this.module.learningOutcomesEn, { nonNullable: true, validators: [Validators.maxLength(5000)] }),
    assignmentBriefEn: new FormControl(this.module.assignmentBriefEn, { nonNullable: true, validators: [Validators.maxLength(10000)] }),
  });
  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);

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
      const value = this.form.getRawValue();
      const saved = await this.programme.update({
        position: this.module.position,
        title: value.title.trim(),
        format: value.format,
        workloadHours: Number(value.workloadHours),
        learningOutcomes: value.learningOutcomes.trim(),
        assignmentBrief: value.assignmentBrief.trim(),
        titleEn: value.titleEn.trim(),
        learningOutcomesEn: value.learningOutcomesEn.trim(),
        assignmentBriefEn: value.assignmentBriefEn.trim(),
      });
      this.ref.close(saved);
    } catch (error) {
      this.error.set(this.errors.describe(error).message);
    } finally {
      this.submitting.set(false);
    }
  }
}

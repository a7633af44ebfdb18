import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { type ModuleFormat, type ProgrammeModule, ProgrammeAdminService } from '@koko/web/catalogue/data-access';
import { createDialogForm } from '@koko/web/shared/data-access-graphql';
import { DialogFormScaffold } from '@koko/web/shared/ui';
import { TranslatePipe } from '@koko/web/shared/util';
import { formatKey, MODULE_FORMATS } from '../shared/labels';

/** Edits one programme module; closes with the saved module. */
@Component({
  selector: 'koko-programme-module-dialog',
  imports: [
    ReactiveFormsModule,
    DialogFormScaffold,
    MatFormField,
    MatLabel,
    MatError,
    MatHint,
    MatInput,
    MatSelect,
    MatOption,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './programme-module-dialog.html',
})
export class ProgrammeModuleDialog {
  protected readonly module = inject<ProgrammeModule>(MAT_DIALOG_DATA);
  private readonly programme = inject(ProgrammeAdminService);

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

  protected readonly dialog = createDialogForm<ProgrammeModule>({
    form: this.form,
    save: () => {
      const value = this.form.getRawValue();
      return this.programme.update({
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
    },
  });
}

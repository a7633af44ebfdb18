import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatTimepicker, MatTimepickerInput, MatTimepickerToggle } from '@angular/material/timepicker';
import { formatKey, languageKey, type ShortFormatAdmin, ShortFormatsAdminService, ShortFormatsService, type ShortFormatTopic } from '@koko/web/events/data-access';
import { createDialogForm } from '@koko/web/shared/data-access-graphql';
import { DialogFormScaffold, provideKokoDates } from '@koko/web/shared/ui';
import { I18nService, TranslatePipe } from '@koko/web/shared/util';
import { SHORT_FORMAT_LIMITS, shortFormatForm, shortFormatInput } from './short-format-form';

/** Creates a short format (a draft) or edits one; `data` is the event to edit, or null. */
@Component({
  selector: 'koko-short-format-dialog',
  imports: [
    ReactiveFormsModule,
    DialogFormScaffold,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatSuffix,
    MatInput,
    MatSelect,
    MatOption,
    MatDatepicker,
    MatDatepickerInput,
    MatDatepickerToggle,
    MatTimepicker,
    MatTimepickerInput,
    MatTimepickerToggle,
    TranslatePipe,
  ],
  providers: [provideKokoDates()],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './short-format-dialog.html',
})
export class ShortFormatDialog {
  protected readonly event = inject<ShortFormatAdmin | null>(MAT_DIALOG_DATA);
  private readonly admin = inject(ShortFormatsAdminService);
  private readonly i18n = inject(I18nService);
  protected readonly limits = SHORT_FORMAT_LIMITS;
  protected readonly formats = ['ONLINE', 'IN_PERSON', 'HYBRID'] as const;
  protected readonly languages = ['DE', 'EN'] as const;
  protected readonly formatKey = formatKey;
  protected readonly languageKey = languageKey;
  protected readonly locale = this.i18n.locale;
  protected readonly topics = signal<ShortFormatTopic[]>([]);
  protected readonly form = shortFormatForm(this.event ?? undefined);
  protected readonly dialog = createDialogForm<ShortFormatAdmin>({
    form: this.form,
    save: () => {
      const input = shortFormatInput(this.form);
      if (!input) throw new Error(this.i18n.t('events.admin.form.timesInvalid'));
      return this.event ? this.admin.update(this.event.id, input) : this.admin.create(input);
    },
  });

  constructor() {
    // Archived topics stay selectable on the event that already has one.
    void inject(ShortFormatsService)
      .topics(true)
      .then((all) => this.topics.set(all.filter((t) => !t.archived || t.id === this.event?.topicId)));
  }
}

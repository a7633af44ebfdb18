import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { type MunicipalityImportResult, MunicipalitiesAdminService } from '@koko/web/catalogue/data-access';
import { ApiErrorService } from '@koko/web/shared/data-access-graphql';
import { DialogFormScaffold, type DialogFormState, Notifier } from '@koko/web/shared/ui';
import { I18nService, TranslatePipe } from '@koko/web/shared/util';
import { LocalNumberPipe } from '../shared/programme-time.pipes';

/** The API takes at most 2,000,000 base64 characters, i.e. about 1.5 MB of file. */
const MAX_FILE_BYTES = 1_450_000;

/** Imports a municipality CSV all or nothing; shows every problem with its line, or the counts. Closes with `true` after an import. */
@Component({
  selector: 'koko-municipality-import-dialog',
  imports: [DialogFormScaffold, TranslatePipe, LocalNumberPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './municipality-import-dialog.html',
  styleUrl: './municipality-import-dialog.scss',
})
export class MunicipalityImportDialog implements DialogFormState {
  private readonly municipalities = inject(MunicipalitiesAdminService);
  private readonly errors = inject(ApiErrorService);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(I18nService);

  protected readonly file = signal<File | null>(null);
  protected readonly fileError = signal<string | null>(null);
  readonly submitting = signal(false);
  readonly error = signal<string | null>(null);
  protected readonly result = signal<MunicipalityImportResult | null>(null);
  /** The dialog closes with whether an import happened (the list then reloads). */
  protected readonly imported = signal(false);

  protected onFile(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0] ?? null;
    this.result.set(null);
    this.error.set(null);
    this.fileError.set(file && file.size > MAX_FILE_BYTES ? this.i18n.t('catalogue.import.tooLarge') : null);
    this.file.set(file);
  }

  protected async submit(): Promise<void> {
    const file = this.file();
    if (!file) {
      this.fileError.set(this.i18n.t('catalogue.import.fileRequired'));
      return;
    }
    if (this.fileError()) return;
    this.submitting.set(true);
    this.error.set(null);
    this.result.set(null);
    try {
      const result = await this.municipalities.importCsv(file);
      this.result.set(result);
      if (result.ok) {
        this.imported.set(true);
        this.notifier.success(this.i18n.t('catalogue.import.done', this.counts(result)));
      }
    } catch (error) {
      this.error.set(this.errors.describe(error).message);
    } finally {
      this.submitting.set(false);
    }
  }

  protected counts(result: MunicipalityImportResult): Record<string, string> {
    return {
      created: this.i18n.formatNumber(result.created),
      updated: this.i18n.formatNumber(result.updated),
      unchanged: this.i18n.formatNumber(result.unchanged),
    };
  }
}

import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, output } from '@angular/core';
import { DomSanitizer, type SafeResourceUrl } from '@angular/platform-browser';
import { formatFileSize, type GradingFile, inlineUrl, previewKind, type PreviewKind } from '@koko/web/assessment/data-access-grading';
import { I18nService, TranslatePipe } from '@koko/web/shared/util';

interface FileEntry {
  file: GradingFile;
  kind: PreviewKind;
  inline: string | null;
  /** Only for PDFs: a frame needs a trusted resource URL; the URL was checked to be the API's own. */
  frameUrl: SafeResourceUrl | null;
  size: string;
}

/** Files of an attempt or its feedback: download links and, for PDFs and pictures, an inline preview. */
@Component({
  selector: 'koko-attempt-files-list',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './attempt-files-list.html',
  styleUrl: './attempt-files-list.scss',
})
export class AttemptFilesList {
  private readonly sanitizer = inject(DomSanitizer);
  private readonly i18n = inject(I18nService);

  readonly files = input.required<readonly GradingFile[]>();
  /** Previews start open (the submission being graded) or closed (earlier attempts, feedback). */
  readonly previewsOpen = input(false);
  readonly label = input<string>('');
  /** Offers "remove" per file (feedback files before the release); the parent asks and removes. */
  readonly removable = input(false);
  readonly removeDisabled = input(false);
  readonly remove = output<GradingFile>();

  protected readonly entries = computed<FileEntry[]>(() =>
    this.files().map((file) => {
      const kind = previewKind(file.contentType);
      const inline = kind ? inlineUrl(file.downloadUrl) : null;
      return {
        file,
        kind: inline ? kind : null,
        inline,
        frameUrl: inline && kind === 'pdf' ? this.sanitizer.bypassSecurityTrustResourceUrl(inline) : null,
        size: formatFileSize(file.sizeBytes, this.i18n.intlLocale()),
      };
    }),
  );

  /** Ids of the files whose preview is open; starts from `previewsOpen` and follows a new file list. */
  protected readonly open = linkedSignal<Set<string>>(() =>
    this.previewsOpen() ? new Set(this.entries().filter((e) => e.kind).map((e) => e.file.id)) : new Set<string>(),
  );

  protected toggle(id: string): void {
    this.open.update((open) => {
      const next = new Set(open);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }
}

import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { type AssignmentFile, fileHref, fileTypeLabel, formatFileSize, isPreviewable } from '@koko/web/assessment/data-access';
import { I18nService, TranslatePipe } from '@koko/web/shared/util';

/** Files of an attempt or of its feedback: PDFs and images open in a new tab, the rest downloads. */
@Component({
  selector: 'koko-file-list',
  imports: [MatButton, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="files" [attr.aria-label]="label() || null">
      @for (file of files(); track file.id) {
        <li class="file" [attr.data-testid]="'assignment-file-' + file.id">
          <span class="file__name">
            @if (previewable(file)) {
              <a [href]="href(file, true)" target="_blank" rel="noopener" [attr.aria-label]="'assessment.files.open' | t: { name: file.displayName }">{{
                file.displayName
              }}</a>
            } @else {
              <a [href]="href(file, false)" download [attr.aria-label]="'assessment.files.download' | t: { name: file.displayName }">{{ file.displayName }}</a>
            }
            <span class="file__meta">{{ typeLabel(file) }} · {{ size(file) }}</span>
          </span>
          @if (previewable(file)) {
            <a class="file__download" [href]="href(file, false)" download [attr.aria-label]="'assessment.files.download' | t: { name: file.displayName }">{{
              'assessment.files.downloadShort' | t
            }}</a>
          }
          @if (deletable()) {
            <button
              mat-button
              type="button"
              class="file__delete"
              [disabled]="busy()"
              [attr.aria-label]="'assessment.files.deleteLabel' | t: { name: file.displayName }"
              [attr.data-testid]="'assignment-file-delete-' + file.id"
              (click)="remove.emit(file)"
            >
              {{ 'assessment.files.delete' | t }}
            </button>
          }
        </li>
      }
    </ul>
  `,
  styles: `
    .files { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.5rem; }
    .file {
      display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem 1rem;
      padding: 0.5rem 0.75rem; border: 1px solid var(--mat-sys-outline-variant); border-radius: 8px;
    }
    .file__name { flex: 1 1 14rem; min-width: 0; display: flex; flex-direction: column; overflow-wrap: anywhere; }
    .file__meta { font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
    .file__download { font: var(--mat-sys-label-large); }
  `,
})
export class FileList {
  private readonly i18n = inject(I18nService);

  readonly files = input.required<readonly AssignmentFile[]>();
  readonly label = input('');
  readonly deletable = input(false);
  readonly busy = input(false);
  readonly remove = output<AssignmentFile>();

  protected previewable(file: AssignmentFile): boolean {
    return isPreviewable(file.contentType);
  }

  protected href(file: AssignmentFile, inline: boolean): string {
    return fileHref(file.downloadUrl, inline);
  }

  protected typeLabel(file: AssignmentFile): string {
    return fileTypeLabel(file.contentType);
  }

  protected size(file: AssignmentFile): string {
    return formatFileSize(file.sizeBytes, this.i18n.intlLocale());
  }
}

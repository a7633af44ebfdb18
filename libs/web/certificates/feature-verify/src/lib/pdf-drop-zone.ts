import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { type TranslationKey, TranslatePipe } from '@koko/web/shared/util';

/**
 * A file input that also takes a dropped file (a PDF, or a digital credential's JSON). The real input covers the whole zone, so it is reached
 * with Tab, opened with Enter or Space and announced with its label like any file input.
 */
@Component({
  selector: 'koko-pdf-drop-zone',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div
      class="zone"
      [class.zone--dragging]="dragging()"
      [class.zone--disabled]="disabled()"
      (dragenter)="dragOver($event)"
      (dragover)="dragOver($event)"
      (dragleave)="dragging.set(false)"
      (drop)="drop($event)"
    >
      <span class="zone-text" [id]="idPrefix() + '-label'" aria-hidden="true">
        <span class="zone-title">{{ dropLabel() | t }}</span>
        <span class="zone-or">{{ 'certificates.verify.file.or' | t }}</span>
        <span class="zone-button">{{ 'certificates.verify.file.choose' | t }}</span>
      </span>
      <input
        [id]="idPrefix() + '-input'"
        class="zone-input"
        type="file"
        [accept]="accept()"
        [disabled]="disabled()"
        [attr.aria-labelledby]="idPrefix() + '-label'"
        [attr.aria-describedby]="describedBy() || null"
        (change)="selected($event)"
        [attr.data-testid]="idPrefix() + '-input'"
      />
    </div>
  `,
  styles: `
    :host { display: block; }
    .zone {
      position: relative; display: grid; place-items: center; min-height: 9rem; padding: 1.25rem;
      border: 2px dashed var(--mat-sys-outline); border-radius: 12px; text-align: center;
      background: var(--mat-sys-surface-container-low); transition: background-color 120ms, border-color 120ms;
    }
    .zone:focus-within { outline: 3px solid var(--mat-sys-primary); outline-offset: 2px; }
    .zone:hover:not(.zone--disabled), .zone--dragging { border-color: var(--mat-sys-primary); background: var(--mat-sys-primary-container); }
    .zone--disabled { opacity: 0.7; }
    .zone-text { display: grid; gap: 0.25rem; justify-items: center; pointer-events: none; }
    .zone-title { font: var(--mat-sys-title-medium); }
    .zone-or { color: var(--mat-sys-on-surface-variant); }
    .zone-button {
      margin-top: 0.25rem; padding: 0.5rem 1.25rem; border-radius: 999px;
      border: 1px solid var(--mat-sys-outline); color: var(--mat-sys-primary); font: var(--mat-sys-label-large);
    }
    /* Invisible but present: it receives clicks, keyboard focus and (in most browsers) drops itself. */
    .zone-input { position: absolute; inset: 0; width: 100%; height: 100%; opacity: 0; cursor: pointer; }
    .zone-input:disabled { cursor: default; }
  `,
})
export class PdfDropZone {
  readonly disabled = input(false);
  /** Ids `<prefix>-label` and `<prefix>-input` (also the input's data-testid). */
  readonly idPrefix = input('verify-file');
  readonly accept = input('application/pdf,.pdf');
  readonly dropLabel = input<TranslationKey>('certificates.verify.file.drop');
  /** Ids of the texts describing the input (rules, last result). */
  readonly describedBy = input('');
  readonly fileSelected = output<File>();

  protected readonly dragging = signal(false);

  protected dragOver(event: DragEvent): void {
    if (this.disabled()) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    this.dragging.set(true);
  }

  protected drop(event: DragEvent): void {
    event.preventDefault();
    this.dragging.set(false);
    if (this.disabled()) return;
    const file = event.dataTransfer?.files?.[0];
    if (file) this.fileSelected.emit(file);
  }

  protected selected(event: Event): void {
    const element = event.target as HTMLInputElement;
    const file = element.files?.[0];
    // Cleared, so that choosing the same file again is reported again.
    element.value = '';
    if (file) this.fileSelected.emit(file);
  }
}

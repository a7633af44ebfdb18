import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, inject, input, output, signal, viewChild } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { FEEDBACK_FILE_ACCEPT, FeedbackUploadService, type GradingFile, GradingService } from '@koko/web/assessment/data-access-grading';
import { ApiErrorService } from '@koko/web/shared/data-access-graphql';
import { ConfirmService } from '@koko/web/shared/ui';
import { I18nService, TranslatePipe } from '@koko/web/shared/util';
import type { Subscription } from 'rxjs';
import { AttemptFilesList } from './attempt-files-list';

interface Upload {
  name: string;
  percent: number;
}

/** A feedback file was removed; the attempt now has this version. */
export interface FeedbackFileRemoved {
  fileId: string;
  version: number;
}

/** The optional feedback file: pick, upload with progress (cancellable), list what is attached, remove after asking. */
@Component({
  selector: 'koko-feedback-file-upload',
  imports: [MatButton, MatProgressBar, AttemptFilesList, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset class="upload">
      <legend>{{ 'grading.feedback.files' | t }}</legend>
      <p class="hint" id="grading-feedback-files-hint">{{ 'grading.feedback.filesHint' | t }}</p>
      @if (files().length > 0) {
        <koko-attempt-files-list
          [files]="files()"
          [label]="'grading.feedback.files' | t"
          [removable]="!disabled()"
          [removeDisabled]="removing() || upload() !== null"
          (remove)="remove($event)"
        />
      }
      <input
        #picker
        type="file"
        class="koko-visually-hidden"
        tabindex="-1"
        aria-hidden="true"
        [accept]="accept"
        (change)="picked($event)"
        data-testid="grading-feedback-file-input"
      />
      <div aria-live="polite" class="status">
        @if (upload(); as u) {
          <p>{{ 'grading.feedback.uploading' | t: { name: u.name } }}</p>
          <mat-progress-bar mode="determinate" [value]="u.percent" [attr.aria-label]="'grading.feedback.uploadProgress' | t: { name: u.name }" />
        }
        @if (done()) {
          <p>{{ done() }}</p>
        }
      </div>
      @if (error()) {
        <p class="error" role="alert" data-testid="grading-feedback-file-error">{{ error() }}</p>
      }
      <div class="actions">
        @if (upload()) {
          <button mat-stroked-button type="button" (click)="cancel()">{{ 'grading.feedback.uploadCancel' | t }}</button>
        } @else {
          <button
            #attachButton
            mat-stroked-button
            type="button"
            [disabled]="disabled()"
            aria-describedby="grading-feedback-files-hint"
            (click)="picker.click()"
            data-testid="grading-feedback-attach"
          >
            {{ 'grading.feedback.attach' | t }}
          </button>
        }
      </div>
    </fieldset>
  `,
  styles: `
    .upload { border: 1px solid var(--mat-sys-outline-variant); border-radius: 8px; margin: 0; padding: 0.5rem 0.75rem 0.75rem; display: grid; gap: 0.5rem; min-width: 0; }
    legend { padding: 0 0.25rem; font: var(--mat-sys-title-small); }
    .hint { margin: 0; color: var(--mat-sys-on-surface-variant); font: var(--mat-sys-body-medium); }
    .status p { margin: 0 0 0.25rem; }
    .error { margin: 0; padding: 0.5rem 0.75rem; border-radius: 8px; background: var(--mat-sys-error-container); color: var(--mat-sys-on-error-container); }
  `,
})
export class FeedbackFileUpload {
  private readonly uploads = inject(FeedbackUploadService);
  private readonly grading = inject(GradingService);
  private readonly confirm = inject(ConfirmService);
  private readonly errors = inject(ApiErrorService);
  private readonly i18n = inject(I18nService);
  private readonly picker = viewChild.required<ElementRef<HTMLInputElement>>('picker');
  private readonly attachButton = viewChild<string, ElementRef<HTMLButtonElement>>('attachButton', { read: ElementRef });

  readonly attemptId = input.required<string>();
  readonly files = input.required<readonly GradingFile[]>();
  readonly disabled = input(false);
  readonly uploaded = output<GradingFile>();
  readonly removed = output<FeedbackFileRemoved>();

  protected readonly accept = FEEDBACK_FILE_ACCEPT;
  protected readonly upload = signal<Upload | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly done = signal<string | null>(null);
  protected readonly removing = signal(false);
  private subscription: Subscription | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.subscription?.unsubscribe());
  }

  protected picked(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    // Reset, so that picking the same file again after an error fires a change.
    input.value = '';
    if (!file) return;
    this.error.set(null);
    this.done.set(null);
    this.upload.set({ name: file.name, percent: 0 });
    this.subscription = this.uploads.upload(this.attemptId(), file).subscribe({
      next: (event) => {
        if (event.kind === 'progress') this.upload.set({ name: file.name, percent: event.percent });
        else {
          this.upload.set(null);
          this.done.set(this.i18n.t('grading.feedback.uploaded', { name: event.file.displayName }));
          this.uploaded.emit(event.file);
        }
      },
      error: (error: { message?: string }) => {
        this.upload.set(null);
        this.error.set(error.message || this.i18n.t('error.generic'));
        this.picker().nativeElement.value = '';
      },
    });
  }

  protected async remove(file: GradingFile): Promise<void> {
    const confirmed = await this.confirm.confirm({
      title: this.i18n.t('grading.feedback.removeTitle'),
      message: this.i18n.t('grading.feedback.removeText', { name: file.displayName }),
      confirmLabel: this.i18n.t('grading.files.remove'),
      destructive: true,
    });
    if (!confirmed) return;
    this.error.set(null);
    this.done.set(null);
    this.removing.set(true);
    try {
      const version = await this.grading.deleteFeedbackFile(file.id);
      this.removed.emit({ fileId: file.id, version });
      this.done.set(this.i18n.t('grading.feedback.removed', { name: file.displayName }));
      // The removed row had focus (via the dialog); continue from the attach button.
      this.attachButton()?.nativeElement.focus();
    } catch (error) {
      this.error.set(this.errors.describe(error).message);
    } finally {
      this.removing.set(false);
    }
  }

  protected cancel(): void {
    this.subscription?.unsubscribe();
    this.subscription = null;
    this.upload.set(null);
  }
}

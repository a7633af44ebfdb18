import { ChangeDetectionStrategy, Component, computed, DestroyRef, ElementRef, inject, input, output, signal, viewChild } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import {
  ALLOWED_FILE_LABELS,
  type AssignmentFile,
  AssignmentService,
  AttemptFileUploader,
  checkFile,
  FILE_INPUT_ACCEPT,
  type FileProblem,
  megabytes,
  uploadLimitsOf,
} from '@koko/web/assessment/data-access';
import { SessionStore } from '@koko/web/identity/data-access';
import { ApiErrorService } from '@koko/web/shared/data-access-graphql';
import { ConfirmService } from '@koko/web/shared/ui';
import { I18nService, TranslatePipe } from '@koko/web/shared/util';
import type { Subscription } from 'rxjs';
import { FileList } from './file-list';

interface RunningUpload {
  key: number;
  name: string;
  percent: number;
}

const TYPES = ALLOWED_FILE_LABELS.join(', ');

/** The files of the draft: upload with a real progress bar (cancellable), open, remove after asking. */
@Component({
  selector: 'koko-attempt-files-editor',
  imports: [MatButton, MatProgressBar, FileList, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './attempt-files-editor.html',
  styleUrl: './attempt-files-editor.scss',
})
export class AttemptFilesEditor {
  private readonly uploader = inject(AttemptFileUploader);
  private readonly assignments = inject(AssignmentService);
  private readonly confirm = inject(ConfirmService);
  private readonly errors = inject(ApiErrorService);
  private readonly i18n = inject(I18nService);
  private readonly session = inject(SessionStore);

  readonly files = input.required<readonly AssignmentFile[]>();
  readonly attemptNo = input.required<number>();
  /** Resolves the id of the draft, creating it first when needed; null when that failed. */
  readonly prepareAttempt = input.required<() => Promise<string | null>>();
  readonly added = output<AssignmentFile>();
  /** The id of a removed file. */
  readonly removed = output<string>();
  /** True while an upload runs (submitting waits for it). */
  readonly busyChange = output<boolean>();

  protected readonly uploads = signal<RunningUpload[]>([]);
  protected readonly problems = signal<string[]>([]);
  protected readonly announcement = signal('');
  protected readonly deleting = signal(false);
  protected readonly accept = FILE_INPUT_ACCEPT;
  /** The server's limits (from `appInfo`), so the page says and checks what the server enforces. */
  private readonly limits = computed(() => uploadLimitsOf(this.session.appInfo()));
  protected readonly rules = computed(() => ({
    types: TYPES,
    maxMb: this.i18n.formatNumber(megabytes(this.limits().maxBytes)),
    max: this.limits().maxFiles,
  }));

  private readonly fileInput = viewChild.required<ElementRef<HTMLInputElement>>('fileInput');
  private readonly addButton = viewChild.required<string, ElementRef<HTMLButtonElement>>('addButton', { read: ElementRef });
  private readonly running = new Map<number, Subscription>();
  private nextKey = 1;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.running.forEach((subscription) => subscription.unsubscribe()));
  }

  protected choose(): void {
    this.fileInput().nativeElement.click();
  }

  protected async selected(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const chosen = Array.from(input.files ?? []);
    input.value = '';
    if (chosen.length === 0) return;
    this.problems.set([]);
    this.announcement.set('');
    let count = this.files().length + this.uploads().length;
    const accepted: File[] = [];
    const problems: string[] = [];
    for (const file of chosen) {
      const problem = checkFile(file, count, this.limits());
      if (problem) problems.push(this.describe(problem, file.name));
      else {
        accepted.push(file);
        count++;
      }
    }
    this.problems.set(problems);
    if (accepted.length === 0) return;
    const attemptId = await this.prepareAttempt()();
    if (!attemptId) {
      this.problems.update((list) => [...list, ...accepted.map((f) => this.i18n.t('assessment.files.uploadFailed', { name: f.name, message: this.i18n.t('assessment.submit.saveFirst') }))]);
      return;
    }
    for (const file of accepted) this.start(attemptId, file);
  }

  protected cancel(upload: RunningUpload): void {
    this.running.get(upload.key)?.unsubscribe();
    this.finish(upload.key);
    this.announcement.set(this.i18n.t('assessment.files.uploadCancelled', { name: upload.name }));
  }

  protected async remove(file: AssignmentFile): Promise<void> {
    const confirmed = await this.confirm.confirm({
      title: this.i18n.t('assessment.files.deleteTitle'),
      message: this.i18n.t('assessment.files.deleteText', { name: file.displayName }),
      confirmLabel: this.i18n.t('assessment.files.delete'),
      destructive: true,
    });
    if (!confirmed) return;
    this.deleting.set(true);
    this.problems.set([]);
    try {
      await this.assignments.deleteFile(file.id);
      this.removed.emit(file.id);
      this.announcement.set(this.i18n.t('assessment.files.deleted', { name: file.displayName }));
      // The removed row had focus (via the dialog); continue from the add button.
      this.addButton().nativeElement.focus();
    } catch (error) {
      this.problems.set([this.errors.describe(error).message]);
    } finally {
      this.deleting.set(false);
    }
  }

  private start(attemptId: string, file: File): void {
    const key = this.nextKey++;
    this.uploads.update((list) => [...list, { key, name: file.name, percent: 0 }]);
    this.busyChange.emit(true);
    const subscription = this.uploader.upload(attemptId, file).subscribe({
      next: (event) => {
        if (event.kind === 'progress') {
          const percent = event.total > 0 ? Math.round((event.loaded / event.total) * 100) : 0;
          this.uploads.update((list) => list.map((u) => (u.key === key ? { ...u, percent } : u)));
        } else {
          this.added.emit(event.file);
          this.announcement.set(this.i18n.t('assessment.files.uploaded', { name: event.file.displayName }));
        }
      },
      error: (error: { message?: string }) => {
        this.finish(key);
        const message = error.message || this.i18n.t('assessment.upload.failed');
        this.problems.update((list) => [...list, this.i18n.t('assessment.files.uploadFailed', { name: file.name, message })]);
      },
      complete: () => this.finish(key),
    });
    if (!subscription.closed) this.running.set(key, subscription);
  }

  private finish(key: number): void {
    this.running.delete(key);
    this.uploads.update((list) => list.filter((u) => u.key !== key));
    if (this.uploads().length === 0) this.busyChange.emit(false);
  }

  private describe(problem: FileProblem, name: string): string {
    switch (problem.kind) {
      case 'tooMany':
        return this.i18n.t('assessment.files.problem.tooMany', { max: problem.max });
      case 'empty':
        return this.i18n.t('assessment.files.problem.empty', { name });
      case 'tooLarge':
        return this.i18n.t('assessment.files.problem.tooLarge', { name, maxMb: this.i18n.formatNumber(problem.maxMb) });
      case 'type':
        return this.i18n.t('assessment.files.problem.type', { name, types: TYPES });
    }
  }
}

import { CdkTextareaAutosize } from '@angular/cdk/text-field';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, ElementRef, inject, input, type OnDestroy, type OnInit, output, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import {
  type AssignmentAttempt,
  type AssignmentFile,
  type AssignmentOverview,
  type AssignmentPhase,
  AssignmentService,
  DraftAutosave,
  type LocalDraftCopy,
  LocalDraftStore,
  shouldOfferLocalCopy,
  submissionTiming,
  textStats,
} from '@koko/web/assessment/data-access';
import { ApiErrorService } from '@koko/web/shared/data-access-graphql';
import { FormError, Notifier } from '@koko/web/shared/ui';
import { I18nService, TranslatePipe } from '@koko/web/shared/util';
import { firstValueFrom } from 'rxjs';
import { AttemptFilesEditor } from './attempt-files-editor';
import { saveStatusText } from './save-status-text';
import { SubmitConfirmDialog, type SubmitConfirmData } from './submit-confirm-dialog';

export type WritingPhase = Extract<AssignmentPhase, { kind: 'writing' }>;

/**
 * The attempt being written: the editor with autosave (and a local copy in this browser), its files
 * and the submission with the statement of own work.
 */
@Component({
  selector: 'koko-attempt-workspace',
  imports: [
    ReactiveFormsModule,
    CdkTextareaAutosize,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatButton,
    MatCheckbox,
    FormError,
    TranslatePipe,
    AttemptFilesEditor,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './attempt-workspace.html',
  styleUrl: './attempt-workspace.scss',
})
export class AttemptWorkspace implements OnInit, OnDestroy {
  private readonly assignments = inject(AssignmentService);
  private readonly localDrafts = inject(LocalDraftStore);
  private readonly errors = inject(ApiErrorService);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(I18nService);

  readonly overview = input.required<AssignmentOverview>();
  readonly phase = input.required<WritingPhase>();
  readonly submitted = output<AssignmentAttempt>();

  protected readonly body = new FormControl('', { nonNullable: true });
  protected readonly ownWork = new FormControl(false, { nonNullable: true });
  protected readonly text = signal('');
  protected readonly draft = signal<AssignmentAttempt | null>(null);
  protected readonly files = signal<AssignmentFile[]>([]);
  protected readonly offeredCopy = signal<LocalDraftCopy | null>(null);
  protected readonly uploading = signal(false);
  protected readonly submitting = signal(false);
  protected readonly submitError = signal<string | null>(null);
  protected readonly announcement = signal('');
  /** The late and closed notices follow the clock while the page stays open. */
  protected readonly now = signal(new Date());

  /** Saves into the open draft or creates it; see DraftAutosave. */
  private readonly autosave = new DraftAutosave<AssignmentAttempt>({
    initialBody: '',
    save: (body) => this.assignments.saveDraft(this.overview().enrolmentId, this.overview().moduleId, body),
    saved: (body, attempt) => {
      this.draft.set(attempt);
      if (body === this.body.value) this.localDrafts.clear(this.overview().enrolmentId, this.overview().moduleId);
    },
    describeError: (error) => this.errors.describe(error).message,
  });
  private readonly editor = viewChild.required<ElementRef<HTMLTextAreaElement>>('editor');
  private readonly ownWorkBox = viewChild.required<MatCheckbox>('ownWorkBox');

  protected readonly stats = computed(() => textStats(this.text()));
  protected readonly timing = computed(() => submissionTiming(this.overview(), this.now()));
  protected readonly lastSavedAt = computed(() => this.draft()?.draftSavedAt ?? null);
  protected readonly saveStatus = computed(() => this.autosave.status());
  protected readonly saveText = computed(() => saveStatusText(this.saveStatus(), this.lastSavedAt(), this.i18n, new Date()));
  protected readonly revisionNote = computed(() => {
    const revised = this.phase().revisionOf;
    return revised?.state === 'REVISION_REQUESTED' ? revised.attemptNo : null;
  });
  protected readonly dueText = computed(() => this.i18n.formatDate(this.overview().effectiveDueAt, { dateStyle: 'long', timeStyle: 'short' }));
  protected readonly cutoffText = computed(() => this.i18n.formatDate(this.overview().cutoffAt, { dateStyle: 'long', timeStyle: 'short' }));
  protected readonly copyDate = computed(() => {
    const copy = this.offeredCopy();
    return copy ? this.i18n.formatDate(copy.typedAt, { dateStyle: 'medium', timeStyle: 'short' }) : '';
  });
  protected readonly copyWords = computed(() => textStats(this.offeredCopy()?.body ?? '').words);

  /** Passed to the files editor: uploads need the draft to exist. */
  protected readonly prepareAttempt = async (): Promise<string | null> => {
    const existing = this.draft();
    if (existing) return existing.id;
    return (await this.autosave.saveNow()) ? (this.draft()?.id ?? null) : null;
  };

  constructor() {
    const clock = setInterval(() => this.now.set(new Date()), 60_000);
    inject(DestroyRef).onDestroy(() => clearInterval(clock));
    this.body.valueChanges.pipe(takeUntilDestroyed()).subscribe((value) => this.typed(value));
    this.ownWork.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.submitError.set(null));
  }

  ngOnInit(): void {
    const phase = this.phase();
    const { enrolmentId, moduleId } = this.overview();
    this.draft.set(phase.draft);
    this.files.set([...(phase.draft?.files ?? [])]);
    this.text.set(phase.body);
    this.body.setValue(phase.body, { emitEvent: false });
    this.autosave.reset(phase.body);
    const copy = this.localDrafts.read(enrolmentId, moduleId);
    if (shouldOfferLocalCopy(copy, { attemptNo: phase.attemptNo, body: phase.body, draftSavedAt: phase.draft?.draftSavedAt ?? null })) {
      this.offeredCopy.set(copy);
    } else if (copy) {
      this.localDrafts.clear(enrolmentId, moduleId);
    }
  }

  ngOnDestroy(): void {
    // Leaving the page: whatever was typed still goes to the server (and stays in the local copy until then).
    if (this.autosave.dirty()) void this.autosave.flush();
    this.autosave.dispose();
  }

  protected saveOnBlur(): void {
    if (this.autosave.dirty()) void this.autosave.flush();
  }

  protected retrySave(): void {
    void this.autosave.flush();
  }

  protected restoreCopy(): void {
    const copy = this.offeredCopy();
    if (!copy) return;
    this.offeredCopy.set(null);
    this.body.setValue(copy.body);
    void this.autosave.flush();
    this.announcement.set(this.i18n.t('assessment.restore.restored'));
    this.editor().nativeElement.focus();
  }

  protected discardCopy(): void {
    const { enrolmentId, moduleId } = this.overview();
    this.offeredCopy.set(null);
    // Only when nothing newer waits for the server: the local copy then holds that newer text.
    if (!this.autosave.dirty()) this.localDrafts.clear(enrolmentId, moduleId);
    this.announcement.set(this.i18n.t('assessment.restore.discarded'));
    this.editor().nativeElement.focus();
  }

  protected fileAdded(file: AssignmentFile): void {
    this.files.update((list) => [...list, file]);
    this.submitError.set(null);
  }

  protected fileRemoved(fileId: string): void {
    this.files.update((list) => list.filter((f) => f.id !== fileId));
  }

  protected async submit(): Promise<void> {
    this.submitError.set(null);
    if (this.uploading()) return this.submitError.set(this.i18n.t('assessment.submit.uploadRunning'));
    if (!this.ownWork.value) {
      this.ownWork.markAsTouched();
      this.ownWorkBox().focus();
      return;
    }
    if (!this.body.value.trim() && this.files().length === 0) {
      this.submitError.set(this.i18n.t('assessment.submit.emptyRequired'));
      this.editor().nativeElement.focus();
      return;
    }
    this.now.set(new Date());
    const data: SubmitConfirmData = { attemptNo: this.phase().attemptNo, late: this.timing().late };
    const confirmed = await firstValueFrom(this.dialog.open(SubmitConfirmDialog, { data, role: 'alertdialog', autoFocus: 'first-tabbable', maxWidth: '32rem' }).afterClosed());
    if (confirmed !== true) return;
    this.submitting.set(true);
    try {
      const saved = this.draft() ? await this.autosave.flush() : await this.autosave.saveNow();
      const draft = this.draft();
      if (!saved || !draft) {
        this.submitError.set(this.i18n.t('assessment.submit.saveFirst'));
        return;
      }
      const attempt = await this.assignments.submit(draft.id);
      const { enrolmentId, moduleId } = this.overview();
      this.localDrafts.clear(enrolmentId, moduleId);
      this.notifier.success(this.i18n.t('assessment.submit.done', { n: attempt.attemptNo }));
      this.submitted.emit(attempt);
    } catch (error) {
      this.submitError.set(this.errors.describe(error).message);
    } finally {
      this.submitting.set(false);
    }
  }

  private typed(value: string): void {
    const { enrolmentId, moduleId } = this.overview();
    this.text.set(value);
    this.localDrafts.write(enrolmentId, moduleId, { body: value, typedAt: Date.now(), attemptNo: this.phase().attemptNo });
    this.autosave.changed(value);
  }
}

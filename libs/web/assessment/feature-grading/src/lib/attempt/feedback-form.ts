import { ChangeDetectionStrategy, Component, computed, effect, ElementRef, inject, input, linkedSignal, model, output, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, FormRecord, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatDialog } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import {
  type GradingAttempt,
  type GradingFile,
  contradictingPass,
  GradingService,
  missingRequired,
  needsWrittenFeedback,
  pointsOf,
  type RubricCriterion,
  scoredCriteria,
  scoreInputs,
  selectionFromFeedback,
  type Verdict,
} from '@koko/web/assessment/data-access-grading';
import { berlinToIso } from '@koko/web/catalogue/data-access';
import { ApiErrorService } from '@koko/web/shared/data-access-graphql';
import { FormError, Notifier, provideKokoDates } from '@koko/web/shared/ui';
import { dateOfDay, dayOf, I18nService, TranslatePipe } from '@koko/web/shared/util';
import { firstValueFrom, map } from 'rxjs';
import { verdictKey } from '../shared/labels';
import { FeedbackFileUpload, type FeedbackFileRemoved } from './feedback-file-upload';
import { type ReleaseConfirmData, ReleaseConfirmDialog } from './release-confirm-dialog';
import { ErrorCode } from '@koko/shared';

export const FEEDBACK_TEXT_MAX = 50_000;

const berlinDayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The Berlin calendar day (YYYY-MM-DD) `days` days after `now`: the revision's proposed due day. */
export function revisionDueDay(days: number, now: number = Date.now()): string {
  return berlinDayFormat.format(new Date(now + days * 86_400_000));
}

/** A revision is due at the end of its day in Berlin. */
export const REVISION_DUE_TIME = '23:59';

const VERDICTS: readonly { value: Verdict; testId: string }[] = [
  { value: 'PASSED', testId: 'grading-verdict-passed' },
  { value: 'REVISION_REQUESTED', testId: 'grading-verdict-revision' },
  { value: 'FAILED', testId: 'grading-verdict-failed' },
];

type Saving = 'draft' | 'release' | null;

/**
 * The grader's side of a submission: one radio group per rubric criterion, the verdict, the written
 * feedback and an optional file; saved as a draft or released. Every save names the version the grader
 * loaded; a stale save keeps everything typed in the form and offers a reload.
 */
@Component({
  selector: 'koko-feedback-form',
  imports: [
    ReactiveFormsModule,
    MatRadioGroup,
    MatRadioButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatSuffix,
    MatDatepicker,
    MatDatepickerInput,
    MatDatepickerToggle,
    MatButton,
    FormError,
    FeedbackFileUpload,
    TranslatePipe,
  ],
  providers: [provideKokoDates()],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './feedback-form.html',
  styleUrl: './feedback-form.scss',
})
export class FeedbackForm {
  private readonly grading = inject(GradingService);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  private readonly errors = inject(ApiErrorService);
  private readonly i18n = inject(I18nService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly attempt = input.required<GradingAttempt>();
  /** The attempt version the grader works on; every save sends it and answers the next. */
  readonly version = model.required<number>();
  readonly editable = input.required<boolean>();
  /** Changing it refills the form from the saved draft, unless the grader has typed something. */
  readonly resetKey = input(0);

  readonly released = output<Verdict>();
  readonly reloadRequested = output<void>();
  /** Someone else holds the submission now (or nobody): the page finds out who. */
  readonly claimLost = output<void>();

  protected readonly verdicts = VERDICTS;
  protected readonly verdictKey = verdictKey;
  protected readonly textMax = FEEDBACK_TEXT_MAX;
  protected readonly form = new FormGroup({
    scores: new FormRecord<FormControl<string | null>>({}),
    verdict: new FormControl<Verdict | null>(null),
    text: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(FEEDBACK_TEXT_MAX)] }),
    /** With "revision required": the day the revision is due (23:59 Berlin time), from Material's date picker. */
    revisionDueDay: new FormControl<Date | null>(null),
  });

  protected readonly rubric = computed(() => this.attempt().rubric);
  private readonly value = toSignal(this.form.valueChanges.pipe(map(() => this.form.getRawValue())), { initialValue: this.form.getRawValue() });
  protected readonly points = computed(() => pointsOf(this.rubric(), this.value().scores));
  /** Files attached to this feedback; follows the attempt and grows with uploads. */
  protected readonly feedbackFiles = linkedSignal<GradingFile[]>(() => [...this.attempt().feedbackFiles]);

  /** Set once the grader tried to release: from then on missing scores and verdict are marked. */
  protected readonly releaseTried = signal(false);
  protected readonly missing = computed(() => (this.releaseTried() ? new Set(missingRequired(this.rubric(), this.value().scores).map((c) => c.id)) : new Set<string>()));
  protected readonly verdictMissing = computed(() => this.releaseTried() && !this.value().verdict);
  /** Required criteria at their lowest level while "passed" is chosen: the verdict contradicts the rubric. */
  protected readonly contradicting = computed(() => contradictingPass(this.rubric(), this.value().scores, this.value().verdict));
  protected readonly contradictionShown = computed(() => this.releaseTried() && this.contradicting().length > 0);
  protected readonly contradictionText = computed(() => this.contradicting().map((c) => c.title).join(', '));
  protected readonly revisionChosen = computed(() => this.value().verdict === 'REVISION_REQUESTED');
  /** The revision's due day is missing, not a date, or already over. */
  protected readonly revisionDueInvalid = computed(() => {
    if (!this.revisionChosen()) return false;
    const iso = berlinToIso(dayOf(this.value().revisionDueDay), REVISION_DUE_TIME);
    return !iso || new Date(iso).getTime() <= Date.now();
  });
  /** The picker offers no day that is already over (a revision is due at 23:59, so today still counts). */
  protected readonly today = new Date(new Date().setHours(0, 0, 0, 0));
  protected readonly revisionDueShown = computed(() => this.releaseTried() && this.revisionDueInvalid());
  protected readonly textMissing = computed(() => this.releaseTried() && needsWrittenFeedback(this.value().verdict) && !this.value().text.trim());

  protected readonly saving = signal<Saving>(null);
  protected readonly error = signal<string | null>(null);
  /** The API's STALE_VERSION message while the grader has not reloaded yet. */
  protected readonly stale = signal<string | null>(null);

  constructor() {
    // Fill the form when a submission opens, or on request (after a take-over) if nothing was typed yet.
    const fillKey = computed(() => `${this.attempt().id}:${this.resetKey()}`);
    effect(() => {
      fillKey();
      untracked(() => this.fill());
    });
    // A new rubric (changed by an admin while the page was open) gets its controls; chosen levels stay where they still exist.
    effect(() => {
      const rubric = this.rubric();
      untracked(() => this.syncScoreControls(rubric));
    });
    effect(() => {
      const editable = this.editable() && this.saving() === null;
      untracked(() => (editable ? this.form.enable({ emitEvent: false }) : this.form.disable({ emitEvent: false })));
    });
    // A reload brings a new version: the stale notice has done its job.
    effect(() => {
      this.version();
      untracked(() => {
        if (this.stale()) {
          this.stale.set(null);
          this.notifier.success(this.i18n.t('grading.stale.reloaded'));
        }
      });
    });
  }

  protected scoreControl(criterion: RubricCriterion): FormControl<string | null> {
    return this.form.controls.scores.controls[criterion.id] ?? new FormControl<string | null>(null);
  }

  protected clearScore(criterion: RubricCriterion, index: number): void {
    this.scoreControl(criterion).setValue(null);
    this.scoreControl(criterion).markAsDirty();
    // The clear button disappears; keep keyboard users in the same group.
    setTimeout(() => this.host.nativeElement.querySelector<HTMLInputElement>(`#grading-criterion-${index} input[type="radio"]`)?.focus());
  }

  protected fileUploaded(file: GradingFile): void {
    this.feedbackFiles.update((files) => [...files, file]);
    // The upload changed the attempt once, as the grader's own act: the next save names that version.
    this.version.update((v) => v + 1);
  }

  protected fileRemoved(removed: FeedbackFileRemoved): void {
    this.feedbackFiles.update((files) => files.filter((f) => f.id !== removed.fileId));
    this.version.set(removed.version);
  }

  protected reload(): void {
    this.reloadRequested.emit();
  }

  protected async save(release: boolean): Promise<void> {
    this.error.set(null);
    if (this.form.controls.text.invalid) {
      this.form.controls.text.markAsTouched();
      this.focus('#grading-feedback-text');
      return;
    }
    const { verdict, text } = this.form.getRawValue();
    const scores = scoreInputs(this.rubric(), this.form.getRawValue().scores);
    if (release) {
      this.releaseTried.set(true);
      const missing = missingRequired(this.rubric(), this.form.getRawValue().scores);
      const contradicting = contradictingPass(this.rubric(), this.form.getRawValue().scores, verdict);
      const textMissing = needsWrittenFeedback(verdict) && !text.trim();
      if (missing.length > 0 || !verdict || contradicting.length > 0 || textMissing || this.revisionDueInvalid()) {
        this.error.set(this.i18n.t('grading.feedback.fixErrors'));
        const index = missing.length > 0 ? this.rubric().indexOf(missing[0] as RubricCriterion) : -1;
        this.focus(
          index >= 0
            ? `#grading-criterion-${index} input[type="radio"]`
            : !verdict || contradicting.length > 0
              ? '#grading-verdict input[type="radio"]'
              : textMissing
                ? '#grading-feedback-text'
                : '#grading-revision-due',
        );
        return;
      }
      if (!(await this.confirmRelease(verdict, text))) return;
    }
    this.saving.set(release ? 'release' : 'draft');
    try {
      const revisionDueAt = release && verdict === 'REVISION_REQUESTED' ? berlinToIso(dayOf(this.form.getRawValue().revisionDueDay), REVISION_DUE_TIME) : null;
      const saved = await this.grading.saveFeedback({
        attemptId: this.attempt().id,
        version: this.version(),
        verdict,
        text,
        scores,
        release,
        ...(revisionDueAt ? { revisionDueAt } : {}),
      });
      this.version.set(saved.version);
      this.form.markAsPristine();
      if (release && verdict) {
        this.released.emit(verdict);
      } else {
        this.notifier.success(this.i18n.t('grading.feedback.draftSaved'));
      }
    } catch (error) {
      const { code, message } = this.errors.describe(error);
      if (code === ErrorCode.STALE_VERSION) {
        this.stale.set(message);
        this.focus('[data-testid="grading-stale-reload"]');
      } else {
        this.error.set(message);
        if (code === ErrorCode.CLAIMED_BY_OTHER || code === ErrorCode.NOT_CLAIMED) this.claimLost.emit();
      }
    } finally {
      this.saving.set(null);
    }
  }

  private async confirmRelease(verdict: Verdict, text: string): Promise<boolean> {
    const ref = this.dialog.open<ReleaseConfirmDialog, ReleaseConfirmData, boolean>(ReleaseConfirmDialog, {
      data: {
        participantName: this.attempt().participant.displayName,
        verdict,
        points: this.rubric().length > 0 ? this.points() : null,
        criteria: scoredCriteria(this.rubric(), this.form.getRawValue().scores),
        textLength: text.trim().length,
      },
      role: 'alertdialog',
      autoFocus: 'first-tabbable',
      maxWidth: '34rem',
    });
    return (await firstValueFrom(ref.afterClosed())) === true;
  }

  private fill(): void {
    if (this.form.dirty) return;
    const attempt = this.attempt();
    this.syncScoreControls(attempt.rubric);
    const feedback = attempt.feedback;
    this.form.setValue(
      {
        scores: selectionFromFeedback(attempt.rubric, feedback),
        verdict: feedback?.verdict ?? null,
        text: feedback?.text ?? '',
        revisionDueDay: dateOfDay(revisionDueDay(attempt.cohortRevisionDays)),
      },
      { emitEvent: true },
    );
    this.form.markAsPristine();
    this.releaseTried.set(false);
  }

  private syncScoreControls(rubric: readonly RubricCriterion[]): void {
    const scores = this.form.controls.scores;
    const ids = new Set(rubric.map((c) => c.id));
    for (const id of Object.keys(scores.controls)) {
      if (!ids.has(id)) scores.removeControl(id, { emitEvent: false });
    }
    for (const criterion of rubric) {
      const existing = scores.controls[criterion.id];
      if (!existing) {
        scores.addControl(criterion.id, new FormControl<string | null>(null), { emitEvent: false });
      } else if (existing.value && !criterion.levels.some((l) => l.id === existing.value)) {
        existing.setValue(null, { emitEvent: false });
      }
    }
    if (!this.editable()) scores.disable({ emitEvent: false });
    this.form.updateValueAndValidity();
  }

  private focus(selector: string): void {
    setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus());
  }
}

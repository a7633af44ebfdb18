import { afterNextRender, ChangeDetectionStrategy, Component, computed, effect, ElementRef, inject, Injector, input, signal, untracked } from '@angular/core';
import { type FormArray, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import {
  draftOf,
  emptyLevel,
  minimumChoices,
  type ModuleRubric,
  RUBRIC_LIMITS,
  RubricAdminService,
  rubricInput,
} from '@koko/web/assessment/data-access-grading';
import { ApiErrorService } from '@koko/web/shared/data-access-graphql';
import { ConfirmService, EmptyState, ErrorState, FormError, LoadingState, Notifier, PageHeader } from '@koko/web/shared/ui';
import { I18nService, TranslatePipe } from '@koko/web/shared/util';
import { firstValueFrom } from 'rxjs';
import { criterionForm, isDuplicateLabel, type LevelForm, levelForm, moveControl, type RubricForm, rubricForm } from './rubric-form';

type PageState = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'loaded'; data: ModuleRubric };

/**
 * `/verwaltung/programm/:position/raster` – an admin edits a module's rubric: criteria (title,
 * description, required) with levels (label, points, descriptor). Order changes by buttons, so the
 * editor works with the keyboard alone; focus follows the moved item and a live region says where it went.
 */
@Component({
  selector: 'koko-rubric-editor-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatCheckbox,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    MatSelect,
    MatOption,
    MatHint,
    PageHeader,
    LoadingState,
    ErrorState,
    EmptyState,
    FormError,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './rubric-editor-page.html',
  styleUrl: './rubric-editor-page.scss',
})
export class RubricEditorPage {
  private readonly rubrics = inject(RubricAdminService);
  private readonly errors = inject(ApiErrorService);
  private readonly notifier = inject(Notifier);
  private readonly confirm = inject(ConfirmService);
  private readonly i18n = inject(I18nService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  /** Route parameter: the module's position, 1–5. */
  readonly position = input.required<string>();

  protected readonly limits = RUBRIC_LIMITS;
  protected readonly state = signal<PageState>({ kind: 'loading' });
  protected readonly module = computed(() => {
    const s = this.state();
    return s.kind === 'loaded' ? s.data.module : null;
  });
  protected readonly form = signal(new FormGroup({ criteria: rubricForm([]) }));
  protected readonly criteria = computed<RubricForm>(() => this.form().controls.criteria);
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly isDuplicateLabel = isDuplicateLabel;
  /** Read out by the page's polite live region after adding, removing or moving an item. */
  protected readonly announcement = signal('');

  constructor() {
    effect(() => {
      const position = Number(this.position());
      untracked(() => void this.load(position));
    });
  }

  protected retry(): void {
    void this.load(Number(this.position()));
  }

  protected levels(criterion: number): FormArray<LevelForm> {
    return this.criteria().at(criterion).controls.levels;
  }

  /** The levels a required criterion's minimum for "passed" may name. */
  protected minimumChoices(criterion: number): { points: number; label: string }[] {
    return minimumChoices(this.levels(criterion).getRawValue());
  }

  protected addCriterion(): void {
    this.criteria().push(criterionForm());
    this.criteria().markAsDirty();
    const index = this.criteria().length - 1;
    this.announce(this.i18n.t('grading.rubric.added'));
    this.focus(`#rubric-c${index}-title`);
  }

  protected async removeCriterion(index: number): Promise<void> {
    const title = this.criteria().at(index).controls.title.value.trim();
    if (title) {
      const confirmed = await this.confirm.confirm({
        title: this.i18n.t('grading.rubric.removeTitle'),
        message: this.i18n.t('grading.rubric.removeText', { title }),
        confirmLabel: this.i18n.t('grading.rubric.remove'),
        destructive: true,
      });
      if (!confirmed) return;
    }
    this.criteria().removeAt(index);
    this.criteria().markAsDirty();
    this.announce(this.i18n.t('grading.rubric.removed'));
    this.focus(this.criteria().length === 0 ? '[data-testid="rubric-add-criterion"]' : `#rubric-c${Math.min(index, this.criteria().length - 1)}-title`);
  }

  protected moveCriterion(index: number, by: -1 | 1): void {
    const to = index + by;
    if (!moveControl(this.criteria(), index, to)) return;
    this.announce(this.i18n.t('grading.rubric.moved', { position: to + 1 }));
    this.focusMoveButton(`rubric-c${to}`, by, to, this.criteria().length);
  }

  protected addLevel(criterion: number): void {
    const levels = this.levels(criterion);
    const highest = levels.controls.reduce((max, l) => Math.max(max, Number(l.controls.points.value ?? 0)), -1);
    levels.push(levelForm(emptyLevel(Math.min(highest + 1, RUBRIC_LIMITS.pointsMax))));
    levels.markAsDirty();
    this.announce(this.i18n.t('grading.rubric.added'));
    this.focus(`#rubric-c${criterion}-l${levels.length - 1}-label`);
  }

  protected removeLevel(criterion: number, index: number): void {
    const levels = this.levels(criterion);
    levels.removeAt(index);
    levels.markAsDirty();
    levels.markAsTouched();
    this.announce(this.i18n.t('grading.rubric.removed'));
    this.focus(levels.length === 0 ? `#rubric-c${criterion}-add-level` : `#rubric-c${criterion}-l${Math.min(index, levels.length - 1)}-label`);
  }

  protected moveLevel(criterion: number, index: number, by: -1 | 1): void {
    const levels = this.levels(criterion);
    const to = index + by;
    if (!moveControl(levels, index, to)) return;
    this.announce(this.i18n.t('grading.rubric.moved', { position: to + 1 }));
    this.focusMoveButton(`rubric-c${criterion}-l${to}`, by, to, levels.length);
  }

  protected async save(): Promise<void> {
    const module = this.module();
    if (!module) return;
    this.error.set(null);
    const form = this.criteria();
    if (form.invalid) {
      form.markAllAsTouched();
      this.error.set(this.i18n.t('grading.rubric.fixErrors'));
      this.focus('.mat-form-field-invalid input, .mat-form-field-invalid textarea, [aria-invalid="true"]');
      return;
    }
    this.saving.set(true);
    try {
      const criteria = await this.rubrics.save(module.id, rubricInput(form.getRawValue()));
      this.state.set({ kind: 'loaded', data: { module, criteria } });
      // The form already holds what was saved; keeping it keeps the admin's place and focus.
      form.markAsPristine();
      form.markAsUntouched();
      this.notifier.success(this.i18n.t('grading.rubric.saved', { position: module.position }));
    } catch (error) {
      this.error.set(this.errors.describe(error).message);
    } finally {
      this.saving.set(false);
    }
  }

  private async load(position: number): Promise<void> {
    this.state.set({ kind: 'loading' });
    this.error.set(null);
    try {
      const data = await firstValueFrom(this.rubrics.byPosition(position));
      this.state.set({ kind: 'loaded', data });
      this.rebuild(data.criteria);
    } catch (error) {
      this.state.set({ kind: 'error', message: this.errors.describe(error).message });
    }
  }

  private rebuild(criteria: ModuleRubric['criteria']): void {
    this.form.set(new FormGroup({ criteria: rubricForm(draftOf(criteria)) }));
  }

  /** After a move, the same button at the new place keeps focus; at either end it is disabled, so its sibling takes over. */
  private focusMoveButton(prefix: string, by: -1 | 1, to: number, length: number): void {
    const atEnd = by === -1 ? to === 0 : to === length - 1;
    const direction = by === -1 ? (atEnd ? 'down' : 'up') : atEnd ? 'up' : 'down';
    this.focus(`#${prefix}-${direction}`);
  }

  private announce(message: string): void {
    // Cleared first, so that the same words twice in a row are read out twice.
    this.announcement.set('');
    setTimeout(() => this.announcement.set(message), 50);
  }

  /** After the next render, so that new fields and error states exist. */
  private focus(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), { injector: this.injector });
  }
}

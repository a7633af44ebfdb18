import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, ElementRef, inject, input, output, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import {
  type AccompanimentPath,
  AccompanimentService,
  type Milestone,
  MILESTONE_STATUSES,
  milestoneStatusKey,
  type MilestoneStatus,
  type ProgrammeModuleOption,
  stageKey,
} from '@koko/web/accompaniment/data-access';
import { ApiErrorService } from '@koko/web/shared/data-access-graphql';
import { FormError, Notifier } from '@koko/web/shared/ui';
import { I18nService, TranslatePipe } from '@koko/web/shared/util';

/**
 * A Kommune's development path: the milestones in order with status, date, note and evidence, and
 * (for everyone allowed to see it: its participants, its advisors, admins) editing one milestone at
 * a time in place, adding and removing. Participants also share their own transfer assignment.
 */
@Component({
  selector: 'koko-kommune-path-view',
  imports: [ReactiveFormsModule, MatButton, MatFormField, MatLabel, MatHint, MatInput, MatSelect, MatOption, FormError, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let p = path();
    <p class="summary" data-testid="path-summary">
      {{ 'accompaniment.path.summary' | t: { reached: p.reachedCount, total: p.milestones.length, stage: (stageKey(p.stage) | t) } }}
    </p>
    <p class="advisors" data-testid="path-advisors">
      @if (p.advisors.length) {
        {{ 'accompaniment.path.advisors' | t: { names: advisorNames() } }}
      } @else {
        {{ 'accompaniment.path.noAdvisors' | t }}
      }
    </p>
    <ol class="milestones" [attr.aria-label]="'accompaniment.path.listLabel' | t: { name: p.municipalityName }">
      @for (m of p.milestones; track m.id) {
        <li class="milestone" [attr.data-status]="m.status" [attr.data-testid]="'milestone-' + m.position">
          @if (editing() === m.id) {
            <form [formGroup]="form" (ngSubmit)="save(m)" novalidate class="edit" [attr.aria-label]="'accompaniment.edit.legend' | t: { title: titleOf(m) }">
              <koko-form-error [message]="error()" />
              <mat-form-field>
                <mat-label>{{ 'accompaniment.edit.title' | t }}</mat-label>
                <input matInput formControlName="title" maxlength="120" data-testid="milestone-title-input" #firstField />
              </mat-form-field>
              <div class="row">
                <mat-form-field>
                  <mat-label>{{ 'accompaniment.edit.status' | t }}</mat-label>
                  <mat-select formControlName="status" data-testid="milestone-status-select">
                    @for (s of statuses; track s) {
                      <mat-option [value]="s" [attr.data-testid]="'milestone-status-' + s">{{ milestoneStatusKey(s) | t }}</mat-option>
                    }
                  </mat-select>
                </mat-form-field>
                <mat-form-field>
                  <mat-label>{{ 'accompaniment.edit.date' | t }}</mat-label>
                  <input matInput type="date" formControlName="datedOn" data-testid="milestone-date-input" />
                  <mat-hint>{{ 'accompaniment.edit.dateHint' | t }}</mat-hint>
                </mat-form-field>
              </div>
              <mat-form-field>
                <mat-label>{{ 'accompaniment.edit.note' | t }}</mat-label>
                <textarea matInput formControlName="note" rows="3" maxlength="4000" data-testid="milestone-note-input"></textarea>
              </mat-form-field>
              <mat-form-field>
                <mat-label>{{ 'accompaniment.edit.evidenceUrl' | t }}</mat-label>
                <input matInput type="url" formControlName="evidenceUrl" maxlength="2000" data-testid="milestone-url-input" />
                <mat-hint>{{ 'accompaniment.edit.evidenceUrlHint' | t }}</mat-hint>
              </mat-form-field>
              <div class="actions">
                <button mat-flat-button type="submit" [disabled]="busy()" data-testid="milestone-save">{{ 'accompaniment.edit.save' | t }}</button>
                <button mat-button type="button" (click)="cancel()">{{ 'accompaniment.edit.cancel' | t }}</button>
                @if (p.milestones.length > 1) {
                  <button mat-button type="button" class="danger" [disabled]="busy()" (click)="remove(m)" data-testid="milestone-remove">{{ 'accompaniment.edit.remove' | t }}</button>
                }
              </div>
              @if (canShare()) {
                <div class="share">
                  @if (m.evidenceAssignment?.sharedByViewer) {
                    <button mat-stroked-button type="button" [disabled]="busy()" (click)="withdraw(m)" data-testid="milestone-withdraw">{{ 'accompaniment.edit.withdraw' | t }}</button>
                  } @else {
                    <div class="row">
                      <mat-form-field>
                        <mat-label>{{ 'accompaniment.edit.shareModule' | t }}</mat-label>
                        <mat-select [formControl]="shareModule" data-testid="milestone-share-module">
                          @for (x of modules(); track x.id) {
                            <mat-option [value]="x.id">{{ x.position }}. {{ en() && x.titleEn ? x.titleEn : x.title }}</mat-option>
                          }
                        </mat-select>
                        <mat-hint>{{ 'accompaniment.edit.shareHint' | t }}</mat-hint>
                      </mat-form-field>
                      <button mat-stroked-button type="button" [disabled]="busy() || !shareModule.value" (click)="share(m)" data-testid="milestone-share">
                        {{ 'accompaniment.edit.share' | t }}
                      </button>
                    </div>
                  }
                </div>
              }
            </form>
          } @else {
            <div class="head">
              <h3 class="title"><span class="pos">{{ m.position }}.</span> {{ titleOf(m) }}</h3>
              <span class="chip" [attr.data-status]="m.status" data-testid="milestone-status">{{ milestoneStatusKey(m.status) | t }}</span>
            </div>
            @if (m.datedOn) {
              <p class="date">{{ (m.status === 'REACHED' ? 'accompaniment.path.reachedOn' : 'accompaniment.path.plannedFor') | t: { date: day(m.datedOn) } }}</p>
            }
            @if (m.note) {
              <p class="note" data-testid="milestone-note">{{ m.note }}</p>
            }
            @if (m.evidenceUrl) {
              <p><a [href]="m.evidenceUrl" target="_blank" rel="noopener noreferrer">{{ 'accompaniment.path.evidenceLink' | t }}</a></p>
            }
            @if (m.evidenceAssignment; as a) {
              <p class="evidence" data-testid="milestone-evidence-assignment">
                {{ 'accompaniment.path.evidenceAssignment' | t: { position: a.modulePosition, title: en() ? a.moduleTitleEn : a.moduleTitle, name: a.participant.displayName } }}
              </p>
            }
            @if (m.updatedBy) {
              <p class="meta">{{ 'accompaniment.path.updated' | t: { name: m.updatedBy.displayName, date: instant(m.updatedAt) } }}</p>
            }
            <button mat-button type="button" (click)="edit(m)" [attr.aria-label]="'accompaniment.edit.buttonLabel' | t: { title: titleOf(m) }" [attr.data-testid]="'milestone-edit-' + m.position">
              {{ 'accompaniment.edit.button' | t }}
            </button>
          }
        </li>
      }
    </ol>
    <form class="add" (ngSubmit)="add()" novalidate>
      <koko-form-error [message]="addError()" />
      <mat-form-field>
        <mat-label>{{ 'accompaniment.add.label' | t }}</mat-label>
        <input matInput [formControl]="newTitle" maxlength="120" data-testid="milestone-add-input" />
      </mat-form-field>
      <button mat-stroked-button type="submit" [disabled]="busy()" data-testid="milestone-add">{{ 'accompaniment.add.submit' | t }}</button>
    </form>
  `,
  styles: `
    :host { display: block; }
    .summary { font: var(--mat-sys-title-small); margin: 0 0 0.25rem; }
    .advisors { margin: 0 0 1rem; color: var(--mat-sys-on-surface-variant); }
    .milestones { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.75rem; }
    .milestone { border: 1px solid var(--mat-sys-outline-variant); border-left: 6px solid var(--mat-sys-outline); border-radius: 12px; padding: 0.75rem 1rem; }
    .milestone[data-status='IN_PROGRESS'] { border-left-color: var(--mat-sys-tertiary); }
    .milestone[data-status='REACHED'] { border-left-color: var(--mat-sys-primary); }
    .head { display: flex; flex-wrap: wrap; gap: 0.25rem 0.75rem; align-items: baseline; justify-content: space-between; }
    .title { font: var(--mat-sys-title-medium); margin: 0; overflow-wrap: anywhere; }
    .pos { color: var(--mat-sys-on-surface-variant); }
    .chip { display: inline-block; padding: 0.125rem 0.75rem; border-radius: 999px; background: var(--mat-sys-surface-container-highest); color: var(--mat-sys-on-surface); }
    .chip[data-status='IN_PROGRESS'] { background: var(--mat-sys-tertiary-container); color: var(--mat-sys-on-tertiary-container); }
    .chip[data-status='REACHED'] { background: var(--mat-sys-primary-container); color: var(--mat-sys-on-primary-container); }
    .date, .note, .evidence, .meta { margin: 0.375rem 0 0; overflow-wrap: anywhere; }
    .note { white-space: pre-line; }
    .meta { font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
    .edit { display: grid; gap: 0.25rem; }
    .row { display: flex; flex-wrap: wrap; gap: 0 1rem; align-items: baseline; }
    .row mat-form-field { flex: 1 1 14rem; }
    .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; margin-top: 0.5rem; }
    .danger { color: var(--mat-sys-error); }
    .share { margin-top: 1rem; padding-top: 0.75rem; border-top: 1px solid var(--mat-sys-outline-variant); }
    .add { display: flex; flex-wrap: wrap; gap: 0 1rem; align-items: baseline; margin-top: 1.25rem; }
    .add mat-form-field { flex: 1 1 16rem; }
    .add koko-form-error { flex-basis: 100%; }
  `,
})
export class KommunePathView {
  private readonly service = inject(AccompanimentService);
  private readonly errors = inject(ApiErrorService);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(I18nService);
  private readonly document = inject(DOCUMENT);
  readonly path = input.required<AccompanimentPath>();
  /** The viewer takes part for this Kommune: they may share their own transfer assignment. */
  readonly canShare = input(false);
  readonly changed = output<void>();

  protected readonly statuses = MILESTONE_STATUSES;
  protected readonly milestoneStatusKey = milestoneStatusKey;
  protected readonly stageKey = stageKey;
  protected readonly editing = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly addError = signal<string | null>(null);
  protected readonly modules = signal<ProgrammeModuleOption[]>([]);
  private readonly firstField = viewChild<ElementRef<HTMLInputElement>>('firstField');

  protected readonly form = new FormGroup({
    title: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.minLength(2)] }),
    status: new FormControl<MilestoneStatus>('OPEN', { nonNullable: true }),
    datedOn: new FormControl('', { nonNullable: true }),
    note: new FormControl('', { nonNullable: true }),
    evidenceUrl: new FormControl('', { nonNullable: true }),
  });
  protected readonly shareModule = new FormControl<string | null>(null);
  protected readonly newTitle = new FormControl('', { nonNullable: true });

  protected en(): boolean {
    return this.i18n.locale() === 'en';
  }

  protected titleOf(m: Milestone): string {
    return this.en() && m.titleEn ? m.titleEn : m.title;
  }

  protected advisorNames(): string {
    return this.path()
      .advisors.map((a) => a.displayName)
      .join(', ');
  }

  protected day(value: string): string {
    return this.i18n.formatDate(`${value}T12:00:00Z`, { dateStyle: 'long', timeZone: 'Europe/Berlin' });
  }

  protected instant(value: string): string {
    return this.i18n.formatDate(value, { dateStyle: 'medium', timeZone: 'Europe/Berlin' });
  }

  protected edit(m: Milestone): void {
    this.error.set(null);
    this.form.setValue({ title: m.title, status: m.status, datedOn: m.datedOn ?? '', note: m.note ?? '', evidenceUrl: m.evidenceUrl ?? '' });
    this.shareModule.setValue(null);
    this.editing.set(m.id);
    if (this.canShare() && !this.modules().length) void this.service.modules().then((list) => this.modules.set(list));
    // Keyboard users land in the form they opened.
    setTimeout(() => this.firstField()?.nativeElement.focus());
  }

  protected cancel(): void {
    const id = this.editing();
    this.editing.set(null);
    this.refocus(id);
  }

  protected async save(m: Milestone): Promise<void> {
    if (this.form.controls.title.invalid) {
      this.error.set(this.i18n.t('accompaniment.edit.titleRequired'));
      return;
    }
    const v = this.form.getRawValue();
    await this.run(this.error, 'accompaniment.edit.saved', () =>
      this.service.update({ milestoneId: m.id, title: v.title.trim(), status: v.status, datedOn: v.datedOn || null, note: v.note.trim() || null, evidenceUrl: v.evidenceUrl.trim() || null }),
    );
    if (!this.error()) this.refocus(m.id);
  }

  protected async remove(m: Milestone): Promise<void> {
    await this.run(this.error, 'accompaniment.edit.removed', () => this.service.remove(m.id));
  }

  protected async share(m: Milestone): Promise<void> {
    const moduleId = this.shareModule.value;
    if (!moduleId) return;
    await this.run(this.error, 'accompaniment.edit.shared', () => this.service.share(m.id, moduleId));
  }

  protected async withdraw(m: Milestone): Promise<void> {
    await this.run(this.error, 'accompaniment.edit.withdrawn', () => this.service.withdraw(m.id));
  }

  protected async add(): Promise<void> {
    const title = this.newTitle.value.trim();
    if (title.length < 2) {
      this.addError.set(this.i18n.t('accompaniment.edit.titleRequired'));
      return;
    }
    await this.run(this.addError, 'accompaniment.add.added', () => this.service.add(this.path().municipalityId, title), false);
    if (!this.addError()) this.newTitle.setValue('');
  }

  private async run(error: ReturnType<typeof signal<string | null>>, success: Parameters<I18nService['t']>[0], work: () => Promise<unknown>, closeEditor = true): Promise<void> {
    this.busy.set(true);
    error.set(null);
    try {
      await work();
      if (closeEditor) this.editing.set(null);
      this.notifier.success(this.i18n.t(success));
      this.changed.emit();
    } catch (e) {
      error.set(this.errors.describe(e).message);
    } finally {
      this.busy.set(false);
    }
  }

  /** Back to the milestone's edit button after closing its form. */
  private refocus(id: string | null): void {
    const m = this.path().milestones.find((x) => x.id === id);
    if (!m) return;
    setTimeout(() => this.document.querySelector<HTMLElement>(`[data-testid="milestone-edit-${m.position}"]`)?.focus(), 300);
  }
}

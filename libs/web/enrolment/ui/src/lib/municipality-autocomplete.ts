import { ChangeDetectionStrategy, ChangeDetectorRef, Component, DestroyRef, effect, inject, input, signal } from '@angular/core';
import { type AbstractControl, type FormControl, ReactiveFormsModule, type ValidationErrors } from '@angular/forms';
import { MatAutocomplete, MatAutocompleteTrigger, MatOption } from '@angular/material/autocomplete';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { I18nService, TranslatePipe } from '@koko/web/shared/util';
import { catchError, debounceTime, distinctUntilChanged, map, type Observable, of, startWith, Subscription, switchMap } from 'rxjs';
import { municipalityKindKey, type MunicipalityKindName } from './labels';

export interface MunicipalityChoice {
  id: string;
  name: string;
  kind: MunicipalityKindName;
}

/** While typing the control holds the text; once an option is picked it holds the municipality. */
export type MunicipalityValue = MunicipalityChoice | string | null;

export type MunicipalitySearch = (term: string) => Observable<{ items: MunicipalityChoice[]; total: number }>;

export function isMunicipalityChoice(value: unknown): value is MunicipalityChoice {
  return typeof value === 'object' && value !== null && typeof (value as MunicipalityChoice).id === 'string';
}

/** Typed text that was not turned into a choice from the list is an error (an empty field is `required`'s business). */
export function municipalityChosen(control: AbstractControl<MunicipalityValue>): ValidationErrors | null {
  const value = control.value;
  if (value === null || value === '' || isMunicipalityChoice(value)) return null;
  return typeof value === 'string' && value.trim() === '' ? null : { municipalityNotChosen: true };
}

type Suggestions =
  | { kind: 'loading' }
  | { kind: 'loaded'; items: MunicipalityChoice[]; total: number }
  | { kind: 'error' };

/**
 * Text field with server-side suggestions over the NRW municipalities (name and kind).
 * Renders the whole form field so that its label, hint and errors stay together.
 */
@Component({
  selector: 'koko-municipality-autocomplete',
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatHint, MatError, MatInput, MatAutocomplete, MatAutocompleteTrigger, MatOption, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field class="field">
      <mat-label>{{ label() }}</mat-label>
      <input
        matInput
        type="text"
        [formControl]="control()"
        [matAutocomplete]="auto"
        [required]="required()"
        autocomplete="off"
        [attr.data-testid]="testId() || null"
      />
      @if (hint()) {
        <mat-hint>{{ hint() }}</mat-hint>
      }
      @if (control().hasError('required')) {
        <mat-error>{{ 'enrolment.municipality.required' | t }}</mat-error>
      } @else if (control().hasError('municipalityNotChosen')) {
        <mat-error>{{ 'enrolment.municipality.notChosen' | t }}</mat-error>
      }
      <mat-autocomplete #auto="matAutocomplete" [displayWith]="displayWith" [hideSingleSelectionIndicator]="true">
        @switch (suggestions().kind) {
          @case ('loading') {
            <mat-option disabled>{{ 'common.loading' | t }}</mat-option>
          }
          @case ('error') {
            <mat-option disabled>{{ 'enrolment.municipality.loadFailed' | t }}</mat-option>
          }
        }
        @if (suggestions(); as s) {
          @if (s.kind === 'loaded') {
            @for (m of s.items; track m.id) {
              <mat-option [value]="m" [attr.data-testid]="(testId() || 'municipality') + '-option'">
                <span class="name">{{ m.name }}</span>
                <span class="kind">{{ kindKey(m.kind) | t }}</span>
              </mat-option>
            } @empty {
              <mat-option disabled>{{ 'enrolment.municipality.noMatch' | t }}</mat-option>
            }
            @if (s.total > s.items.length) {
              <mat-option disabled>{{ 'enrolment.municipality.more' | t: { shown: s.items.length, total: s.total } }}</mat-option>
            }
          }
        }
      </mat-autocomplete>
    </mat-form-field>
  `,
  styles: `
    :host { display: block; }
    .field { width: 100%; }
    .name { margin-right: 0.5rem; }
    .kind { color: var(--mat-sys-on-surface-variant); font: var(--mat-sys-body-small); }
  `,
})
export class MunicipalityAutocomplete {
  private readonly i18n = inject(I18nService);
  private readonly cdr = inject(ChangeDetectorRef);
  private readonly destroyRef = inject(DestroyRef);

  readonly control = input.required<FormControl<MunicipalityValue>>();
  readonly search = input.required<MunicipalitySearch>();
  readonly label = input.required<string>();
  readonly hint = input('');
  readonly required = input(false);
  readonly testId = input('');

  protected readonly suggestions = signal<Suggestions>({ kind: 'loading' });
  protected readonly kindKey = municipalityKindKey;
  protected readonly displayWith = (value: MunicipalityValue): string => {
    if (isMunicipalityChoice(value)) return `${value.name} (${this.i18n.t(municipalityKindKey(value.kind))})`;
    return value ?? '';
  };

  constructor() {
    let subscription: Subscription | undefined;
    effect(() => {
      const control = this.control();
      const search = this.search();
      subscription?.unsubscribe();
      subscription = new Subscription();
      // The parent may mark the form touched (submit); this OnPush view must then show the errors.
      subscription.add(control.events.subscribe(() => this.cdr.markForCheck()));
      subscription.add(
        control.valueChanges
          .pipe(
            startWith(control.value),
            map((value) => (isMunicipalityChoice(value) ? null : (value ?? '').trim())),
            debounceTime(200),
            distinctUntilChanged(),
            switchMap((term) => {
              // A picked municipality keeps the current suggestions.
              if (term === null) return of(null);
              this.suggestions.set({ kind: 'loading' });
              return search(term).pipe(
                map((page): Suggestions => ({ kind: 'loaded', items: page.items, total: page.total })),
                catchError(() => of<Suggestions>({ kind: 'error' })),
              );
            }),
          )
          .subscribe((next) => {
            if (next) this.suggestions.set(next);
          }),
      );
    });
    this.destroyRef.onDestroy(() => subscription?.unsubscribe());
  }
}

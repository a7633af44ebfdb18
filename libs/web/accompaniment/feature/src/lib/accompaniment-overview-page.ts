import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatOption, MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import {
  ACCOMPANIMENT_STAGES,
  type AccompanimentFilters,
  AccompanimentService,
  type AccompanimentStage,
  stageKey,
} from '@koko/web/accompaniment/data-access';
import { ApiErrorService, createLoader } from '@koko/web/shared/data-access-graphql';
import { FormError, LoadStateView, PageHeader } from '@koko/web/shared/ui';
import { downloadExportFile, TranslatePipe } from '@koko/web/shared/util';

const REGIERUNGSBEZIRKE = ['Arnsberg', 'Detmold', 'Düsseldorf', 'Köln', 'Münster'];
type YesNo = '' | 'yes' | 'no';

/**
 * `/begleitung` – the programme overview: every participating Kommune (advisors: those they
 * accompany) with its stage, filters, counts per stage and the CSV for the funders' reports.
 */
@Component({
  selector: 'koko-accompaniment-overview-page',
  imports: [RouterLink, MatButton, MatFormField, MatLabel, MatSelect, MatOption, PageHeader, LoadStateView, FormError, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="koko-page">
      <koko-page-header [heading]="'accompaniment.title.overview' | t" [intro]="'accompaniment.overview.intro' | t" headingTestId="accompaniment-overview-heading" />
      <form class="filters" role="search" [attr.aria-label]="'accompaniment.overview.filters' | t" (submit)="$event.preventDefault()">
        <mat-form-field>
          <mat-label>{{ 'accompaniment.overview.regierungsbezirk' | t }}</mat-label>
          <mat-select [value]="regierungsbezirk()" (valueChange)="regierungsbezirk.set($event)" data-testid="filter-regierungsbezirk">
            <mat-option value="">{{ 'accompaniment.overview.all' | t }}</mat-option>
            @for (r of regierungsbezirke; track r) {
              <mat-option [value]="r">{{ r }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'accompaniment.overview.kreis' | t }}</mat-label>
          <mat-select [value]="kreisKey()" (valueChange)="kreisKey.set($event)" data-testid="filter-kreis">
            <mat-option value="">{{ 'accompaniment.overview.all' | t }}</mat-option>
            @for (k of kreise(); track k.key) {
              <mat-option [value]="k.key">{{ k.name }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'accompaniment.overview.koko1' | t }}</mat-label>
          <mat-select [value]="koko1()" (valueChange)="koko1.set($event)" data-testid="filter-koko1">
            <mat-option value="">{{ 'accompaniment.overview.all' | t }}</mat-option>
            <mat-option value="yes">{{ 'accompaniment.overview.yes' | t }}</mat-option>
            <mat-option value="no">{{ 'accompaniment.overview.no' | t }}</mat-option>
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'accompaniment.overview.ki' | t }}</mat-label>
          <mat-select [value]="ki()" (valueChange)="ki.set($event)" data-testid="filter-ki">
            <mat-option value="">{{ 'accompaniment.overview.all' | t }}</mat-option>
            <mat-option value="yes">{{ 'accompaniment.overview.yes' | t }}</mat-option>
            <mat-option value="no">{{ 'accompaniment.overview.no' | t }}</mat-option>
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'accompaniment.overview.stage' | t }}</mat-label>
          <mat-select [value]="stage()" (valueChange)="stage.set($event)" data-testid="filter-stage">
            <mat-option value="">{{ 'accompaniment.overview.all' | t }}</mat-option>
            @for (s of stages; track s) {
              <mat-option [value]="s">{{ stageKey(s) | t }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      </form>
      <koko-load-state [loader]="overview" [loadingLabel]="'accompaniment.overview.loading' | t">
        @if (overview.data(); as o) {
          <section [attr.aria-label]="'accompaniment.overview.countsLabel' | t">
            <ul class="counts" data-testid="stage-counts">
              @for (c of o.stageCounts; track c.stage) {
                <li [attr.data-stage]="c.stage">
                  <span class="n">{{ c.count }}</span> <span>{{ stageKey(c.stage) | t }}</span>
                </li>
              }
            </ul>
          </section>
          <div class="bar">
            <p data-testid="overview-total">{{ 'accompaniment.overview.total' | t: { count: o.kommunen.length } }}</p>
            <button mat-stroked-button type="button" (click)="csv()" [disabled]="busy()" data-testid="overview-csv">{{ 'accompaniment.overview.csv' | t }}</button>
          </div>
          <koko-form-error [message]="csvError()" />
          @if (o.kommunen.length) {
            <table class="koko-card-table" role="table" data-testid="overview-table">
              <caption class="koko-visually-hidden">{{ 'accompaniment.title.overview' | t }}</caption>
              <thead role="rowgroup">
                <tr role="row">
                  <th role="columnheader" scope="col">{{ 'accompaniment.overview.colKommune' | t }}</th>
                  <th role="columnheader" scope="col">{{ 'accompaniment.overview.colStage' | t }}</th>
                  <th role="columnheader" scope="col">{{ 'accompaniment.overview.colNext' | t }}</th>
                  <th role="columnheader" scope="col">{{ 'accompaniment.overview.colParticipants' | t }}</th>
                  <th role="columnheader" scope="col">{{ 'accompaniment.overview.colAdvisors' | t }}</th>
                </tr>
              </thead>
              <tbody role="rowgroup">
                @for (k of o.kommunen; track k.municipalityId) {
                  <tr role="row" [attr.data-testid]="'overview-row-' + k.municipalityId">
                    <th role="rowheader" scope="row">
                      <a [routerLink]="['/begleitung/kommunen', k.municipalityId]">{{ k.name }}</a>
                      <span class="sub">{{ k.regierungsbezirk }}@if (k.kreisName) { · {{ k.kreisName }} }@if (k.tookPartInKoko1) { · KoKo I }@if (k.hasIntegrationCentre) { · KI }</span>
                    </th>
                    <td role="cell">
                      <span class="koko-cell-label" aria-hidden="true">{{ 'accompaniment.overview.colStage' | t }}</span>
                      <span class="chip" [attr.data-stage]="k.stage">{{ stageKey(k.stage) | t }}</span>
                      <span class="sub">{{ 'accompaniment.overview.reached' | t: { reached: k.reachedCount, total: k.milestoneCount } }}</span>
                    </td>
                    <td role="cell"><span class="koko-cell-label" aria-hidden="true">{{ 'accompaniment.overview.colNext' | t }}</span>{{ k.nextMilestone ?? '–' }}</td>
                    <td role="cell" class="num"><span class="koko-cell-label" aria-hidden="true">{{ 'accompaniment.overview.colParticipants' | t }}</span>{{ k.participantCount }}</td>
                    <td role="cell"><span class="koko-cell-label" aria-hidden="true">{{ 'accompaniment.overview.colAdvisors' | t }}</span>{{ names(k.advisors) || '–' }}</td>
                  </tr>
                }
              </tbody>
            </table>
          } @else {
            <p data-testid="overview-empty">{{ 'accompaniment.overview.empty' | t }}</p>
          }
        }
      </koko-load-state>
    </div>
  `,
  styles: `
    .filters { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; }
    .filters mat-form-field { flex: 1 1 12rem; }
    .counts { list-style: none; padding: 0; margin: 0 0 1rem; display: grid; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr)); gap: 0.75rem; }
    .counts li { border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; padding: 0.75rem 1rem; display: flex; flex-direction: column; }
    .counts .n { font: var(--mat-sys-headline-medium); }
    .bar { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; justify-content: space-between; }
    .bar p { margin: 0; }
    table { width: 100%; border-collapse: collapse; margin-top: 0.75rem; }
    th, td { text-align: left; padding: 0.5rem; border-bottom: 1px solid var(--mat-sys-outline-variant); vertical-align: top; }
    tbody th { font-weight: normal; }
    .sub { display: block; font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
    .num { text-align: right; }
    .chip { display: inline-block; padding: 0.125rem 0.75rem; border-radius: 999px; background: var(--mat-sys-surface-container-highest); color: var(--mat-sys-on-surface); }
    .chip[data-stage='STARTED'] { background: var(--mat-sys-tertiary-container); color: var(--mat-sys-on-tertiary-container); }
    .chip[data-stage='ADVANCED'] { background: var(--mat-sys-secondary-container); color: var(--mat-sys-on-secondary-container); }
    .chip[data-stage='ANCHORED'] { background: var(--mat-sys-primary-container); color: var(--mat-sys-on-primary-container); }
    @media (max-width: 47.99rem) {
      .num { text-align: left; }
    }
  `,
})
export class AccompanimentOverviewPage {
  private readonly service = inject(AccompanimentService);
  private readonly errors = inject(ApiErrorService);
  private readonly document = inject(DOCUMENT);
  protected readonly stageKey = stageKey;
  protected readonly stages = ACCOMPANIMENT_STAGES;
  protected readonly regierungsbezirke = REGIERUNGSBEZIRKE;
  protected readonly regierungsbezirk = signal('');
  protected readonly kreisKey = signal('');
  protected readonly koko1 = signal<YesNo>('');
  protected readonly ki = signal<YesNo>('');
  protected readonly stage = signal<AccompanimentStage | ''>('');
  protected readonly busy = signal(false);
  protected readonly csvError = signal<string | null>(null);

  private readonly filters = computed<AccompanimentFilters>(() => {
    const yesNo = (v: YesNo) => (v === '' ? null : v === 'yes');
    return {
      regierungsbezirk: this.regierungsbezirk() || null,
      kreisKey: this.kreisKey() || null,
      tookPartInKoko1: yesNo(this.koko1()),
      hasIntegrationCentre: yesNo(this.ki()),
      stage: this.stage() || null,
    };
  });
  protected readonly overview = createLoader({ params: () => this.filters(), load: (f) => this.service.overview(f) });
  /** The Kreise offered: those of all participating Kommunen (loaded once, unfiltered). */
  private readonly all = createLoader({ load: () => this.service.overview({}) });
  protected readonly kreise = computed(() => {
    const seen = new Map<string, string>();
    for (const k of this.all.data()?.kommunen ?? []) if (k.kreisKey && k.kreisName) seen.set(k.kreisKey, k.kreisName);
    return [...seen].map(([key, name]) => ({ key, name })).sort((a, b) => a.name.localeCompare(b.name, 'de'));
  });

  protected names(people: ReadonlyArray<{ displayName: string }>): string {
    return people.map((p) => p.displayName).join(', ');
  }

  protected async csv(): Promise<void> {
    this.busy.set(true);
    this.csvError.set(null);
    try {
      downloadExportFile(this.document, await this.service.overviewCsv(this.filters()));
    } catch (e) {
      this.csvError.set(this.errors.describe(e).message);
    } finally {
      this.busy.set(false);
    }
  }
}

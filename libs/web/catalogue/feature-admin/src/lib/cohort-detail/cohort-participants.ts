import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AdminEnrolmentsService } from '@koko/web/enrolment/data-access';
import { EnrolmentStateChip, type EnrolmentStateName } from '@koko/web/enrolment/ui';
import { CohortProgressService } from '@koko/web/progress/data-access';
import { createLoader } from '@koko/web/shared/data-access-graphql';
import { LoadStateView, TableScroll } from '@koko/web/shared/ui';
import { TranslatePipe } from '@koko/web/shared/util';
import { firstValueFrom } from 'rxjs';

/** Requirements per cohort: attendance and the transfer assignment in each of the five modules. */
const REQUIREMENTS = 10;

export interface CohortParticipant {
  enrolmentId: string;
  name: string;
  municipality: string;
  state: EnrolmentStateName;
  /** Admitted and completed participants only. */
  progress: { met: number; total: number; percent: number; completedModules: number } | null;
}

/** The participants of one cohort with their state and progress, on the admin's cohort page. */
@Component({
  selector: 'koko-cohort-participants',
  imports: [RouterLink, LoadStateView, TableScroll, EnrolmentStateChip, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="cohort-participants-heading" data-testid="cohort-participants">
      <h2 id="cohort-participants-heading">{{ 'catalogue.participants.heading' | t }}</h2>
      <p class="links">
        <a [routerLink]="['/trainer/durchgaenge', cohortId(), 'fortschritt']" data-testid="cohort-participants-matrix">{{ 'catalogue.participants.matrix' | t }}</a>
        <a routerLink="/verwaltung/anmeldungen" [queryParams]="{ durchgang: cohortId() }" data-testid="cohort-participants-enrolments">{{
          'catalogue.participants.enrolments' | t
        }}</a>
      </p>
      <koko-load-state [loader]="loader" [emptyMessage]="'catalogue.participants.empty' | t">
        <koko-table-scroll [label]="'catalogue.participants.caption' | t">
          <table class="participants">
            <caption class="koko-visually-hidden">{{ 'catalogue.participants.caption' | t }}</caption>
            <thead>
              <tr>
                <th scope="col">{{ 'catalogue.participants.name' | t }}</th>
                <th scope="col">{{ 'catalogue.participants.state' | t }}</th>
                <th scope="col">{{ 'catalogue.participants.progress' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (p of loader.data() ?? []; track p.enrolmentId) {
                <tr [attr.data-testid]="'cohort-participant-' + p.enrolmentId">
                  <th scope="row">
                    <span class="name">{{ p.name }}</span>
                    <span class="municipality">{{ p.municipality }}</span>
                  </th>
                  <td><koko-enrolment-state-chip [state]="p.state" /></td>
                  <td>
                    @if (p.progress; as progress) {
                      <span>{{ 'progress.myWay.overall' | t: { met: progress.met, total: progress.total, percent: progress.percent } }}</span>
                      <span class="modules">{{ 'catalogue.participants.modules' | t: { count: progress.completedModules } }}</span>
                    } @else {
                      <span class="none">–</span>
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </koko-table-scroll>
      </koko-load-state>
    </section>
  `,
  styles: `
    h2 { font: var(--mat-sys-title-large); margin: 0 0 0.5rem; }
    .links { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; margin: 0 0 0.75rem; }
    .participants { border-collapse: collapse; width: 100%; }
    th, td { text-align: left; vertical-align: top; padding: 0.5rem 0.75rem; border-bottom: 1px solid var(--mat-sys-outline-variant); }
    thead th { font: var(--mat-sys-title-small); }
    tbody th { font-weight: normal; }
    .name { display: block; font-weight: 500; }
    .municipality, .modules { display: block; color: var(--mat-sys-on-surface-variant); font: var(--mat-sys-body-small); }
  `,
})
export class CohortParticipants {
  readonly cohortId = input.required<string>();

  private readonly enrolments = inject(AdminEnrolmentsService);
  private readonly progress = inject(CohortProgressService);

  protected readonly loader = createLoader<CohortParticipant[], string>({
    params: () => this.cohortId(),
    load: (cohortId) => this.load(cohortId),
  });

  private async load(cohortId: string): Promise<CohortParticipant[]> {
    const [page, matrix] = await Promise.all([
      firstValueFrom(this.enrolments.list({ cohortId, offset: 0, limit: 100 })),
      firstValueFrom(this.progress.matrix(cohortId)),
    ]);
    const progressOf = new Map(matrix.cohortProgress.map((row) => [row.enrolmentId, row]));
    return page.items
      .map((e): CohortParticipant => {
        const row = progressOf.get(e.id);
        return {
          enrolmentId: e.id,
          name: e.participant.displayName || e.participant.email,
          municipality: e.municipality.name,
          state: e.state,
          progress: row
            ? {
                met: Math.round((row.overallPercent * REQUIREMENTS) / 100),
                total: REQUIREMENTS,
                percent: row.overallPercent,
                completedModules: row.completedModules,
              }
            : null,
        };
      })
      .sort((a, b) => a.name.localeCompare(b.name, 'de'));
  }
}

import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { GradingQueueService } from '@koko/web/assessment/data-access-grading';
import { CertificatesAdminService } from '@koko/web/certificates/data-access';
import { BarrierReportsService } from '@koko/web/content/data-access';
import { AdminEnrolmentsService } from '@koko/web/enrolment/data-access';
import { createLoader } from '@koko/web/shared/data-access-graphql';
import { LoadStateView } from '@koko/web/shared/ui';
import { type TranslationKey, TranslatePipe } from '@koko/web/shared/util';
import { firstValueFrom } from 'rxjs';

interface CertificatesToIssue {
  cohortId: string;
  cohortName: string;
  count: number;
}

export interface AdminWork {
  applications: number;
  submissions: number;
  certificates: CertificatesToIssue[];
  barrierReports: number;
}

/** "Zu erledigen" for the programme team: what waits for a decision, with counts and links to the filtered lists. */
@Component({
  selector: 'koko-admin-worklist',
  imports: [RouterLink, LoadStateView, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="worklist" aria-labelledby="admin-work-heading" data-testid="admin-worklist">
      <h2 id="admin-work-heading">{{ 'home.work.adminHeading' | t }}</h2>
      <koko-load-state [loader]="loader">
        @if (loader.data(); as work) {
          <ul class="work-items">
            <li>
              <a routerLink="/verwaltung/anmeldungen" [queryParams]="{ status: 'APPLIED' }" data-testid="work-applications">
                <span class="count">{{ work.applications }}</span>
                <span>{{ countKey('home.work.applications', work.applications) | t }}</span>
              </a>
            </li>
            <li>
              <a routerLink="/trainer/bewertung" data-testid="work-submissions">
                <span class="count">{{ work.submissions }}</span>
                <span>{{ countKey('home.work.submissions', work.submissions) | t }}</span>
              </a>
            </li>
            @for (c of work.certificates; track c.cohortId) {
              <li>
                <a [routerLink]="['/verwaltung/durchgaenge', c.cohortId, 'zertifikate']" [attr.data-testid]="'work-certificates-' + c.cohortId">
                  <span class="count">{{ c.count }}</span>
                  <span>{{ countKey('home.work.certificates', c.count) | t: { cohort: c.cohortName } }}</span>
                </a>
              </li>
            } @empty {
              <li>
                <span class="done" data-testid="work-certificates-none">
                  <span class="count">0</span>
                  <span>{{ 'home.work.certificatesNone' | t }}</span>
                </span>
              </li>
            }
            <li>
              <a routerLink="/verwaltung/barrieren" [queryParams]="{ status: 'NEW' }" data-testid="work-barrier-reports">
                <span class="count">{{ work.barrierReports }}</span>
                <span>{{ countKey('home.work.barrierReports', work.barrierReports) | t }}</span>
              </a>
            </li>
          </ul>
        }
      </koko-load-state>
    </section>
  `,
  styleUrl: './worklist.scss',
})
export class AdminWorklist {
  private readonly enrolments = inject(AdminEnrolmentsService);
  private readonly grading = inject(GradingQueueService);
  private readonly certificates = inject(CertificatesAdminService);
  private readonly reports = inject(BarrierReportsService);

  /** "1 Bewerbung …" / "3 Bewerbungen …": the key with `.one` for a single one. */
  protected countKey(key: string, count: number): TranslationKey {
    return (count === 1 ? `${key}.one` : `${key}.other`) as TranslationKey;
  }

  protected readonly loader = createLoader<AdminWork>({ load: () => this.load(), isEmpty: () => false });

  private async load(): Promise<AdminWork> {
    // Four requests whatever the number of cohorts: the certificates to issue come counted per cohort.
    const [applications, queue, certificates, reports] = await Promise.all([
      firstValueFrom(this.enrolments.list({ state: 'APPLIED', offset: 0, limit: 1 })),
      firstValueFrom(this.grading.list({ cohortId: null, moduleId: null, state: 'SUBMITTED', lateOnly: false, offset: 0, limit: 1 })),
      firstValueFrom(this.certificates.toIssue()),
      this.reports.list('NEW', 0, 1),
    ]);
    return {
      applications: applications.total,
      submissions: queue.counts.submitted,
      certificates,
      barrierReports: reports.total,
    };
  }
}

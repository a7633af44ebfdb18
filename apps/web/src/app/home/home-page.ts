import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatCard, MatCardContent, MatCardHeader, MatCardTitle } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import { MyEnrolmentsSection } from '@koko/web/enrolment/feature-my-enrolments';
import { SessionStore } from '@koko/web/identity/data-access';
import { LoadingState, PageHeader } from '@koko/web/shared/ui';
import { roleKey, TranslatePipe } from '@koko/web/shared/util';
import { AdminWorklist } from './admin-worklist';
import { TrainerWorklist } from './trainer-worklist';

/** Role-aware start page: greets the user and lists what their roles can reach now. */
@Component({
  selector: 'koko-home-page',
  imports: [RouterLink, MatCard, MatCardHeader, MatCardTitle, MatCardContent, PageHeader, LoadingState, TranslatePipe, MyEnrolmentsSection, AdminWorklist, TrainerWorklist],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './home-page.html',
  styleUrl: './home-page.scss',
})
export class HomePage {
  protected readonly session = inject(SessionStore);
  protected readonly roleKey = roleKey;
}

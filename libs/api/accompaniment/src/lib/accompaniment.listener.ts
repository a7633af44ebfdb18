import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { TransactionalEvent } from '@koko/api/core/database';
import { EnrolmentQueryService } from '@koko/api/enrolment';
import { EnrolmentEvents, EnrolmentStateChangedEvent } from '@koko/shared';
import { AccompanimentService } from './accompaniment.service';

/** A Kommune takes part once someone of it is admitted to a cohort: it gets the default path then. */
@Injectable()
export class AccompanimentEnrolmentListener {
  constructor(
    private readonly accompaniment: AccompanimentService,
    private readonly enrolments: EnrolmentQueryService,
  ) {}

  @OnEvent(EnrolmentEvents.StateChanged, { suppressErrors: false })
  async onStateChanged({ payload, manager }: TransactionalEvent<EnrolmentStateChangedEvent>): Promise<void> {
    if (payload.to !== 'admitted') return;
    const [enrolment] = await this.enrolments.byIds([payload.enrolmentId], manager);
    if (enrolment) await this.accompaniment.ensurePath(manager, enrolment.municipalityId, payload.actorId);
  }
}

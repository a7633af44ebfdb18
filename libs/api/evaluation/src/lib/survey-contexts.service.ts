import { Injectable } from '@nestjs/common';
import { CohortService, ProgrammeService } from '@koko/api/catalogue';
import { ShortFormatAttendees } from '@koko/api/events';
import { SurveyContexts } from './dto/survey-contexts.model';

/** The cohorts, modules and short formats a survey can be bound to, read through their owners. */
@Injectable()
export class SurveyContextsService {
  constructor(
    private readonly cohorts: CohortService,
    private readonly programme: ProgrammeService,
    private readonly attendees: ShortFormatAttendees,
  ) {}

  async contexts(): Promise<SurveyContexts> {
    const [cohorts, modules, shortFormats] = await Promise.all([this.cohorts.newestFirst(), this.programme.modules(), this.attendees.recent()]);
    return {
      cohorts: cohorts.map((c) => ({ id: c.id, name: c.name, nameEn: c.nameEn, startsOn: c.startsOn, endsOn: c.endsOn })),
      modules: modules.map((p) => ({ id: p.id, position: p.position, title: p.title, titleEn: p.titleEn })),
      shortFormats: shortFormats.map((e) => ({ id: e.id, title: e.title, startsAt: e.startsAt, endsAt: e.endsAt, checkedIn: e.checkedIn })),
    };
  }
}

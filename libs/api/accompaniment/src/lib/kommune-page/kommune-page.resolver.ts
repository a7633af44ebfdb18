import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, Roles } from '@koko/api/core/auth';
import { CounsellingRequest } from '@koko/api/counselling';
import { KommuneSurveyResult } from '@koko/api/evaluation';
import { MunicipalityShortFormat } from '@koko/api/events';
import { Role } from '@koko/shared';
import { AccompanimentService } from '../accompaniment.service';
import { AccompanimentPath } from '../dto/accompaniment.model';
import { KommuneContact, KommunePage, KommuneParticipant } from './kommune-page.model';
import { KommunePageService } from './kommune-page.service';

/** The Kommune page (admins; advisors for the Kommunen they accompany): each block is a field, read in batches. */
@Resolver(() => KommunePage)
export class KommunePageResolver {
  constructor(
    private readonly page: KommunePageService,
    private readonly accompaniment: AccompanimentService,
  ) {}

  @Roles(Role.ADMIN, Role.ADVISOR)
  @Query(() => KommunePage, { name: 'kommunePage', description: 'One Kommune across the four building blocks: admins, and advisors for the Kommunen they accompany.' })
  open(@CurrentUser() viewer: AuthUser, @Args('municipalityId', { type: () => ID }, ParseUUIDPipe) municipalityId: string): Promise<KommunePage> {
    return this.page.open(viewer, municipalityId);
  }

  @ResolveField(() => AccompanimentPath, { name: 'path', nullable: true, description: 'Null until the accompaniment has started.' })
  async path(@CurrentUser() viewer: AuthUser, @Parent() page: KommunePage): Promise<AccompanimentPath | null> {
    return (await this.accompaniment.present([page.municipalityId], viewer))[0] ?? null;
  }

  @ResolveField(() => [KommuneParticipant], { name: 'participants', description: 'Admitted and completed participants, by name.' })
  participants(@Parent() page: KommunePage): Promise<KommuneParticipant[]> {
    return this.page.participants(page);
  }

  @ResolveField(() => [MunicipalityShortFormat], { name: 'shortFormats', description: 'Short formats its people took part in, newest first (at most 50).' })
  shortFormats(@Parent() page: KommunePage): Promise<MunicipalityShortFormat[]> {
    return this.page.shortFormats(page);
  }

  @ResolveField(() => [CounsellingRequest], { name: 'counsellingRequests', description: 'Open first, acute first (at most 100); advisors see those assigned to them.' })
  counsellingRequests(@Parent() page: KommunePage): Promise<CounsellingRequest[]> {
    return this.page.counsellingRequests(page);
  }

  @ResolveField(() => [KommuneSurveyResult], { name: 'evaluation', description: 'Survey aggregates of the Kommune, only from the minimum group size up.' })
  evaluation(@Parent() page: KommunePage): Promise<KommuneSurveyResult[]> {
    return this.page.evaluationResults(page);
  }

  @ResolveField(() => [KommuneContact], { name: 'contacts' })
  contacts(@Parent() page: KommunePage): Promise<KommuneContact[]> {
    return this.page.contacts(page);
  }
}

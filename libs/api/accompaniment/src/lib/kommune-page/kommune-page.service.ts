import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser } from '@koko/api/core/auth';
import { CohortService, MunicipalityDirectory } from '@koko/api/catalogue';
import { CounsellingRequest, CounsellingService } from '@koko/api/counselling';
import { EnrolmentQueryService } from '@koko/api/enrolment';
import { KommuneResults, KommuneSurveyResult } from '@koko/api/evaluation';
import { MunicipalityAttendance, MunicipalityShortFormat } from '@koko/api/events';
import { UserDirectory } from '@koko/api/identity';
import { ProgressService } from '@koko/api/progress';
import { Role } from '@koko/shared';
import { DataSource } from 'typeorm';
import { KommuneAdvisorRow } from '../accompaniment.entity';
import { AccompanimentErrorCode, AccompanimentException } from '../accompaniment.exception';
import { KommuneContact, KommuneContactRole, KommunePage, KommuneParticipant } from './kommune-page.model';

/** How many counselling requests the page lists (open ones first). */
const REQUESTS_ON_PAGE = 100;

/**
 * One Kommune's page for admins and the advisors who accompany it: participants with progress and
 * certificates, short-format attendance, counselling requests with appointments, the path, contacts
 * and evaluation aggregates. Every block is read through the owning domain's exported service, in a
 * fixed number of statements whatever the number of participants, requests or Kommunen.
 */
@Injectable()
export class KommunePageService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly municipalities: MunicipalityDirectory,
    private readonly enrolments: EnrolmentQueryService,
    private readonly cohorts: CohortService,
    private readonly progress: ProgressService,
    private readonly users: UserDirectory,
    private readonly attendance: MunicipalityAttendance,
    private readonly counselling: CounsellingService,
    private readonly evaluation: KommuneResults,
  ) {}

  /** Admins open every Kommune's page; an advisor only those they accompany (anyone else: not found). */
  async open(viewer: AuthUser, municipalityId: string): Promise<KommunePage> {
    const [municipality] = await this.municipalities.byIds([municipalityId]);
    if (!municipality) throw new AccompanimentException(AccompanimentErrorCode.MUNICIPALITY_NOT_FOUND);
    const advisorRows = await this.db.manager.find(KommuneAdvisorRow, { where: { municipalityId }, order: { assignedAt: 'ASC', advisorId: 'ASC' } });
    if (!viewer.roles.includes(Role.ADMIN) && !advisorRows.some((a) => a.advisorId === viewer.id)) throw new AccompanimentException(AccompanimentErrorCode.ACCOMPANIMENT_NOT_FOUND);
    const [kreis] = municipality.kreisKey ? await this.municipalities.byKeys([municipality.kreisKey]) : [];
    const once = <T>(load: () => Promise<T>): (() => Promise<T>) => {
      let started: Promise<T> | null = null;
      return () => (started ??= load());
    };
    return {
      municipalityId,
      municipality,
      kreisName: kreis?.name ?? null,
      shared: {
        seats: once(() => this.enrolments.seatsOfMunicipalities([municipalityId])),
        advisorIds: advisorRows.map((a) => a.advisorId),
        requests: once(async () => (await this.counselling.list(viewer, { municipalityId, offset: 0, limit: REQUESTS_ON_PAGE })).items),
      },
    };
  }

  async participants(page: KommunePage): Promise<KommuneParticipant[]> {
    const seats = await page.shared.seats();
    if (!seats.length) return [];
    const [cohorts, people] = await Promise.all([this.cohorts.cohortsByIds([...new Set(seats.map((s) => s.cohortId))]), this.users.displayNames(seats.map((s) => s.userId))]);
    const cohortById = new Map(cohorts.map((c) => [c.id, c]));
    const progress = await this.progress.forEnrolments(seats, cohortById);
    return seats
      .map((s, i) => ({
        enrolmentId: s.id,
        userId: s.userId,
        displayName: people.get(s.userId) ?? '—',
        jobRole: s.jobRole,
        state: s.state,
        cohortId: s.cohortId,
        cohortName: cohortById.get(s.cohortId)?.name ?? '',
        progress: progress[i],
      }))
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'de') || a.cohortName.localeCompare(b.cohortName, 'de'));
  }

  shortFormats(page: KommunePage): Promise<MunicipalityShortFormat[]> {
    return this.attendance.of(page.municipalityId);
  }

  /** The Kommune's requests as counselling shows them to the viewer (advisors: those assigned to them). */
  counsellingRequests(page: KommunePage): Promise<CounsellingRequest[]> {
    return page.shared.requests();
  }

  evaluationResults(page: KommunePage): Promise<KommuneSurveyResult[]> {
    return this.evaluation.of(page.municipalityId);
  }

  /** Participants, the advisors accompanying the Kommune and the people who asked for counselling, with their addresses. */
  async contacts(page: KommunePage): Promise<KommuneContact[]> {
    const [seats, requests] = await Promise.all([page.shared.seats(), page.shared.requests()]);
    const roles = new Map<string, Set<KommuneContactRole>>();
    const add = (id: string, role: KommuneContactRole) => roles.set(id, (roles.get(id) ?? new Set()).add(role));
    seats.forEach((s) => add(s.userId, KommuneContactRole.PARTICIPANT));
    page.shared.advisorIds.forEach((id) => add(id, KommuneContactRole.ADVISOR));
    requests.forEach((r) => add(r.requester.id, KommuneContactRole.REQUESTER));
    const people = await this.users.byIds([...roles.keys()]);
    const jobRole = new Map(seats.map((s) => [s.userId, s.jobRole]));
    return people
      .filter((u) => u.active)
      .map((u) => ({ id: u.id, displayName: u.displayName, email: u.email, roles: [...(roles.get(u.id) ?? [])], jobRole: jobRole.get(u.id) ?? null }))
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'de'));
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser } from '@koko/api/core/auth';
import { ExportFile, ExportFormat, tableExport } from '@koko/api/core/graphql';
import { Cohort, CohortModule, CohortService, CohortSession, ProgrammeModule } from '@koko/api/catalogue';
import { Enrolment, EnrolmentState, SEAT_STATES } from '@koko/api/enrolment';
import { User } from '@koko/api/identity';
import { Locale, localized } from '@koko/shared';
import { DataSource, In } from 'typeorm';
import { AttendanceRecord } from '../attendance/attendance-record.entity';
import { ASSIGNMENT_STATES, AssignmentStateSource } from './assignment-states';
import { AssignmentState, AttendanceMark, deriveModuleProgress, isAssignmentOverdue, ModuleStatus } from './module-progress';
import { EnrolmentProgress, ModuleProgress, OverdueAssignment } from './progress.model';

type CohortModuleWithModule = CohortModule & { module: ProgrammeModule; sessions: CohortSession[] };

@Injectable()
export class ProgressService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cohorts: CohortService,
    @Inject(ASSIGNMENT_STATES) private readonly assignments: AssignmentStateSource,
  ) {}

  /** The viewer's running and completed enrolments with their cohorts (one statement). */
  async ownEnrolments(viewer: AuthUser): Promise<{ enrolment: Enrolment; cohort: Cohort }[]> {
    const rows = (await this.db.manager
      .createQueryBuilder(Enrolment, 'e')
      .innerJoinAndMapOne('e.cohort', Cohort, 'c', 'c.id = e.cohort_id')
      .where('e.user_id = :id AND e.state IN (:...states)', { id: viewer.id, states: [...SEAT_STATES] })
      .orderBy('c.starts_on', 'DESC')
      .getMany()) as (Enrolment & { cohort: Cohort })[];
    return rows.map((e) => ({ enrolment: e, cohort: e.cohort }));
  }

  /** The admitted and completed participants of a cohort the viewer runs. */
  async cohortEnrolments(viewer: AuthUser, cohortId: string): Promise<Enrolment[]> {
    await this.cohorts.assertCanManage(viewer, cohortId);
    return this.db.manager.find(Enrolment, { where: { cohortId, state: In([...SEAT_STATES]) } });
  }

  /**
   * Progress of any number of enrolments in a fixed number of statements: cohort modules, sessions,
   * attendance and assignment states are each loaded once for the whole batch.
   */
  async forEnrolments(enrolments: readonly Enrolment[], cohortsById: ReadonlyMap<string, Cohort>, now = new Date()): Promise<EnrolmentProgress[]> {
    if (!enrolments.length) return [];
    const cohortIds = [...new Set(enrolments.map((e) => e.cohortId))];
    const enrolmentIds = enrolments.map((e) => e.id);
    // Cohort modules with their programme module and sessions in one statement.
    const [modules, records, assignmentStates] = await Promise.all([
      this.db.manager
        .createQueryBuilder(CohortModule, 'cm')
        .innerJoinAndMapOne('cm.module', ProgrammeModule, 'pm', 'pm.id = cm.module_id')
        .leftJoinAndMapMany('cm.sessions', CohortSession, 's', 's.cohort_id = cm.cohort_id AND s.module_id = cm.module_id')
        .where('cm.cohort_id IN (:...cohortIds)', { cohortIds })
        .orderBy('pm.position', 'ASC')
        .addOrderBy('s.starts_at', 'ASC')
        .getMany() as Promise<CohortModuleWithModule[]>,
      this.db.manager.find(AttendanceRecord, { where: { enrolmentId: In(enrolmentIds) } }),
      this.assignments.statesOf(enrolmentIds),
    ]);
    const marks = new Map<string, Map<string, AttendanceMark>>();
    for (const r of records) {
      const forEnrolment = marks.get(r.enrolmentId) ?? new Map<string, AttendanceMark>();
      forEnrolment.set(r.sessionId, { status: r.status, excuseWaived: r.excuseWaived });
      marks.set(r.enrolmentId, forEnrolment);
    }
    return enrolments.map((enrolment) => {
      const cohort = cohortsById.get(enrolment.cohortId);
      if (!cohort) throw new Error(`cohort ${enrolment.cohortId} not loaded`);
      const moduleRows = modules.filter((cm) => cm.cohortId === enrolment.cohortId).map((cm): ModuleProgress => {
        const moduleSessions = cm.sessions;
        const facts = assignmentStates.get(`${enrolment.id}:${cm.moduleId}`);
        const assignment = facts?.state ?? AssignmentState.NOT_SUBMITTED;
        const dueAt = facts?.personalDueAt ?? cm.assignmentDueAt;
        const derived = deriveModuleProgress({
          sessions: moduleSessions,
          attendance: marks.get(enrolment.id) ?? new Map(),
          minAttendancePercent: cm.minAttendancePercent,
          assignment,
          now,
        });
        return {
          moduleId: cm.moduleId,
          position: cm.module.position,
          module: cm.module,
          status: derived.status,
          sessionsTotal: derived.sessionsTotal,
          sessionsHeld: derived.sessionsHeld,
          attendedSessions: derived.attendedSessions,
          excusedSessions: derived.excusedSessions,
          absentSessions: derived.absentSessions,
          unrecordedSessions: derived.unrecordedSessions,
          attendanceReachable: derived.attendanceReachable,
          attendancePercent: derived.attendancePercent,
          requiredAttendancePercent: cm.minAttendancePercent,
          attendanceMet: derived.attendanceMet,
          assignmentState: assignment,
          assignmentMet: derived.assignmentMet,
          assignmentDueAt: dueAt,
          assignmentOverdue: isAssignmentOverdue(assignment, dueAt, now),
          nextSession: moduleSessions.find((s) => s.id === derived.nextSessionId) ?? null,
          openConditions: derived.openConditions,
        };
      });
      const completed = moduleRows.filter((m) => m.status === ModuleStatus.COMPLETE).length;
      const conditionsMet = moduleRows.reduce((n, m) => n + (m.attendanceMet ? 1 : 0) + (m.assignmentMet ? 1 : 0), 0);
      return {
        enrolmentId: enrolment.id,
        enrolment,
        cohort,
        modules: moduleRows,
        completedModules: completed,
        overallPercent: moduleRows.length ? Math.floor((conditionsMet * 100) / (moduleRows.length * 2)) : 0,
        certificateEligible: moduleRows.length > 0 && completed === moduleRows.length,
      };
    });
  }

  /**
   * Assignments past their due date with nothing submitted, of admitted participants in one cohort
   * the viewer runs, or in every running cohort they run (admins: all); earliest due date first.
   */
  async overdueAssignments(viewer: AuthUser, cohortId: string | null, now = new Date(), locale: Locale = Locale.DE): Promise<OverdueAssignment[]> {
    const cohorts = cohortId ? [await this.cohorts.get(viewer, cohortId)] : await this.cohorts.runningCohortsOf(viewer, now);
    if (!cohorts.length) return [];
    const enrolments = await this.db.manager.find(Enrolment, { where: { cohortId: In(cohorts.map((c) => c.id)), state: EnrolmentState.ADMITTED } });
    if (!enrolments.length) return [];
    const [progress, users] = await Promise.all([
      this.forEnrolments(enrolments, new Map(cohorts.map((c) => [c.id, c])), now),
      this.db.manager.find(User, { where: { id: In(enrolments.map((e) => e.userId)) } }),
    ]);
    const nameOf = new Map(users.map((u) => [u.id, u.displayName]));
    const collator = new Intl.Collator('de');
    return progress
      .flatMap((p) =>
        p.modules
          .filter((m) => m.assignmentOverdue && m.assignmentDueAt)
          .map((m) => ({
            enrolmentId: p.enrolmentId,
            participantId: p.enrolment.userId,
            participantName: nameOf.get(p.enrolment.userId) ?? '',
            cohortId: p.cohort.id,
            cohortName: localized(p.cohort.name, p.cohort.nameEn, locale),
            moduleId: m.moduleId,
            modulePosition: m.position,
            moduleTitle: localized(m.module.title, m.module.titleEn, locale),
            dueAt: m.assignmentDueAt as Date,
            assignmentState: m.assignmentState,
          })),
      )
      .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || collator.compare(a.participantName, b.participantName) || a.modulePosition - b.modulePosition);
  }

  /** The trainer's matrix as CSV for German Excel. */
  async cohortCsv(viewer: AuthUser, cohortId: string, locale: Locale, format: ExportFormat = ExportFormat.CSV): Promise<ExportFile> {
    const enrolments = await this.cohortEnrolments(viewer, cohortId);
    const cohort = await this.db.manager.findOneByOrFail(Cohort, { id: cohortId });
    const users = enrolments.length ? await this.db.manager.find(User, { where: { id: In(enrolments.map((e) => e.userId)) } }) : [];
    const nameOf = new Map(users.map((u) => [u.id, u]));
    const progress = await this.forEnrolments(enrolments, new Map([[cohort.id, cohort]]));
    const collator = new Intl.Collator('de');
    progress.sort((a, b) => collator.compare(nameOf.get(a.enrolment.userId)?.displayName ?? '', nameOf.get(b.enrolment.userId)?.displayName ?? ''));
    const en = locale === Locale.EN;
    const status = (s: ModuleStatus) =>
      ({ complete: en ? 'complete' : 'abgeschlossen', in_progress: en ? 'in progress' : 'in Arbeit', not_started: en ? 'not started' : 'nicht begonnen' })[s];
    const header = [en ? 'Name' : 'Name', en ? 'E-mail' : 'E-Mail'];
    for (let i = 1; i <= 5; i++) {
      header.push(en ? `Module ${i} status` : `Modul ${i} Status`, en ? `Module ${i} attendance %` : `Modul ${i} Anwesenheit %`);
    }
    header.push(en ? 'Modules complete' : 'Module abgeschlossen', en ? 'Progress %' : 'Fortschritt %');
    const rows = progress.map((p) => {
      const user = nameOf.get(p.enrolment.userId);
      return [user?.displayName ?? '', user?.email ?? '', ...p.modules.flatMap((m) => [status(m.status), m.attendancePercent]), p.completedModules, p.overallPercent];
    });
    const slug = cohort.name.toLowerCase().replace(/[^a-z0-9äöüß]+/g, '-').replace(/^-|-$/g, '');
    return tableExport(format, `${en ? 'progress' : 'fortschritt'}-${slug}`, header, rows);
  }
}

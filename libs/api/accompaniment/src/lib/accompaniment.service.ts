import { Inject, Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser } from '@koko/api/core/auth';
import { sqlRows, sqlRun, TransactionalEvent } from '@koko/api/core/database';
import { ExportFile, ExportFormat, tableExport } from '@koko/api/core/graphql';
import { Municipality, MunicipalityDirectory, ProgrammeService, todayInBerlin } from '@koko/api/catalogue';
import { EnrolmentQueryService } from '@koko/api/enrolment';
import { UserDirectory } from '@koko/api/identity';
import { ASSIGNMENT_STATES, AssignmentStateSource } from '@koko/api/progress';
import { AccompanimentAuditedEvent, AccompanimentEvents, AssignmentState, Locale, Role } from '@koko/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import { AccompanimentStage, DEFAULT_MILESTONES, KommuneAdvisorRow, MilestoneRow, MilestoneStatus, stageOf } from './accompaniment.entity';
import { AccompanimentErrorCode, AccompanimentException } from './accompaniment.exception';
import { AccompanimentOverviewArgs, AddMilestoneInput, SetKommuneAdvisorsInput, ShareAssignmentEvidenceInput, UpdateMilestoneInput } from './dto/accompaniment.input';
import { AccompaniedKommune, AccompanimentOverview, AccompanimentPath, AccompanimentPerson, Milestone } from './dto/accompaniment.model';

export const MAX_MILESTONES = 20;
const SHAREABLE: readonly AssignmentState[] = [AssignmentState.SUBMITTED, AssignmentState.PASSED, AssignmentState.REVISION_REQUESTED, AssignmentState.FAILED];
const STAGES = [AccompanimentStage.NOT_STARTED, AccompanimentStage.STARTED, AccompanimentStage.ADVANCED, AccompanimentStage.ANCHORED];
export const STAGE_NAMES: Record<AccompanimentStage, Record<Locale, string>> = {
  [AccompanimentStage.NOT_STARTED]: { de: 'Noch nicht begonnen', en: 'Not started' },
  [AccompanimentStage.STARTED]: { de: 'Begonnen', en: 'Started' },
  [AccompanimentStage.ADVANCED]: { de: 'Fortgeschritten', en: 'Advanced' },
  [AccompanimentStage.ANCHORED]: { de: 'Verankert', en: 'Anchored' },
};

/** How the viewer stands to a Kommune: its advisors and its participants edit the path, admins everything. */
type Standing = 'admin' | 'advisor' | 'participant';


/**
 * Accompaniment (Begleitung): each participating Kommune's development path, who may see and edit
 * it (its participants, the advisors admins assigned to it, admins), and the programme overview.
 */
@Injectable()
export class AccompanimentService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: EventEmitter2,
    private readonly municipalities: MunicipalityDirectory,
    private readonly enrolments: EnrolmentQueryService,
    private readonly programme: ProgrammeService,
    private readonly users: UserDirectory,
    @Inject(ASSIGNMENT_STATES) private readonly assignmentStates: AssignmentStateSource,
  ) {}

  // ---- reading ----

  async path(viewer: AuthUser, municipalityId: string): Promise<AccompanimentPath> {
    await this.standing(this.db.manager, viewer, municipalityId);
    const [path] = await this.present([municipalityId], viewer);
    if (!path) throw new AccompanimentException(AccompanimentErrorCode.ACCOMPANIMENT_NOT_FOUND);
    return path;
  }

  /** The paths of the Kommunen the participant holds a seat for (usually one). */
  async mine(viewer: AuthUser): Promise<AccompanimentPath[]> {
    const seats = await this.enrolments.seatsOfUser(viewer.id);
    return this.present([...new Set(seats.map((s) => s.municipalityId))], viewer);
  }

  /** The Kommunen an advisor accompanies (all for admins), ids only. */
  async accompaniedIds(viewer: AuthUser, m: EntityManager = this.db.manager): Promise<string[] | null> {
    if (viewer.roles.includes(Role.ADMIN)) return null;
    return (await m.find(KommuneAdvisorRow, { where: { advisorId: viewer.id } })).map((r) => r.municipalityId);
  }

  // ---- editing ----

  /** Admins start a Kommune's accompaniment: it gets the default path. */
  async start(actor: AuthUser, municipalityId: string): Promise<AccompanimentPath> {
    await this.db.transaction(async (m) => {
      const [municipality] = await this.municipalities.byIds([municipalityId], m);
      if (!municipality) throw new AccompanimentException(AccompanimentErrorCode.MUNICIPALITY_NOT_FOUND);
      if (!(await this.ensurePath(m, municipalityId, actor.id))) throw new AccompanimentException(AccompanimentErrorCode.ACCOMPANIMENT_ALREADY_STARTED);
    });
    return this.path(actor, municipalityId);
  }

  /**
   * Gives the Kommune its default path unless it has one; true when it was created. Called when
   * an admin starts the accompaniment and when someone of the Kommune is admitted to a cohort.
   */
  async ensurePath(m: EntityManager, municipalityId: string, actorId: string | null): Promise<boolean> {
    await sqlRows(m, `SELECT pg_advisory_xact_lock(hashtext('accompaniment:' || $1::text))`, [municipalityId]);
    if (await m.count(MilestoneRow, { where: { municipalityId } })) return false;
    await m.insert(
      MilestoneRow,
      // Nobody has touched the defaults yet: no "last changed by" (the start itself is audited).
      DEFAULT_MILESTONES.map((d, i) => ({ municipalityId, position: i + 1, title: d.title, titleEn: d.titleEn, updatedBy: null })),
    );
    if (actorId) await this.audit(m, actorId, 'accompaniment.started', 'municipality', municipalityId, null, null, { milestones: DEFAULT_MILESTONES.map((d) => d.title) });
    return true;
  }

  async addMilestone(actor: AuthUser, input: AddMilestoneInput): Promise<AccompanimentPath> {
    await this.db.transaction(async (m) => {
      await this.standing(m, actor, input.municipalityId);
      await sqlRows(m, `SELECT pg_advisory_xact_lock(hashtext('accompaniment:' || $1::text))`, [input.municipalityId]);
      const count = await m.count(MilestoneRow, { where: { municipalityId: input.municipalityId } });
      if (!count) throw new AccompanimentException(AccompanimentErrorCode.ACCOMPANIMENT_NOT_FOUND);
      if (count >= MAX_MILESTONES) throw new AccompanimentException(AccompanimentErrorCode.MILESTONE_LIMIT, { max: MAX_MILESTONES });
      const row = await m.save(m.create(MilestoneRow, { municipalityId: input.municipalityId, position: count + 1, title: input.title, titleEn: null, updatedBy: actor.id }));
      await this.audit(m, actor.id, 'accompaniment-milestone.added', 'accompaniment_milestone', row.id, null, null, { municipalityId: input.municipalityId, title: row.title, position: row.position });
    });
    return this.path(actor, input.municipalityId);
  }

  async updateMilestone(actor: AuthUser, input: UpdateMilestoneInput): Promise<AccompanimentPath> {
    const municipalityId = await this.db.transaction(async (m) => {
      const row = await this.editable(m, actor, input.milestoneId);
      const datedOn = input.datedOn ?? null;
      if (input.status === MilestoneStatus.REACHED) {
        if (!datedOn) throw new AccompanimentException(AccompanimentErrorCode.REACHED_NEEDS_DATE);
        if (datedOn > todayInBerlin()) throw new AccompanimentException(AccompanimentErrorCode.DATE_IN_FUTURE);
      }
      const note = input.note || null;
      const before = { title: row.title, status: row.status, datedOn: row.datedOn, note: row.note, evidenceUrl: row.evidenceUrl };
      const after = { title: input.title, status: input.status, datedOn, note, evidenceUrl: input.evidenceUrl || null };
      if (JSON.stringify(before) === JSON.stringify(after)) return row.municipalityId;
      if (input.title !== row.title) row.titleEn = null;
      if (note !== row.note) row.noteBy = note ? actor.id : null;
      Object.assign(row, after, { updatedAt: new Date(), updatedBy: actor.id });
      await m.save(row);
      await this.audit(m, actor.id, 'accompaniment-milestone.updated', 'accompaniment_milestone', row.id, null, before, { municipalityId: row.municipalityId, ...after });
      return row.municipalityId;
    });
    return this.path(actor, municipalityId);
  }

  async removeMilestone(actor: AuthUser, milestoneId: string): Promise<AccompanimentPath> {
    const municipalityId = await this.db.transaction(async (m) => {
      const row = await this.editable(m, actor, milestoneId);
      await sqlRows(m, `SELECT pg_advisory_xact_lock(hashtext('accompaniment:' || $1::text))`, [row.municipalityId]);
      if ((await m.count(MilestoneRow, { where: { municipalityId: row.municipalityId } })) <= 1) throw new AccompanimentException(AccompanimentErrorCode.LAST_MILESTONE);
      await m.delete(MilestoneRow, { id: row.id });
      await sqlRun(m, `UPDATE accompaniment_milestones SET position = position - 1 WHERE municipality_id = $1 AND position > $2`, [row.municipalityId, row.position]);
      await this.audit(m, actor.id, 'accompaniment-milestone.removed', 'accompaniment_milestone', row.id, row.evidenceSharedBy, { municipalityId: row.municipalityId, title: row.title, status: row.status }, null);
      return row.municipalityId;
    });
    return this.path(actor, municipalityId);
  }

  /** A participant shares their own submitted transfer assignment as evidence: doing so is their consent. */
  async shareAssignment(actor: AuthUser, input: ShareAssignmentEvidenceInput): Promise<AccompanimentPath> {
    const municipalityId = await this.db.transaction(async (m) => {
      const row = await this.editable(m, actor, input.milestoneId);
      const seats = (await this.enrolments.seatsOfUser(actor.id, m)).filter((s) => s.municipalityId === row.municipalityId);
      const states = await this.assignmentStates.statesOf(seats.map((s) => s.enrolmentId));
      const seat = [...seats].reverse().find((s) => SHAREABLE.includes(states.get(`${s.enrolmentId}:${input.moduleId}`)?.state ?? AssignmentState.NOT_SUBMITTED));
      if (!seat) throw new AccompanimentException(AccompanimentErrorCode.ASSIGNMENT_NOT_SHAREABLE);
      const before = row.evidenceEnrolmentId ? { enrolmentId: row.evidenceEnrolmentId, moduleId: row.evidenceModuleId, sharedBy: row.evidenceSharedBy } : null;
      Object.assign(row, { evidenceEnrolmentId: seat.enrolmentId, evidenceModuleId: input.moduleId, evidenceSharedBy: actor.id, updatedAt: new Date(), updatedBy: actor.id });
      await m.save(row);
      await this.audit(m, actor.id, 'accompaniment-milestone.evidence-shared', 'accompaniment_milestone', row.id, actor.id, before, {
        municipalityId: row.municipalityId,
        enrolmentId: seat.enrolmentId,
        moduleId: input.moduleId,
      });
      return row.municipalityId;
    });
    return this.path(actor, municipalityId);
  }

  /** The participant who shared it withdraws their consent; an editor of the path may also remove the link. */
  async withdrawAssignment(actor: AuthUser, milestoneId: string): Promise<AccompanimentPath> {
    const municipalityId = await this.db.transaction(async (m) => {
      const row = await this.editable(m, actor, milestoneId);
      if (!row.evidenceEnrolmentId) return row.municipalityId;
      const before = { enrolmentId: row.evidenceEnrolmentId, moduleId: row.evidenceModuleId, sharedBy: row.evidenceSharedBy };
      const subject = row.evidenceSharedBy;
      Object.assign(row, { evidenceEnrolmentId: null, evidenceModuleId: null, evidenceSharedBy: null, updatedAt: new Date(), updatedBy: actor.id });
      await m.save(row);
      await this.audit(m, actor.id, 'accompaniment-milestone.evidence-withdrawn', 'accompaniment_milestone', row.id, subject, before, { municipalityId: row.municipalityId });
      return row.municipalityId;
    });
    return this.path(actor, municipalityId);
  }

  /** Admins decide which advisors accompany a Kommune; that is what lets an advisor see and edit its path. */
  async setAdvisors(actor: AuthUser, input: SetKommuneAdvisorsInput): Promise<AccompanimentPath> {
    const ids = [...new Set(input.advisorIds)];
    await this.db.transaction(async (m) => {
      if (!(await m.count(MilestoneRow, { where: { municipalityId: input.municipalityId } }))) throw new AccompanimentException(AccompanimentErrorCode.ACCOMPANIMENT_NOT_FOUND);
      const advisors = await this.users.byIds(ids, m);
      if (advisors.length !== ids.length || advisors.some((u) => !u.active || !u.roles.includes(Role.ADVISOR))) throw new AccompanimentException(AccompanimentErrorCode.NOT_AN_ADVISOR);
      const before = (await m.find(KommuneAdvisorRow, { where: { municipalityId: input.municipalityId } })).map((a) => a.advisorId).sort();
      const after = [...ids].sort();
      if (before.join() === after.join()) return;
      await m.delete(KommuneAdvisorRow, { municipalityId: input.municipalityId });
      if (ids.length) await m.insert(KommuneAdvisorRow, ids.map((advisorId) => ({ municipalityId: input.municipalityId, advisorId })));
      await this.audit(m, actor.id, 'accompaniment.advisors-set', 'municipality', input.municipalityId, null, { advisorIds: before }, { advisorIds: after });
    });
    return this.path(actor, input.municipalityId);
  }

  // ---- overview ----

  /**
   * All participating Kommunen (advisors: the ones they accompany) with their stage, filtered, and
   * the count per stage. A fixed number of statements whatever the number of Kommunen.
   */
  async overview(viewer: AuthUser, args: AccompanimentOverviewArgs): Promise<AccompanimentOverview> {
    const scope = await this.accompaniedIds(viewer);
    const sums = await sqlRows<{ municipality_id: string; total: number; reached: number; in_progress: number; next: string | null; last_change: Date }>(
      this.db,
      `SELECT municipality_id, count(*)::int AS total, count(*) FILTER (WHERE status = 'reached')::int AS reached,
              count(*) FILTER (WHERE status = 'in_progress')::int AS in_progress,
              (array_agg(title ORDER BY position) FILTER (WHERE status <> 'reached'))[1] AS next, max(updated_at) AS last_change
         FROM accompaniment_milestones WHERE ($1::uuid[] IS NULL OR municipality_id = ANY($1::uuid[]))
        GROUP BY municipality_id`,
      [scope],
    );
    const [municipalities, counts, advisorRows] = await Promise.all([
      this.municipalities.byIds(sums.map((s) => s.municipality_id)),
      this.enrolments.seatCountsByMunicipality(),
      this.db.manager.find(KommuneAdvisorRow, { where: { municipalityId: In(sums.map((s) => s.municipality_id)) }, order: { assignedAt: 'ASC' } }),
    ]);
    const byId = new Map(municipalities.map((x) => [x.id, x]));
    const [kreise, people] = await Promise.all([
      this.municipalities.byKeys(municipalities.map((x) => x.kreisKey).filter((k): k is string => !!k)),
      this.people(advisorRows.map((a) => a.advisorId)),
    ]);
    const kreisName = new Map(kreise.map((k) => [k.key, k.name]));
    const matches = (x: Municipality) =>
      (!args.regierungsbezirk || x.regierungsbezirk === args.regierungsbezirk) &&
      (!args.kreisKey || x.kreisKey === args.kreisKey || x.key === args.kreisKey) &&
      (args.tookPartInKoko1 == null || x.tookPartInKoko1 === args.tookPartInKoko1) &&
      (args.hasIntegrationCentre == null || x.hasIntegrationCentre === args.hasIntegrationCentre);
    const rows: AccompaniedKommune[] = [];
    for (const s of sums) {
      const x = byId.get(s.municipality_id);
      if (!x || !matches(x)) continue;
      rows.push({
        municipalityId: x.id,
        name: x.name,
        key: x.key,
        regierungsbezirk: x.regierungsbezirk,
        kreisKey: x.kreisKey,
        kreisName: x.kreisKey ? (kreisName.get(x.kreisKey) ?? null) : null,
        hasIntegrationCentre: x.hasIntegrationCentre,
        tookPartInKoko1: x.tookPartInKoko1,
        stage: stageOf(s.total, s.reached, s.in_progress),
        milestoneCount: s.total,
        reachedCount: s.reached,
        nextMilestone: s.next,
        participantCount: counts.get(x.id) ?? 0,
        advisors: advisorRows.filter((a) => a.municipalityId === x.id).map((a) => people.get(a.advisorId)).filter((p): p is AccompanimentPerson => !!p),
        lastChangeAt: s.last_change,
      });
    }
    rows.sort((a, b) => a.name.localeCompare(b.name, 'de'));
    return {
      stageCounts: STAGES.map((stage) => ({ stage, count: rows.filter((r) => r.stage === stage).length })),
      kommunen: args.stage ? rows.filter((r) => r.stage === args.stage) : rows,
    };
  }

  async overviewCsv(viewer: AuthUser, args: AccompanimentOverviewArgs, locale: Locale, format: ExportFormat = ExportFormat.CSV): Promise<ExportFile> {
    const { kommunen } = await this.overview(viewer, args);
    const en = locale === Locale.EN;
    const yes = (b: boolean) => (b ? (en ? 'yes' : 'ja') : en ? 'no' : 'nein');
    const header = en
      ? ['Municipality', 'Key', 'Regierungsbezirk', 'Kreis', 'KoKo I', 'Integration centre', 'Stage', 'Milestones reached', 'Milestones', 'Next milestone', 'Participants', 'Advisors']
      : ['Kommune', 'Schlüssel', 'Regierungsbezirk', 'Kreis', 'KoKo I', 'Kommunales Integrationszentrum', 'Stand', 'Meilensteine erreicht', 'Meilensteine', 'Nächster Meilenstein', 'Teilnehmer:innen', 'Berater:innen'];
    return tableExport(
      format,
      en ? 'accompaniment' : 'begleitung',
      header,
      kommunen.map((k) => [
        k.name,
        k.key,
        k.regierungsbezirk,
        k.kreisName ?? '',
        yes(k.tookPartInKoko1),
        yes(k.hasIntegrationCentre),
        STAGE_NAMES[k.stage][locale],
        k.reachedCount,
        k.milestoneCount,
        k.nextMilestone ?? '',
        k.participantCount,
        k.advisors.map((a) => a.displayName).join(', '),
      ]),
    );
  }

  // ---- helpers ----

  /**
   * Whether the viewer may see and edit the Kommune's path: admins, the advisors assigned to it,
   * participants holding a seat for it. Anyone else learns nothing (not found).
   */
  async standing(m: EntityManager, viewer: AuthUser, municipalityId: string): Promise<Standing> {
    if (viewer.roles.includes(Role.ADMIN)) return 'admin';
    if (viewer.roles.includes(Role.ADVISOR) && (await m.count(KommuneAdvisorRow, { where: { municipalityId, advisorId: viewer.id } }))) return 'advisor';
    if (viewer.roles.includes(Role.PARTICIPANT) && (await this.enrolments.seatsOfUser(viewer.id, m)).some((s) => s.municipalityId === municipalityId)) return 'participant';
    throw new AccompanimentException(AccompanimentErrorCode.ACCOMPANIMENT_NOT_FOUND);
  }

  private async editable(m: EntityManager, viewer: AuthUser, milestoneId: string): Promise<MilestoneRow> {
    const row = await m.findOne(MilestoneRow, { where: { id: milestoneId }, lock: { mode: 'pessimistic_write' } });
    if (!row) throw new AccompanimentException(AccompanimentErrorCode.MILESTONE_NOT_FOUND);
    try {
      await this.standing(m, viewer, row.municipalityId);
    } catch {
      throw new AccompanimentException(AccompanimentErrorCode.MILESTONE_NOT_FOUND);
    }
    return row;
  }

  private async people(ids: readonly string[], m?: EntityManager): Promise<Map<string, AccompanimentPerson>> {
    const users = await this.users.byIds([...new Set(ids)], m);
    return new Map(users.map((u) => [u.id, { id: u.id, displayName: u.displayName }]));
  }

  /** The paths of these Kommunen (those that have one), in a fixed number of statements. */
  async present(municipalityIds: readonly string[], viewer: AuthUser | null): Promise<AccompanimentPath[]> {
    if (!municipalityIds.length) return [];
    const [rows, advisorRows, municipalities] = await Promise.all([
      this.db.manager.find(MilestoneRow, { where: { municipalityId: In([...municipalityIds]) }, order: { position: 'ASC' } }),
      this.db.manager.find(KommuneAdvisorRow, { where: { municipalityId: In([...municipalityIds]) }, order: { assignedAt: 'ASC', advisorId: 'ASC' } }),
      this.municipalities.byIds(municipalityIds),
    ]);
    const evidenceEnrolments = await this.enrolments.byIds(rows.map((r) => r.evidenceEnrolmentId).filter((id): id is string => !!id));
    const [people, modules] = await Promise.all([
      this.people([
        ...advisorRows.map((a) => a.advisorId),
        ...rows.flatMap((r) => [r.updatedBy, r.evidenceSharedBy].filter((id): id is string => !!id)),
        ...evidenceEnrolments.map((e) => e.userId),
      ]),
      rows.some((r) => r.evidenceModuleId) ? this.programme.modules() : Promise.resolve([]),
    ]);
    const enrolmentOwner = new Map(evidenceEnrolments.map((e) => [e.id, e.userId]));
    const moduleById = new Map(modules.map((x) => [x.id, x]));
    const milestone = (r: MilestoneRow): Milestone => {
      const module = r.evidenceModuleId ? moduleById.get(r.evidenceModuleId) : undefined;
      const owner = r.evidenceEnrolmentId ? enrolmentOwner.get(r.evidenceEnrolmentId) : undefined;
      const participant = owner ? people.get(owner) : undefined;
      return {
        id: r.id,
        position: r.position,
        title: r.title,
        titleEn: r.titleEn,
        status: r.status,
        datedOn: r.datedOn,
        note: r.note,
        evidenceUrl: r.evidenceUrl,
        evidenceAssignment:
          module && participant
            ? { moduleId: module.id, modulePosition: module.position, moduleTitle: module.title, moduleTitleEn: module.titleEn || module.title, participant, sharedByViewer: !!viewer && r.evidenceSharedBy === viewer.id }
            : null,
        updatedAt: r.updatedAt,
        updatedBy: r.updatedBy ? (people.get(r.updatedBy) ?? null) : null,
      };
    };
    return municipalities
      .filter((x) => rows.some((r) => r.municipalityId === x.id))
      .sort((a, b) => a.name.localeCompare(b.name, 'de'))
      .map((x) => {
        const own = rows.filter((r) => r.municipalityId === x.id);
        const reached = own.filter((r) => r.status === MilestoneStatus.REACHED).length;
        return {
          municipalityId: x.id,
          municipalityName: x.name,
          stage: stageOf(own.length, reached, own.filter((r) => r.status === MilestoneStatus.IN_PROGRESS).length),
          reachedCount: reached,
          milestones: own.map(milestone),
          advisors: advisorRows.filter((a) => a.municipalityId === x.id).map((a) => people.get(a.advisorId)).filter((p): p is AccompanimentPerson => !!p),
        };
      });
  }

  private async audit(
    m: EntityManager,
    actorId: string,
    action: string,
    entityType: AccompanimentAuditedEvent['entityType'],
    entityId: string,
    subjectUserId: string | null,
    before: Record<string, unknown> | null,
    after: Record<string, unknown> | null,
  ): Promise<void> {
    const payload: AccompanimentAuditedEvent = { actorId, action, entityType, entityId, subjectUserId, before, after };
    await this.events.emitAsync(AccompanimentEvents.Audited, { payload, manager: m } satisfies TransactionalEvent<AccompanimentAuditedEvent>);
  }
}

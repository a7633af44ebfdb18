import { Inject, Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser } from '@koko/api/core/auth';
import { sqlRows, TransactionalEvent } from '@koko/api/core/database';
import { Page } from '@koko/api/core/graphql';
import { MunicipalityDirectory } from '@koko/api/catalogue';
import { TopicService } from '@koko/api/events';
import { UserDirectory } from '@koko/api/identity';
import {
  CounsellingAssignedEvent,
  CounsellingAuditedEvent,
  CounsellingEvents,
  CounsellingRequestFacts,
  CounsellingRequestFiledEvent,
  CounsellingStatusChangedEvent,
  Role,
  WebRoute,
  webUrl,
} from '@koko/shared';
import { APP_CONFIG, AppConfig } from '@koko/api/core/config';
import { DataSource, EntityManager } from 'typeorm';
import { CounsellingAssignment, CounsellingRequestRow, CounsellingStatus } from './counselling.entity';
import { CounsellingErrorCode, CounsellingException } from './counselling.exception';
import { AssignCounsellingAdvisorsInput, CounsellingRequestsArgs, RequestCounsellingInput, SetCounsellingStatusInput } from './dto/counselling.input';
import { CounsellingPerson, CounsellingRequest } from './dto/counselling.model';
import { canMove, STATUS_NAMES } from './status-machine';

const FINISHED: readonly CounsellingStatus[] = [CounsellingStatus.CLOSED, CounsellingStatus.DECLINED];

/** Admins see every request; advisors the ones they accompany; requesters their own. */
export function isCounsellingAdmin(viewer: AuthUser): boolean {
  return viewer.roles.includes(Role.ADMIN);
}

/** Counselling requests: filing, triage (advisors, status) and who may see which request. */
@Injectable()
export class CounsellingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: EventEmitter2,
    private readonly municipalities: MunicipalityDirectory,
    private readonly topics: TopicService,
    private readonly users: UserDirectory,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async request(actor: AuthUser, input: RequestCounsellingInput): Promise<CounsellingRequest> {
    await this.assertPlaceAndTopic(input);
    const row = await this.db.transaction((m) => this.file(m, actor.id, input, { clientHash: null, setPassword: null }));
    return (await this.present([await this.db.manager.findOneByOrFail(CounsellingRequestRow, { id: row.id })]))[0];
  }

  /** The Kommune must be on the list and the topic one that is not archived. */
  async assertPlaceAndTopic(input: Pick<RequestCounsellingInput, 'municipalityId' | 'topicId'>): Promise<void> {
    const [municipality] = await this.municipalities.byIds([input.municipalityId]);
    if (!municipality) throw new CounsellingException(CounsellingErrorCode.MUNICIPALITY_NOT_FOUND);
    const [topic] = await this.topics.byIds([input.topicId]);
    if (!topic || topic.archived) throw new CounsellingException(CounsellingErrorCode.TOPIC_NOT_FOUND);
  }

  /**
   * Stores a request of `requesterId` inside `m`, with its audit entry and its mails (the
   * acknowledgement, carrying the set-password link when the account was created with it, and the
   * team's notice).
   */
  async file(
    m: EntityManager,
    requesterId: string,
    input: RequestCounsellingInput,
    extra: { clientHash: string | null; setPassword: { url: string; expiresAt: string } | null },
  ): Promise<CounsellingRequestRow> {
    const created = await m.save(
      m.create(CounsellingRequestRow, {
        requesterId,
        municipalityId: input.municipalityId,
        topicId: input.topicId,
        description: input.description,
        urgency: input.urgency,
        format: input.format,
        availability: input.availability,
        status: CounsellingStatus.NEW,
        declineReason: null,
        outcomeCategories: [],
        outcomeSummary: null,
        clientHash: extra.clientHash,
      }),
    );
    await this.audit(m, { id: requesterId }, 'counselling-request.created', created, null, {
      municipalityId: created.municipalityId,
      topicId: created.topicId,
      urgency: created.urgency,
      format: created.format,
      ...(extra.clientHash ? { publicForm: true } : {}),
    });
    await this.emit<CounsellingRequestFiledEvent>(m, CounsellingEvents.RequestFiled, {
      ...(await this.facts(created, m)),
      requesterId,
      urgency: created.urgency,
      teamEmail: this.config.frontDoor.teamEmail,
      setPassword: extra.setPassword,
    });
    return created;
  }

  /** The caller's own requests, newest first. */
  async mine(actor: AuthUser): Promise<CounsellingRequest[]> {
    const rows = await this.db.manager.find(CounsellingRequestRow, { where: { requesterId: actor.id }, order: { createdAt: 'DESC', id: 'ASC' } });
    return this.present(rows);
  }

  /** Open requests first, acute before soon before normal, then newest; advisors only see theirs. */
  async list(viewer: AuthUser, args: CounsellingRequestsArgs): Promise<Page<CounsellingRequest>> {
    const q = this.db.manager.createQueryBuilder(CounsellingRequestRow, 'r');
    if (!isCounsellingAdmin(viewer)) {
      q.andWhere('EXISTS (SELECT 1 FROM counselling_assignments a WHERE a.request_id = r.id AND a.advisor_id = :me)', { me: viewer.id });
    }
    if (args.advisorId) q.andWhere('EXISTS (SELECT 1 FROM counselling_assignments f WHERE f.request_id = r.id AND f.advisor_id = :advisor)', { advisor: args.advisorId });
    if (args.status) q.andWhere('r.status = :status', { status: args.status });
    if (args.urgency) q.andWhere('r.urgency = :urgency', { urgency: args.urgency });
    if (args.municipalityId) q.andWhere('r.municipality_id = :municipality', { municipality: args.municipalityId });
    q.orderBy(`CASE WHEN r.status IN ('closed', 'declined') THEN 1 ELSE 0 END`, 'ASC')
      .addOrderBy(`CASE r.urgency WHEN 'acute' THEN 0 WHEN 'soon' THEN 1 ELSE 2 END`, 'ASC')
      .addOrderBy('r.created_at', 'DESC')
      .addOrderBy('r.id', 'ASC')
      .skip(args.offset)
      .take(args.limit);
    const [rows, total] = await q.getManyAndCount();
    return { items: await this.present(rows), total, offset: args.offset, limit: args.limit };
  }

  async get(viewer: AuthUser, id: string): Promise<CounsellingRequest> {
    const row = await this.visible(this.db.manager, viewer, id, false);
    return (await this.present([row]))[0];
  }

  /** The accounts admins can assign. */
  async advisors(): Promise<CounsellingPerson[]> {
    return (await this.users.withRole(Role.ADVISOR)).map((u) => ({ id: u.id, displayName: u.displayName }));
  }

  /** Replaces the request's advisors (one or two accounts with the advisor role). */
  async assign(actor: AuthUser, input: AssignCounsellingAdvisorsInput): Promise<CounsellingRequest> {
    const ids = [...new Set(input.advisorIds)];
    if (ids.length !== input.advisorIds.length || ids.length < 1 || ids.length > 2) throw new CounsellingException(CounsellingErrorCode.ADVISORS_INVALID);
    await this.db.transaction(async (m) => {
      const row = await this.visible(m, actor, input.requestId, true);
      if (FINISHED.includes(row.status)) throw new CounsellingException(CounsellingErrorCode.REQUEST_FINISHED);
      const advisors = await this.users.byIds(ids, m);
      if (advisors.length !== ids.length || advisors.some((u) => !u.active || !u.roles.includes(Role.ADVISOR))) {
        throw new CounsellingException(CounsellingErrorCode.NOT_AN_ADVISOR);
      }
      const before = (await m.find(CounsellingAssignment, { where: { requestId: row.id } })).map((a) => a.advisorId).sort();
      const after = [...ids].sort();
      if (before.join() === after.join()) return;
      await m.delete(CounsellingAssignment, { requestId: row.id });
      await m.insert(CounsellingAssignment, ids.map((advisorId) => ({ requestId: row.id, advisorId })));
      await this.audit(m, actor, 'counselling-request.assigned', row, { advisorIds: before }, { advisorIds: after });
      const added = after.filter((id) => !before.includes(id));
      if (added.length) await this.emit<CounsellingAssignedEvent>(m, CounsellingEvents.Assigned, { ...(await this.facts(row, m)), advisorIds: added });
    });
    return this.get(actor, input.requestId);
  }

  /** Moves the request on (the status machine decides where it may go) with what each step needs. */
  async setStatus(actor: AuthUser, input: SetCounsellingStatusInput): Promise<CounsellingRequest> {
    await this.db.transaction(async (m) => {
      const row = await this.visible(m, actor, input.requestId, true);
      const from = row.status;
      const to = input.status;
      if (!canMove(from, to)) {
        throw new CounsellingException(CounsellingErrorCode.STATUS_CHANGE_NOT_ALLOWED, {
          fromDe: STATUS_NAMES[from].de,
          fromEn: STATUS_NAMES[from].en,
          toDe: STATUS_NAMES[to].de,
          toEn: STATUS_NAMES[to].en,
        });
      }
      const after: Record<string, unknown> = { status: to };
      if (to === CounsellingStatus.ACCEPTED) {
        const assigned = await m.count(CounsellingAssignment, { where: { requestId: row.id } });
        if (!assigned) throw new CounsellingException(CounsellingErrorCode.ADVISOR_REQUIRED);
      }
      if (to === CounsellingStatus.DECLINED) {
        if (!input.reason) throw new CounsellingException(CounsellingErrorCode.DECLINE_REASON_REQUIRED);
        row.declineReason = input.reason;
        after['reason'] = input.reason;
      }
      if (to === CounsellingStatus.CLOSED) {
        const categories = [...new Set(input.outcomeCategories ?? [])];
        if (!categories.length || !input.outcomeSummary) throw new CounsellingException(CounsellingErrorCode.OUTCOME_REQUIRED);
        row.outcomeCategories = categories;
        row.outcomeSummary = input.outcomeSummary;
        after['outcomeCategories'] = categories;
      }
      row.status = to;
      row.statusChangedAt = new Date();
      await m.save(row);
      await this.audit(m, actor, 'counselling-request.status-changed', row, { status: from }, after);
      await this.emit<CounsellingStatusChangedEvent>(m, CounsellingEvents.StatusChanged, { ...(await this.facts(row, m)), requesterId: row.requesterId, status: to });
    });
    return this.get(actor, input.requestId);
  }

  /**
   * The request if the viewer may see it: its requester, an admin or one of its advisors. Anyone
   * else learns nothing about it (not found).
   */
  private async visible(m: EntityManager, viewer: AuthUser, id: string, lock: boolean): Promise<CounsellingRequestRow> {
    const { row, staff } = await this.access(m, viewer, id, lock);
    // Triage and status belong to admins and advisors: a requester only reads their own request.
    if (lock && !staff) throw new CounsellingException(CounsellingErrorCode.COUNSELLING_REQUEST_NOT_FOUND);
    return row;
  }

  /**
   * The request with the viewer's part in it: staff (an admin or one of its advisors) or its
   * requester. Anyone else learns nothing about it (not found).
   */
  async access(m: EntityManager, viewer: AuthUser, id: string, lock: boolean): Promise<{ row: CounsellingRequestRow; staff: boolean }> {
    const row = await m.findOne(CounsellingRequestRow, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!row) throw new CounsellingException(CounsellingErrorCode.COUNSELLING_REQUEST_NOT_FOUND);
    if (isCounsellingAdmin(viewer)) return { row, staff: true };
    if (viewer.roles.includes(Role.ADVISOR) && (await m.count(CounsellingAssignment, { where: { requestId: id, advisorId: viewer.id } }))) return { row, staff: true };
    if (row.requesterId === viewer.id) return { row, staff: false };
    throw new CounsellingException(CounsellingErrorCode.COUNSELLING_REQUEST_NOT_FOUND);
  }

  /** The advisors of a request, read inside `m`. */
  async advisorIdsOf(m: EntityManager, requestId: string): Promise<string[]> {
    return (await m.find(CounsellingAssignment, { where: { requestId }, order: { assignedAt: 'ASC', advisorId: 'ASC' } })).map((a) => a.advisorId);
  }

  /** What mails about a request name: topic (both languages), Kommune and the request's page. */
  async facts(row: CounsellingRequestRow, m: EntityManager): Promise<CounsellingRequestFacts> {
    const [[municipality], [topic]] = await Promise.all([this.municipalities.byIds([row.municipalityId], m), this.topics.byIds([row.topicId])]);
    if (!municipality || !topic) throw new Error(`Municipality or topic of counselling request ${row.id} is missing`);
    return {
      requestId: row.id,
      topicTitle: topic.title,
      topicTitleEn: topic.titleEn,
      municipalityName: municipality.name,
      requestUrl: webUrl(this.config.publicUrl, WebRoute.COUNSELLING_REQUEST, { requestId: row.id }),
    };
  }

  async emit<T>(m: EntityManager, event: string, payload: T): Promise<void> {
    await this.events.emitAsync(event, { payload, manager: m } satisfies TransactionalEvent<T>);
  }

  /** Requests with their names, topics and advisors, in three batched reads whatever their number. */
  private async present(rows: CounsellingRequestRow[]): Promise<CounsellingRequest[]> {
    if (!rows.length) return [];
    const ids = rows.map((r) => r.id);
    const assignments = await sqlRows<{ request_id: string; advisor_id: string }>(
      this.db,
      `SELECT request_id, advisor_id FROM counselling_assignments WHERE request_id = ANY($1::uuid[]) ORDER BY assigned_at, advisor_id`,
      [ids],
    );
    const [municipalities, topics, people] = await Promise.all([
      this.municipalities.byIds(rows.map((r) => r.municipalityId)),
      this.topics.byIds([...new Set(rows.map((r) => r.topicId))]),
      this.users.byIds([...rows.map((r) => r.requesterId), ...assignments.map((a) => a.advisor_id)]),
    ]);
    const municipality = new Map(municipalities.map((x) => [x.id, x]));
    const topic = new Map(topics.map((x) => [x.id, x]));
    const person = new Map(people.map((u) => [u.id, { id: u.id, displayName: u.displayName }]));
    const personOf = (id: string): CounsellingPerson => {
      const p = person.get(id);
      if (!p) throw new Error(`Account ${id} of a counselling request is missing`);
      return p;
    };
    return rows.map((r) => {
      const m = municipality.get(r.municipalityId);
      const t = topic.get(r.topicId);
      if (!m || !t) throw new Error(`Municipality or topic of counselling request ${r.id} is missing`);
      return Object.assign(new CounsellingRequest(), {
        id: r.id,
        requester: personOf(r.requesterId),
        municipalityId: r.municipalityId,
        municipalityName: m.name,
        topicId: r.topicId,
        topicTitle: t.title,
        topicTitleEn: t.titleEn,
        description: r.description,
        urgency: r.urgency,
        format: r.format,
        availability: r.availability,
        status: r.status,
        declineReason: r.declineReason,
        outcomeCategories: r.outcomeCategories,
        outcomeSummary: r.outcomeSummary,
        advisors: assignments.filter((a) => a.request_id === r.id).map((a) => personOf(a.advisor_id)),
        createdAt: r.createdAt,
        statusChangedAt: r.statusChangedAt,
      });
    });
  }

  async audit(m: EntityManager, actor: Pick<AuthUser, 'id'>, action: string, row: CounsellingRequestRow, before: Record<string, unknown> | null, after: Record<string, unknown> | null): Promise<void> {
    const payload: CounsellingAuditedEvent = { actorId: actor.id, action, entityType: 'counselling_request', entityId: row.id, subjectUserId: row.requesterId, before, after };
    await this.events.emitAsync(CounsellingEvents.Audited, { payload, manager: m } satisfies TransactionalEvent<CounsellingAuditedEvent>);
  }
}

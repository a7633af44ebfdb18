import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Page } from '@koko/api/core/graphql';
import { DataSource, EntityManager, FindOptionsWhere } from 'typeorm';
import { ACTOR_NAMES, ActorNameSource } from './actor-names';
import { AuditTrailArgs } from './dto/audit-trail.args';
import { AuditEvent } from './audit-event.entity';
import { AuditErrorCode, AuditException } from './audit.exception';

export interface AuditEntry {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  cohortId: string | null;
  subjectUserId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

@Injectable()
export class AuditService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(ACTOR_NAMES) private readonly actors: ActorNameSource,
  ) {}

  /**
   * Adds an entry inside the caller's transaction, so it exists exactly when the change does.
   * The actor's name is copied: the entry must still say who it was after a rename or anonymisation.
   */
  async append(manager: EntityManager, entry: AuditEntry): Promise<void> {
    const actorName = entry.actorId ? ((await this.actors.displayNames([entry.actorId], manager)).get(entry.actorId) ?? null) : null;
    await manager.insert(AuditEvent, { ...entry, actorName });
  }

  /** Newest first. */
  async trail(args: AuditTrailArgs): Promise<Page<AuditEvent>> {
    if (!args.cohortId && !args.subjectUserId) throw new AuditException(AuditErrorCode.FILTER_REQUIRED);
    const where: FindOptionsWhere<AuditEvent> = {};
    if (args.cohortId) where.cohortId = args.cohortId;
    if (args.subjectUserId) where.subjectUserId = args.subjectUserId;
    const [items, total] = await this.db.manager.findAndCount(AuditEvent, { where, order: { id: 'DESC' }, skip: args.offset, take: args.limit });
    return { items, total, offset: args.offset, limit: args.limit };
  }
}

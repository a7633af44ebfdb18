import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '@koko/api/core/auth';
import { Page } from '@koko/api/core/graphql';
import { Role } from '@koko/shared';
import { AuditEventPage, AuditTrailArgs } from './dto/audit-trail.args';
import { AuditEvent } from './audit-event.entity';
import { AuditService } from './audit.service';

@Resolver(() => AuditEvent)
export class AuditEventResolver {
  constructor(private readonly audit: AuditService) {}

  @Roles(Role.ADMIN)
  @Query(() => AuditEventPage, { name: 'auditTrail', description: 'The audit trail of a cohort and/or a participant, newest first.' })
  getAuditTrail(@Args() args: AuditTrailArgs): Promise<Page<AuditEvent>> {
    return this.audit.trail(args);
  }

  @ResolveField(() => String, { name: 'before', nullable: true, description: 'The changed values before, as JSON.' })
  before(@Parent() event: AuditEvent): string | null {
    return event.before === null ? null : JSON.stringify(event.before);
  }

  @ResolveField(() => String, { name: 'after', nullable: true, description: 'The changed values after, as JSON.' })
  after(@Parent() event: AuditEvent): string | null {
    return event.after === null ? null : JSON.stringify(event.after);
  }
}

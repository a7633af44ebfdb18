import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEvent } from './audit-event.entity';
import { AuditListener } from './audit.listener';
import { AuditEventResolver } from './audit.resolver';
import { AuditService } from './audit.service';

/** The append-only audit trail: listens to domain events, never called by a domain. */
@Module({
  imports: [TypeOrmModule.forFeature([AuditEvent])],
  providers: [AuditService, AuditListener, AuditEventResolver],
})
export class AuditModule {}

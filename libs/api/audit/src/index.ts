export * from './lib/audit.module';
export * from './lib/actor-names';
export * from './lib/audit-event.entity';
export * from './lib/audit.service';
export * from './lib/audit.exception';
export { AuditEventPage, AuditTrailArgs } from './lib/dto/audit-trail.args';

import { DynamicModule, Module, ModuleMetadata, Provider } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEvent } from './audit-event.entity';
import { AuditListener } from './audit.listener';
import { AuditEventResolver } from './audit.resolver';
import { AuditService } from './audit.service';
import { PersonalDataModule } from '@koko/api/core/database';
import { AuditPersonalData } from './audit-personal-data';

/** The append-only audit trail: listens to domain events, never called by a domain. */
@Module({})
export class AuditModule {
  /** The app hands in where actors' names come from (`ACTOR_NAMES`, provided by the identity domain). */
  static forRoot(options: { imports: ModuleMetadata['imports']; actorNames: Provider }): DynamicModule {
    return {
      module: AuditModule,
      imports: [TypeOrmModule.forFeature([AuditEvent]), PersonalDataModule, ...(options.imports ?? [])],
      providers: [AuditPersonalData, AuditService, AuditListener, AuditEventResolver, options.actorNames],
    };
  }
}

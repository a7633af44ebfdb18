import { Field, Float, HideField, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum DataExportStatus {
  QUEUED = 'queued',
  RUNNING = 'running',
  READY = 'ready',
  FAILED = 'failed',
  /** Not stored: a ready export past its `expiresAt` (the file is deleted by the retention job). */
  EXPIRED = 'expired',
}
registerEnumType(DataExportStatus, { name: 'DataExportStatus', description: 'Where an export of one’s own data stands.' });

/** One "download all my data" ZIP, built in the job queue and kept for `DATA_EXPORT_DAYS` days. */
@ObjectType('DataExport', { description: 'An export of all data KoKo Campus holds about the caller (GDPR Art. 15 and 20).' })
@Entity({ name: 'data_exports' })
export class DataExport {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id!: string;
  @HideField() @Column({ name: 'user_id', type: 'uuid' }) userId!: string;
  @HideField() @Column({ type: 'varchar', length: 2 }) locale!: 'de' | 'en';
  @HideField() @Column({ type: 'varchar', length: 10, default: 'queued' }) status!: Exclude<DataExportStatus, DataExportStatus.EXPIRED>;
  @Field(() => Int, { description: 'Percent done (0–100).' }) @Column({ type: 'integer', default: 0 }) progress!: number;
  @Field() @Column({ name: 'requested_at', type: 'timestamptz', default: () => 'now()' }) requestedAt!: Date;
  @Field(() => Date, { nullable: true }) @Column({ name: 'finished_at', type: 'timestamptz', nullable: true }) finishedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'When the ZIP is deleted.' })
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;
  @HideField() @Column({ name: 'storage_key', type: 'varchar', length: 256, nullable: true }) storageKey!: string | null;
  // bigint comes back from the driver as a string.
  @HideField() @Column({ name: 'size_bytes', type: 'bigint', nullable: true }) sizeBytes!: string | null;

  @Field(() => DataExportStatus, { name: 'status' })
  get currentStatus(): DataExportStatus {
    if (this.expiresAt && this.expiresAt.getTime() <= Date.now()) return DataExportStatus.EXPIRED;
    return this.status as DataExportStatus;
  }

  @Field(() => Float, { nullable: true, description: 'Size of the ZIP in bytes, once ready.' })
  get size(): number | null {
    return this.sizeBytes === null ? null : Number(this.sizeBytes);
  }

  @Field(() => String, { nullable: true, description: 'Where the ZIP is downloaded (signed in as its owner) while it is ready.' })
  get downloadUrl(): string | null {
    return this.currentStatus === DataExportStatus.READY ? `/api/data-exports/${this.id}/download` : null;
  }
}

import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { JsonObject } from './linked-data';

/** What a credential is about: the issued document it accompanies. */
export enum CredentialDocumentKind {
  CERTIFICATE = 'certificate',
  ATTENDANCE_CONFIRMATION = 'attendance_confirmation',
}

/** A signed Open Badges 3.0 credential, kept exactly as issued; its revocation sets a status list bit. */
@Entity({ name: 'credentials' })
export class IssuedCredential {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ name: 'document_kind', type: 'varchar', length: 40 }) documentKind!: CredentialDocumentKind;
  @Column({ name: 'document_id', type: 'uuid' }) documentId!: string;
  @Column({ name: 'status_list', type: 'integer' }) statusList!: number;
  @Column({ name: 'status_index', type: 'integer' }) statusIndex!: number;
  @Column({ name: 'verification_method', type: 'varchar', length: 300 }) verificationMethod!: string;
  @Column({ type: 'jsonb' }) credential!: JsonObject;
  @Column({ name: 'issued_at', type: 'timestamptz' }) issuedAt!: Date;
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true }) revokedAt!: Date | null;
}

import { Field, HideField, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum CertificateState {
  VALID = 'valid',
  REVOKED = 'revoked',
  SUPERSEDED = 'superseded',
}

export enum RevocationReason {
  ISSUED_IN_ERROR = 'issued_in_error',
  REQUIREMENTS_NOT_MET = 'requirements_not_met',
  MISCONDUCT = 'misconduct',
  OTHER = 'other',
}

registerEnumType(CertificateState, { name: 'CertificateState' });
registerEnumType(RevocationReason, { name: 'RevocationReason' });

/** What was printed, kept with the certificate so later edits never change an issued document. */
export interface CertificateDocument {
  printedName: string;
  programmeTitle: string;
  certificateTitle: string;
  issuer: string;
  issuedOn: string;
  modules: { position: number; title: string; workloadHours: number; firstDay: string; completedOn: string }[];
  totalWorkloadHours: number;
  signatories: { name: string; role: string }[];
  verificationUrl: string;
}

@ObjectType({ description: 'A certificate issued on behalf of Hochschule Niederrhein (for its holder and admins).' })
@Entity({ name: 'certificates' })
export class Certificate {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id!: string;
  @Field({ description: 'KOKO-<year>-<6 digits>, gap-free per year.' }) @Column({ type: 'varchar', length: 20 }) number!: string;
  @HideField() @Column({ type: 'smallint' }) year!: number;
  @HideField() @Column({ type: 'integer' }) sequence!: number;
  @Field(() => ID, { nullable: true }) @Column({ name: 'enrolment_id', type: 'uuid', nullable: true }) enrolmentId!: string | null;
  @HideField() @Column({ name: 'user_id', type: 'uuid', nullable: true }) userId!: string | null;
  @Field(() => ID, { nullable: true }) @Column({ name: 'cohort_id', type: 'uuid', nullable: true }) cohortId!: string | null;
  @Field() @Column({ name: 'printed_name', type: 'varchar', length: 200 }) printedName!: string;
  @Field({ description: 'The secret part of the verification URL.' }) @Column({ name: 'verification_code', type: 'varchar', length: 64 }) verificationCode!: string;
  @Field(() => CertificateState) @Column({ type: 'varchar', length: 12 }) state!: CertificateState;
  @Field() @Column({ name: 'issued_at', type: 'timestamptz' }) issuedAt!: Date;
  @HideField() @Column({ name: 'issued_by', type: 'uuid', nullable: true }) issuedBy!: string | null;
  @Field(() => Date, { nullable: true }) @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true }) revokedAt!: Date | null;
  @HideField() @Column({ name: 'revoked_by', type: 'uuid', nullable: true }) revokedBy!: string | null;
  @Field(() => RevocationReason, { nullable: true }) @Column({ name: 'revocation_reason', type: 'varchar', length: 30, nullable: true }) revocationReason!: RevocationReason | null;
  @Field(() => String, { nullable: true }) @Column({ name: 'revocation_note', type: 'text', nullable: true }) revocationNote!: string | null;
  @Field(() => ID, { nullable: true }) @Column({ name: 'supersedes_id', type: 'uuid', nullable: true }) supersedesId!: string | null;
  @Field(() => ID, { nullable: true }) @Column({ name: 'superseded_by_id', type: 'uuid', nullable: true }) supersededById!: string | null;
  @Field(() => String, { nullable: true }) @Column({ name: 'reissue_reason', type: 'text', nullable: true }) reissueReason!: string | null;
  @HideField() @Column({ name: 'storage_key', type: 'varchar', length: 200 }) storageKey!: string;
  @Field({ description: 'SHA-256 of the issued PDF; every download returns exactly these bytes.' }) @Column({ type: 'char', length: 64 }) sha256!: string;
  @Field(() => Int) @Column({ name: 'size_bytes', type: 'integer' }) sizeBytes!: number;
  @HideField() @Column({ type: 'jsonb' }) document!: CertificateDocument;
  @Field({ description: 'Download of the stored PDF (holder and admins).' })
  get downloadUrl(): string {
    return `/api/certificates/${this.id}.pdf`;
  }
}

import { ParseUUIDPipe } from '@nestjs/common';
import { Args, Context, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser, CurrentUser, Roles } from '@koko/api/core/auth';
import { displayLocale, GraphQLContext } from '@koko/api/core/graphql';
import { CohortService, todayInBerlin } from '@koko/api/catalogue';
import { Enrolment, EnrolmentQueryService, EnrolmentState } from '@koko/api/enrolment';
import { localized, Role } from '@koko/shared';
import { ArrayMaxSize, IsEnum, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { DataSource, In } from 'typeorm';
import { Certificate, CertificateState, RevocationReason } from '../certificate.entity';
import { CertificateErrorCode, CertificateException } from '../certificates.exception';
import { CertificateBatch } from './certificate-batch.entity';
import { CertificateBatchesService } from './certificate-batches.service';
import { CertificateIssuerService } from './certificate-issuer.service';

@ObjectType({ description: 'A participant of a cohort as the certificate page shows them.' })
export class CertificateCandidate {
  @Field(() => Enrolment) enrolment!: Enrolment;
  @Field({ description: 'All five modules complete.' }) eligible!: boolean;
  @Field(() => Certificate, { nullable: true, description: 'The valid certificate, if any.' }) current!: Certificate | null;
  @Field(() => [Certificate], { description: 'Every certificate of this participation, newest first (revoked, superseded).' }) history!: Certificate[];
}

@ObjectType({ description: 'A cohort with graduates still to be certified, as the admin start page lists it.' })
export class CohortCertificatesToIssue {
  @Field(() => ID) cohortId!: string;
  @Field() cohortName!: string;
  @Field(() => Int, { description: 'Eligible participants without a valid certificate.' }) count!: number;
}

@InputType()
export class IssueCertificatesInput {
  @Field(() => ID) @IsUUID() cohortId!: string;
  @Field(() => [ID], { nullable: true, description: 'Omit for every eligible participant without a certificate.' })
  @IsOptional() @IsUUID('all', { each: true }) @ArrayMaxSize(1000)
  enrolmentIds?: string[] | null;
}

@InputType()
export class RevokeCertificateInput {
  @Field(() => ID) @IsUUID() certificateId!: string;
  @Field(() => RevocationReason) @IsEnum(RevocationReason) reason!: RevocationReason;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) note?: string | null;
}

@InputType()
export class ReissueCertificateInput {
  @Field(() => ID) @IsUUID() certificateId!: string;
  @Field(() => String, { nullable: true, description: 'The corrected name as it is to be printed.' }) @IsOptional() @IsString() @MinLength(2) @MaxLength(200) printedName?: string | null;
  @Field() @IsString() @MinLength(3) @MaxLength(2000) reason!: string;
}

@Resolver()
export class CertificatesResolver {
  constructor(
    private readonly issuer: CertificateIssuerService,
    private readonly batches: CertificateBatchesService,
    private readonly cohorts: CohortService,
    private readonly enrolments: EnrolmentQueryService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @Roles(Role.ADMIN)
  @Query(() => [CertificateCandidate], { name: 'cohortCertificates', description: 'Admitted and completed participants of a cohort with eligibility and certificates.' })
  async cohortCertificates(@Args('cohortId', { type: () => ID }) cohortId: string): Promise<CertificateCandidate[]> {
    const [cohort] = await this.cohorts.cohortsByIds([cohortId]);
    if (!cohort) throw new CertificateException(CertificateErrorCode.COHORT_NOT_FOUND);
    const enrolments = await this.enrolments.enrolmentsOfCohorts([cohortId], [EnrolmentState.ADMITTED, EnrolmentState.COMPLETED]);
    const [eligible, certificates] = await Promise.all([
      this.issuer.eligibleEnrolmentIds(enrolments, new Map([[cohort.id, cohort]])),
      enrolments.length ? this.db.manager.find(Certificate, { where: { enrolmentId: In(enrolments.map((e) => e.id)) }, order: { issuedAt: 'DESC' } }) : [],
    ]);
    return enrolments.map((enrolment) => {
      const history = certificates.filter((c) => c.enrolmentId === enrolment.id);
      return { enrolment, eligible: eligible.has(enrolment.id), current: history.find((c) => c.state === CertificateState.VALID) ?? null, history };
    });
  }

  @Roles(Role.ADMIN)
  @Query(() => [CohortCertificatesToIssue], {
    name: 'certificatesToIssue',
    description: 'Cohorts that have begun and have eligible participants without a valid certificate, oldest first. The same few statements for any number of cohorts.',
  })
  async certificatesToIssue(@Context() ctx: GraphQLContext): Promise<CohortCertificatesToIssue[]> {
    const cohorts = await this.cohorts.startedCohorts(todayInBerlin());
    if (!cohorts.length) return [];
    const enrolments = await this.enrolments.enrolmentsOfCohorts(
      cohorts.map((c) => c.id),
      [EnrolmentState.ADMITTED, EnrolmentState.COMPLETED],
    );
    if (!enrolments.length) return [];
    const [eligible, valid] = await Promise.all([
      this.issuer.eligibleEnrolmentIds(enrolments, new Map(cohorts.map((c) => [c.id, c]))),
      this.db.manager.find(Certificate, { select: { enrolmentId: true }, where: { enrolmentId: In(enrolments.map((e) => e.id)), state: CertificateState.VALID } }),
    ]);
    const certified = new Set(valid.map((c) => c.enrolmentId));
    const counts = new Map<string, number>();
    for (const e of enrolments) if (eligible.has(e.id) && !certified.has(e.id)) counts.set(e.cohortId, (counts.get(e.cohortId) ?? 0) + 1);
    return cohorts.filter((c) => counts.has(c.id)).map((c) => ({ cohortId: c.id, cohortName: localized(c.name, c.nameEn, displayLocale(ctx.req)), count: counts.get(c.id) ?? 0 }));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Certificate, { name: 'issueCertificate' })
  issue(@CurrentUser() actor: AuthUser, @Args('enrolmentId', { type: () => ID }) enrolmentId: string): Promise<Certificate> {
    return this.issuer.issue(enrolmentId, actor);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => CertificateBatch, { name: 'issueCertificates', description: 'Issues several or all in the background; poll certificateBatch for progress.' })
  async issueMany(@CurrentUser() actor: AuthUser, @Args('input') input: IssueCertificatesInput): Promise<CertificateBatch> {
    let ids = input.enrolmentIds ?? null;
    if (!ids) {
      const candidates = await this.cohortCertificates(input.cohortId);
      ids = candidates.filter((c) => c.eligible && !c.current).map((c) => c.enrolment.id);
    }
    return this.batches.start(actor, input.cohortId, ids);
  }

  @Roles(Role.ADMIN)
  @Query(() => CertificateBatch, { name: 'certificateBatch' })
  batch(@CurrentUser() actor: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<CertificateBatch> {
    return this.batches.get(actor, id);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => CertificateBatch, { name: 'retryCertificateBatch', description: 'Queues a failed batch again; it continues after the last participant it counted.' })
  retryBatch(@CurrentUser() actor: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<CertificateBatch> {
    return this.batches.retry(actor, id);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Certificate, { name: 'revokeCertificate' })
  revoke(@CurrentUser() actor: AuthUser, @Args('input') input: RevokeCertificateInput): Promise<Certificate> {
    return this.issuer.revoke(actor, input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Certificate, { name: 'reissueCertificate' })
  reissue(@CurrentUser() actor: AuthUser, @Args('input') input: ReissueCertificateInput): Promise<Certificate> {
    return this.issuer.reissue(actor, input);
  }

  @Mutation(() => Certificate, {
    name: 'reissueCertificateWithCredential',
    description: 'Reissues a certificate issued before digital credentials existed, with one (its holder or an admin); the old one is superseded.',
  })
  reissueWithCredential(@CurrentUser() actor: AuthUser, @Args('certificateId', { type: () => ID }, ParseUUIDPipe) certificateId: string): Promise<Certificate> {
    return this.issuer.reissueWithCredential(actor, certificateId);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Boolean, { name: 'setCohortAutoIssue', description: 'Issue automatically the moment a participant completes the fifth module.' })
  async setAutoIssue(@Args('cohortId', { type: () => ID }) cohortId: string, @Args('enabled') enabled: boolean): Promise<boolean> {
    if (!(await this.cohorts.setAutoIssueCertificates(cohortId, enabled))) throw new CertificateException(CertificateErrorCode.COHORT_NOT_FOUND);
    return true;
  }

  @Query(() => [Certificate], { name: 'myCertificates', description: 'The signed-in participant’s certificates (all states).' })
  myCertificates(@CurrentUser() viewer: AuthUser): Promise<Certificate[]> {
    return this.db.manager.find(Certificate, { where: { userId: viewer.id }, order: { issuedAt: 'DESC' } });
  }
}

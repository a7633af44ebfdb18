import { Context, Field, ObjectType, Parent, registerEnumType, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { GraphQLContext, groupByKey, requestLoader } from '@koko/api/core/graphql';
import { EnrolmentProgress } from '@koko/api/progress';
import { DataSource, In, Not } from 'typeorm';
import { Certificate, CertificateState } from '../certificate.entity';

/** Where a participation stands on its way to the certificate, as Mein Weg words it. */
export enum CertificateStatus {
  /** Not all modules complete yet. */
  NOT_YET = 'not_yet',
  /** Every module complete, no certificate yet: the programme team issues it. */
  TO_BE_ISSUED = 'to_be_issued',
  ISSUED = 'issued',
  /** The latest certificate was revoked (and not replaced). */
  REVOKED = 'revoked',
}
registerEnumType(CertificateStatus, { name: 'CertificateStatus' });

@ObjectType({ description: 'The certificate state of one participation (the latest certificate that was not replaced).' })
export class EnrolmentCertificate {
  @Field(() => CertificateStatus) status!: CertificateStatus;
  @Field(() => Date, { nullable: true }) issuedAt!: Date | null;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
}

/** Adds the certificate state to a participant's progress; progress itself knows nothing of certificates. */
@Resolver(() => EnrolmentProgress)
export class EnrolmentCertificateResolver {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @ResolveField(() => EnrolmentCertificate, { name: 'certificate' })
  async certificate(@Parent() progress: EnrolmentProgress, @Context() ctx: GraphQLContext): Promise<EnrolmentCertificate> {
    const [latest] = await this.latestLoader(ctx).load(progress.enrolmentId);
    return certificateStatus(progress.certificateEligible, latest ?? null);
  }

  /** One query for every participation in the request: certificates not superseded, newest first. */
  private latestLoader(ctx: GraphQLContext) {
    return requestLoader<string, Certificate[]>(ctx, 'certificates.byEnrolment', async (ids) =>
      groupByKey(
        ids,
        await this.db.manager.find(Certificate, { where: { enrolmentId: In([...ids]), state: Not(CertificateState.SUPERSEDED) }, order: { issuedAt: 'DESC' } }),
        (c) => c.enrolmentId as string,
      ),
    );
  }
}

export function certificateStatus(eligible: boolean, latest: Pick<Certificate, 'state' | 'issuedAt' | 'revokedAt'> | null): EnrolmentCertificate {
  if (latest?.state === CertificateState.VALID) return { status: CertificateStatus.ISSUED, issuedAt: latest.issuedAt, revokedAt: null };
  if (latest?.state === CertificateState.REVOKED) return { status: CertificateStatus.REVOKED, issuedAt: latest.issuedAt, revokedAt: latest.revokedAt };
  return { status: eligible ? CertificateStatus.TO_BE_ISSUED : CertificateStatus.NOT_YET, issuedAt: null, revokedAt: null };
}

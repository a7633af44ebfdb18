import { Context, Field, Int, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser } from '@koko/api/core/auth';
import { GraphQLContext, requestLoader } from '@koko/api/core/graphql';
import { CredentialDocumentKind, CredentialsService } from '@koko/api/credentials';
import { identityLoaders, UserDirectory } from '@koko/api/identity';
import { Role } from '@koko/shared';
import { Certificate, CertificateState } from '../certificate.entity';

@ObjectType({ description: 'The values of LinkedIn’s “Add licence or certification” form, and a link that pre-fills them where LinkedIn still does.' })
export class LinkedInCertification {
  @Field() name!: string;
  @Field() organizationName!: string;
  @Field(() => Int) issueYear!: number;
  @Field(() => Int, { description: '1–12' }) issueMonth!: number;
  @Field({ description: 'The public verification page of the certificate.' }) certUrl!: string;
  @Field({ description: 'The certificate number.' }) certId!: string;
  @Field({ description: 'https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME&…' }) addUrl!: string;
}

/** LinkedIn's add-to-profile link with the certificate's values (they are shown for copying too). */
export function linkedInCertification(c: Pick<Certificate, 'number' | 'document'>): LinkedInCertification {
  const values = {
    name: `Zertifikat ${c.document.certificateTitle} – ${c.document.programmeTitle}`,
    organizationName: c.document.issuer,
    issueYear: Number(c.document.issuedOn.slice(0, 4)),
    issueMonth: Number(c.document.issuedOn.slice(5, 7)),
    certUrl: c.document.verificationUrl,
    certId: c.number,
  };
  const query = new URLSearchParams({ startTask: 'CERTIFICATION_NAME', ...Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)])) });
  return { ...values, addUrl: `https://www.linkedin.com/profile/add?${query.toString()}` };
}

/** Who issued and who revoked a certificate, for the admins' history (null for anyone else). */
@Resolver(() => Certificate)
export class CertificateFieldsResolver {
  constructor(
    private readonly users: UserDirectory,
    private readonly credentials: CredentialsService,
  ) {}

  @ResolveField(() => String, {
    name: 'credentialUrl',
    nullable: true,
    description: 'Download of the signed Open Badges 3.0 credential (JSON-LD; holder and admins); null for certificates issued before credentials existed.',
  })
  async credentialUrl(@Parent() c: Certificate, @Context() ctx: GraphQLContext): Promise<string | null> {
    const withCredential = requestLoader<string, boolean>(ctx, 'certificates.hasCredential', async (ids) => {
      const found = await this.credentials.documentsWithCredential(CredentialDocumentKind.CERTIFICATE, ids);
      return ids.map((id) => found.has(id));
    });
    return (await withCredential.load(c.id)) ? `/api/certificates/${c.id}/credential.json` : null;
  }

  @ResolveField(() => LinkedInCertification, { name: 'linkedIn', nullable: true, description: 'For a valid certificate: what to enter on LinkedIn (null otherwise).' })
  linkedIn(@Parent() c: Certificate): LinkedInCertification | null {
    return c.state === CertificateState.VALID ? linkedInCertification(c) : null;
  }

  @ResolveField(() => String, { name: 'issuedByName', nullable: true, description: 'Admins only; null when issued automatically.' })
  issuedByName(@Parent() c: Certificate, @Context() ctx: GraphQLContext, @CurrentUser() viewer?: AuthUser): Promise<string | null> {
    return this.nameOf(c.issuedBy, ctx, viewer);
  }

  @ResolveField(() => String, { name: 'revokedByName', nullable: true, description: 'Admins only.' })
  revokedByName(@Parent() c: Certificate, @Context() ctx: GraphQLContext, @CurrentUser() viewer?: AuthUser): Promise<string | null> {
    return this.nameOf(c.revokedBy, ctx, viewer);
  }

  private async nameOf(userId: string | null, ctx: GraphQLContext, viewer?: AuthUser): Promise<string | null> {
    if (!userId || !viewer?.roles.includes(Role.ADMIN)) return null;
    return (await identityLoaders.user(ctx, this.users).load(userId)).displayName;
  }
}

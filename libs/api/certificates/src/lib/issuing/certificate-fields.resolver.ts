import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser } from '@koko/api/core/auth';
import { GraphQLContext, requestLoader } from '@koko/api/core/graphql';
import { CredentialDocumentKind, CredentialsService } from '@koko/api/credentials';
import { identityLoaders, UserDirectory } from '@koko/api/identity';
import { Role } from '@koko/shared';
import { Certificate } from '../certificate.entity';

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

import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public, Roles } from '@koko/api/core/auth';
import { GraphQLContext, Page, requestLocale } from '@koko/api/core/graphql';
import { Role } from '@koko/shared';
import { CreateMunicipalityInput, ImportMunicipalitiesInput, MunicipalitiesArgs, MunicipalityImportResult, MunicipalityPage, UpdateMunicipalityInput } from './municipality.dto';
import { Municipality } from './municipality.entity';
import { MunicipalityImportService } from './municipality-import.service';
import { MunicipalityService } from './municipality.service';

@Resolver()
export class MunicipalityResolver {
  constructor(
    private readonly municipalities: MunicipalityService,
    private readonly importer: MunicipalityImportService,
  ) {}

  /** Public reference data: applicants (also those without an account yet) pick their municipality. */
  @Public()
  @Query(() => MunicipalityPage, { name: 'municipalities' })
  listMunicipalities(@Args() args: MunicipalitiesArgs): Promise<Page<Municipality>> {
    return this.municipalities.list(args);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Municipality, { name: 'updateMunicipality' })
  updateMunicipality(@Args('input') input: UpdateMunicipalityInput): Promise<Municipality> {
    return this.municipalities.update(input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Municipality, { name: 'createMunicipality' })
  createMunicipality(@Args('input') input: CreateMunicipalityInput, @Context() ctx: GraphQLContext): Promise<Municipality> {
    return this.municipalities.create(input, requestLocale(ctx.req));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => MunicipalityImportResult, { name: 'importMunicipalities', description: 'All rows or none; the result lists every invalid row.' })
  async importMunicipalities(@Args('input') input: ImportMunicipalitiesInput, @Context() ctx: GraphQLContext): Promise<MunicipalityImportResult> {
    const outcome = await this.importer.import(Buffer.from(input.fileBase64, 'base64'));
    const english = requestLocale(ctx.req) === 'en';
    return { ...outcome, problems: outcome.problems.map((p) => ({ line: p.line, message: english ? p.reasonEn : p.reason })) };
  }
}

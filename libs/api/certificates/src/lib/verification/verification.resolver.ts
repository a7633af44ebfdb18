import { Args, Context, Field, InputType, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Public } from '@koko/api/core/auth';
import { GraphQLContext } from '@koko/api/core/graphql';
import { IsBase64, IsString, MaxLength } from 'class-validator';
import { CertificateState, RevocationReason } from '../certificate.entity';
import { PublicCertificateView, VerificationService } from './verification.service';
import { VerifiedDocumentKind } from '@koko/api/core/documents';
import type { CredentialCheck } from '@koko/api/credentials';

@ObjectType({ description: 'What the public verification shows: state, name, programme, issue date.' })
export class PublicCertificate implements PublicCertificateView {
  @Field(() => VerifiedDocumentKind, { description: 'A certificate or a short format’s Teilnahmebescheinigung.' }) kind!: VerifiedDocumentKind;
  @Field(() => CertificateState) state!: CertificateState;
  @Field() number!: string;
  @Field() printedName!: string;
  @Field() programmeTitle!: string;
  @Field({ description: 'YYYY-MM-DD' }) issuedOn!: string;
  @Field(() => String, { nullable: true }) revokedOn!: string | null;
  @Field(() => RevocationReason, { nullable: true }) revocationReason!: RevocationReason | null;
  @Field(() => String, { nullable: true, description: 'The verification code of the certificate that replaced this one.' }) supersededByCode!: string | null;
  @Field() verificationCode!: string;
  @Field(() => String, { nullable: true, description: 'Attendance confirmations: the event’s title.' }) eventTitle!: string | null;
  @Field(() => String, { nullable: true, description: 'Attendance confirmations: the event’s day (YYYY-MM-DD).' }) eventDate!: string | null;
}

@ObjectType()
export class FileVerification {
  @Field({ description: 'The file is byte for byte a certificate issued here.' }) original!: boolean;
  @Field(() => PublicCertificate, { nullable: true }) certificate!: PublicCertificate | null;
}

@InputType()
export class VerifyFileInput {
  @Field() @IsBase64() @MaxLength(14_000_000) fileBase64!: string;
}

@ObjectType({ description: 'What a check of a digital credential (Open Badges 3.0 JSON) found. Credentials of other issuers are not checked.' })
export class CredentialVerification implements CredentialCheck {
  @Field({ description: 'Signature valid, issued here, not revoked, within its dates.' }) verified!: boolean;
  @Field() signatureValid!: boolean;
  @Field({ description: 'Issued by this portal (its did:web).' }) issuedHere!: boolean;
  @Field(() => String, { nullable: true }) issuerId!: string | null;
  @Field(() => String, { nullable: true }) issuerName!: string | null;
  @Field(() => Boolean, { nullable: true, description: 'The bit in the signed status list; null when not known.' }) revoked!: boolean | null;
  @Field(() => String, { nullable: true, description: 'ISO 8601 as written in the credential.' }) validFrom!: string | null;
  @Field(() => String, { nullable: true }) validUntil!: string | null;
  @Field() outsideValidity!: boolean;
  @Field(() => String, { nullable: true }) holderName!: string | null;
  @Field(() => String, { nullable: true }) achievementName!: string | null;
}

@InputType()
export class VerifyCredentialInput {
  @Field({ description: 'The credential as JSON text (at most 200,000 characters).' }) @IsString() @MaxLength(200_000) json!: string;
}

@InputType()
export class FindCertificateInput {
  @Field() @IsString() @MaxLength(30) number!: string;
  @Field() @IsString() @MaxLength(120) surname!: string;
}

const clientOf = (ctx: GraphQLContext) => ctx.req.ip ?? 'unknown';

@Resolver()
export class VerificationResolver {
  constructor(private readonly verification: VerificationService) {}

  @Public()
  @Query(() => PublicCertificate, { name: 'verifyCertificate', nullable: true, description: 'By the code in the verification URL; null when unknown.' })
  verify(@Args('code') code: string, @Context() ctx: GraphQLContext): Promise<PublicCertificateView | null> {
    return this.verification.byCode(code, clientOf(ctx));
  }

  @Public()
  @Query(() => PublicCertificate, { name: 'findCertificate', nullable: true, description: 'By number and surname; null when they do not match.' })
  find(@Args('input') input: FindCertificateInput, @Context() ctx: GraphQLContext): Promise<PublicCertificateView | null> {
    return this.verification.byNumber(input.number, input.surname, clientOf(ctx));
  }

  @Public()
  @Mutation(() => CredentialVerification, { name: 'verifyCredential', description: 'Checks a digital credential (Open Badges 3.0 JSON) offline: signature, issuer, revocation, dates.' })
  verifyCredential(@Args('input') input: VerifyCredentialInput, @Context() ctx: GraphQLContext): Promise<CredentialCheck> {
    return this.verification.byCredential(input.json, clientOf(ctx));
  }

  @Public()
  @Mutation(() => FileVerification, { name: 'verifyCertificateFile', description: 'Is a PDF an unaltered original? (SHA-256 comparison.)' })
  verifyFile(@Args('input') input: VerifyFileInput, @Context() ctx: GraphQLContext): Promise<{ original: boolean; certificate: PublicCertificateView | null }> {
    return this.verification.byFile(Buffer.from(input.fileBase64, 'base64'), clientOf(ctx));
  }
}

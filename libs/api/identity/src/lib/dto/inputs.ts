import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { PageArgs } from '@koko/api/core/graphql';
import { CertificateTitle, Locale, PASSWORD_MAX_LENGTH, Role } from '@koko/shared';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsEmail, IsEnum, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType()
export class SignInInput {
  @Field() @Transform(trim) @IsEmail() @MaxLength(254) email!: string;
  @Field() @IsString() @MinLength(1) @MaxLength(PASSWORD_MAX_LENGTH) password!: string;
}

@InputType()
export class RequestPasswordResetInput {
  @Field() @Transform(trim) @IsEmail() @MaxLength(254) email!: string;
}

@InputType()
export class ResetPasswordInput {
  @Field() @IsString() @MinLength(10) @MaxLength(100) token!: string;
  @Field() @IsString() @MaxLength(PASSWORD_MAX_LENGTH) password!: string;
}

@InputType()
export class AcceptInvitationInput {
  @Field() @IsString() @MinLength(10) @MaxLength(100) token!: string;
  @Field() @Transform(trim) @IsString() @MinLength(2) @MaxLength(120) displayName!: string;
  @Field({ description: 'Name as printed on certificates; defaults to the display name.' })
  @IsString()
  @MaxLength(160)
  certificateName!: string;
  @Field() @IsString() @MaxLength(PASSWORD_MAX_LENGTH) password!: string;
}

@InputType()
export class UpdateProfileInput {
  @Field() @Transform(trim) @IsString() @MinLength(2) @MaxLength(120) displayName!: string;
  @Field() @Transform(trim) @IsString() @MinLength(2) @MaxLength(160) certificateName!: string;
  @Field(() => CertificateTitle, { nullable: true, description: 'Omit to keep the current title.' }) @IsOptional() @IsEnum(CertificateTitle) certificateTitle?: CertificateTitle | null;
  @Field(() => Locale) @IsEnum(Locale) locale!: Locale;
}

@InputType()
export class ChangePasswordInput {
  @Field() @IsString() @MaxLength(PASSWORD_MAX_LENGTH) currentPassword!: string;
  @Field() @IsString() @MaxLength(PASSWORD_MAX_LENGTH) newPassword!: string;
}

@InputType()
export class DeleteOwnAccountInput {
  @Field({ description: 'The current password, as confirmation.' }) @IsString() @MinLength(1) @MaxLength(PASSWORD_MAX_LENGTH) password!: string;
}

@InputType()
export class InviteUserInput {
  @Field() @Transform(trim) @IsEmail() @MaxLength(254) email!: string;
  @Field(() => [Role]) @ArrayMinSize(1) @ArrayMaxSize(3) @IsEnum(Role, { each: true }) roles!: Role[];
  @Field(() => Locale, { nullable: true }) @IsOptional() @IsEnum(Locale) locale?: Locale;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(120) displayName?: string;
}

@InputType()
export class SetUserRolesInput {
  @Field(() => ID) @IsUUID() userId!: string;
  @Field(() => [Role]) @ArrayMinSize(1) @ArrayMaxSize(3) @IsEnum(Role, { each: true }) roles!: Role[];
}

@InputType()
export class SetUserActiveInput {
  @Field(() => ID) @IsUUID() userId!: string;
  @Field() @IsBoolean() active!: boolean;
}

@ArgsType()
export class UsersArgs extends PageArgs {
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) search?: string;
  @Field(() => Role, { nullable: true }) @IsOptional() @IsEnum(Role) role?: Role;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() active?: boolean;
}

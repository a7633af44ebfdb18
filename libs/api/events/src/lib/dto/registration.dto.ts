import { ArgsType, Field, HideField, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { PageArgs, Trimmed } from '@koko/api/core/graphql';
import { Locale } from '@koko/shared';
import { IsEmail, IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { Registration, RegistrationState } from '../registration/registration.entity';
import { ShortFormat } from '../short-format.entity';

@InputType()
export class RegisterInput {
  @Field(() => ID) @IsUUID() shortFormatId!: string;
  @Field() @Trimmed() @IsString() @MinLength(2) @MaxLength(200) name!: string;
  @Field() @Trimmed() @IsEmail() @MaxLength(254) email!: string;
  @Field(() => ID, { nullable: true, description: 'A municipality of the NRW list, or else `organisation`.' })
  @IsOptional() @IsUUID()
  municipalityId?: string | null;
  @Field(() => String, { nullable: true, description: 'Free text when the organisation is not on the NRW list.' })
  @ValidateIf((o: RegisterInput) => !o.municipalityId) @Trimmed() @IsString() @MinLength(2) @MaxLength(300)
  organisation?: string | null;
  @Field(() => String, { nullable: true, description: 'Optional; shown only to organisers and deleted when the event is over.' })
  @IsOptional() @Trimmed() @IsString() @MaxLength(2000)
  accessibilityNeeds?: string | null;
  @Field(() => Locale, { defaultValue: Locale.DE }) @IsEnum(Locale) locale!: Locale;
}

@InputType()
export class RegistrationTokenInput {
  @Field({ description: 'The secret from the link in the mail.' }) @IsString() @Matches(/^[A-Za-z0-9_-]{43}$/) token!: string;
}

@InputType()
export class ResendConfirmationInput {
  @Field(() => ID) @IsUUID() shortFormatId!: string;
  @Field() @Trimmed() @IsEmail() @MaxLength(254) email!: string;
}

@ObjectType({ description: 'What the person behind a mail link sees of their registration.' })
export class RegistrationView {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => RegistrationState, { description: 'A pending registration past its confirmation time shows as EXPIRED.' }) state!: RegistrationState;
  @Field(() => Date, { nullable: true }) confirmBy!: Date | null;
  @Field(() => Date, { nullable: true }) offerExpiresAt!: Date | null;
  @Field(() => Int, { nullable: true, description: 'Position on the waiting list (1 = next), else null.' }) waitingPosition!: number | null;
  @Field(() => String, { nullable: true, description: 'Short check-in code (confirmed only).' }) checkInCode!: string | null;
  @Field(() => String, { nullable: true, description: 'Online and hybrid: the join link (confirmed only).' }) joinUrl!: string | null;
  @Field(() => Date, { nullable: true, description: 'When the attendance was recorded.' }) checkedInAt!: Date | null;
  @Field({ description: 'Online and hybrid, confirmed: self check-in is open now (15 minutes before the start until the end).' }) selfCheckInOpen!: boolean;
  @Field(() => String, { nullable: true, description: 'In person and hybrid, confirmed: the QR code (PNG) to show at the door.' }) checkInQrUrl!: string | null;
  @Field(() => ShortFormat) shortFormat!: ShortFormat;
  /** The link's secret, for the download address of the attendance confirmation. */
  @HideField() token!: string;
}

@ArgsType()
export class RegistrationsArgs extends PageArgs {
  @Field(() => ID) @IsUUID() shortFormatId!: string;
  @Field(() => RegistrationState, { nullable: true }) @IsOptional() @IsEnum(RegistrationState) state?: RegistrationState;
}

@InputType({ description: 'An organiser moves someone on the waiting list; the reason goes into the audit trail.' })
export class MoveWaitingEntryInput {
  @Field(() => ID) @IsUUID() registrationId!: string;
  @Field(() => Int, { description: 'The new position (1 = next); beyond the end means last.' }) @IsInt() @Min(1) @Max(100_000) position!: number;
  @Field() @Trimmed() @IsString() @MinLength(3) @MaxLength(500) reason!: string;
}

@InputType({ description: 'Organisers record an attendance: by the list (registrationId), the short code, or the QR code’s content. Exactly one.' })
export class CheckInInput {
  @Field(() => ID) @IsUUID() shortFormatId!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() registrationId?: string | null;
  @Field(() => String, { nullable: true, description: 'The short code from the mail (case and spaces do not matter).' })
  @IsOptional() @IsString() @MaxLength(20)
  code?: string | null;
  @Field(() => String, { nullable: true, description: 'The content of the QR code.' }) @IsOptional() @IsString() @MaxLength(100) qrToken?: string | null;
}

@InputType()
export class UndoCheckInInput {
  @Field(() => ID) @IsUUID() registrationId!: string;
  @Field(() => String, { nullable: true, description: 'Kept in the audit trail.' }) @IsOptional() @Trimmed() @IsString() @MaxLength(500) reason?: string | null;
}

@ObjectType({ description: 'The outcome of a check-in; a repeated one says when the first happened.' })
export class CheckInResult {
  @Field(() => Registration) registration!: Registration;
  @Field(() => Date, { nullable: true, description: 'Set when the person was already checked in (then nothing changed).' }) alreadyCheckedInAt!: Date | null;
}

@ObjectType({ description: 'A Teilnahmebescheinigung as its holder sees it.' })
export class AttendanceConfirmationLink {
  @Field() number!: string;
  @Field() issuedAt!: Date;
  @Field({ description: 'Where the PDF is downloaded (the stored original).' }) downloadUrl!: string;
}

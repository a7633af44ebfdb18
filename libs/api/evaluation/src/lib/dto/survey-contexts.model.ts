import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A cohort a survey may address (pre, post, module).' })
export class SurveyContextCohort {
  @Field(() => ID) id!: string;
  @Field({ description: 'German name.' }) name!: string;
  @Field({ description: 'English name; empty where there is none.' }) nameEn!: string;
  @Field() startsOn!: string;
  @Field() endsOn!: string;
}

@ObjectType({ description: 'A programme module a MODULE survey follows.' })
export class SurveyContextModule {
  @Field(() => ID) id!: string;
  @Field(() => Int) position!: number;
  @Field() title!: string;
  @Field({ description: 'English title; empty where there is none.' }) titleEn!: string;
}

@ObjectType({ description: 'A short format an EVENT survey may follow: published or held, with its checked-in attendees.' })
export class SurveyContextShortFormat {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() startsAt!: Date;
  @Field({ description: 'The survey opens at this time at the earliest.' }) endsAt!: Date;
  @Field(() => Int, { description: 'Attendees whose attendance was recorded (those with an account are invited).' }) checkedIn!: number;
}

@ObjectType({ description: 'What a survey can be bound to; read through the owning libraries.' })
export class SurveyContexts {
  @Field(() => [SurveyContextCohort]) cohorts!: SurveyContextCohort[];
  @Field(() => [SurveyContextModule]) modules!: SurveyContextModule[];
  @Field(() => [SurveyContextShortFormat]) shortFormats!: SurveyContextShortFormat[];
}

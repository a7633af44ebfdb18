import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Paginated } from '@koko/api/core/graphql';
import { User } from '../entities/user.entity';

export const UserPage = Paginated(User, 'UserPage');

@ObjectType({ description: 'What the invitation page may show before the invitee has signed in.' })
export class InvitationInfo {
  @Field() email!: string;
  @Field() displayName!: string;
  @Field() expiresAt!: Date;
}

@ObjectType({ description: 'Facts about this installation the web app needs.' })
export class AppInfo {
  @Field({ description: 'Captured mails can be read at /dev/mail (never in production).' })
  devMail!: boolean;
  @Field() defaultLocale!: string;
  @Field() version!: string;
  @Field(() => Int, { description: 'Largest file a participant may upload (bytes).' }) uploadMaxBytes!: number;
  @Field(() => Int, { description: 'Files per attempt.' }) uploadMaxFiles!: number;
}

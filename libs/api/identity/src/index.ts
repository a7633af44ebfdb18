export * from './lib/identity.module';
export * from './lib/entities/user.entity';
export * from './lib/identity.exception';
export { SessionService } from './lib/services/session.service';
export { InvitationService, type InviteCommand } from './lib/services/invitation.service';
export { PasswordService, assertPasswordPolicy } from './lib/services/password.service';
export { UserDirectory, identityLoaders } from './lib/services/user-directory.service';

import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PersonalDataModule } from '@koko/api/core/database';
import { JobsModule, RetentionModule } from '@koko/api/core/jobs';
import { User } from './entities/user.entity';
import { UserSession } from './entities/user-session.entity';
import { UserToken } from './entities/user-token.entity';
import { DataExportController } from './privacy/data-export.controller';
import { DataExport } from './privacy/data-export.entity';
import { DataExportResolver } from './privacy/data-export.resolver';
import { DataExportService } from './privacy/data-export.service';
import { AccountResolver } from './resolvers/account.resolver';
import { AppInfoResolver } from './resolvers/app-info.resolver';
import { AuthResolver } from './resolvers/auth.resolver';
import { UsersResolver } from './resolvers/users.resolver';
import { AccountService } from './services/account.service';
import { InvitationService } from './services/invitation.service';
import { LinkTokenService } from './services/link-token.service';
import { LoginThrottleService } from './services/login-throttle.service';
import { PasswordResetService } from './services/password-reset.service';
import { PasswordService } from './services/password.service';
import { SessionService } from './services/session.service';
import { SignInService } from './services/sign-in.service';
import { UserAdminService } from './services/user-admin.service';
import { UserDirectory } from './services/user-directory.service';
import { IdentityRetention } from './privacy/identity-retention';
import { IdentityStoredFiles } from './privacy/identity-stored-files';
import { StoredFilesModule } from '@koko/api/core/storage';

/** Accounts, sign-in, sessions, invitations and password resets. */
@Module({
  imports: [TypeOrmModule.forFeature([User, UserSession, UserToken, DataExport]), JobsModule, PersonalDataModule, RetentionModule, StoredFilesModule],
  controllers: [DataExportController],
  providers: [
    IdentityStoredFiles,
    AccountService,
    InvitationService,
    LinkTokenService,
    LoginThrottleService,
    PasswordResetService,
    PasswordService,
    SessionService,
    SignInService,
    UserAdminService,
    UserDirectory,
    AuthResolver,
    AccountResolver,
    UsersResolver,
    AppInfoResolver,
    DataExportService,
    DataExportResolver,
    IdentityRetention,
  ],
  exports: [SessionService, InvitationService, PasswordService, UserDirectory, TypeOrmModule],
})
export class IdentityModule {}

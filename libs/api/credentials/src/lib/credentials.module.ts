import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CredentialsService } from './credentials.service';
import { CredentialVerifier } from './credential-verifier.service';
import { DidWebController } from './did-web.controller';
import { IssuedCredential } from './issued-credential.entity';
import { IssuerImageController } from './issuer-image.controller';
import { CredentialKeys } from './signing-keys';
import { StatusListController } from './status-list.controller';
import { StatusListsService } from './status-lists.service';

/**
 * Open Badges 3.0 credentials for documents issued by other libraries (certificates, later
 * Teilnahmebescheinigungen): signing key and did:web, signing, status lists, verification.
 */
@Module({
  imports: [TypeOrmModule.forFeature([IssuedCredential])],
  controllers: [DidWebController, StatusListController, IssuerImageController],
  providers: [CredentialKeys, CredentialsService, StatusListsService, CredentialVerifier],
  exports: [CredentialsService, CredentialKeys, StatusListsService, CredentialVerifier],
})
export class CredentialsModule {}

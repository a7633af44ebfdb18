import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobsModule, RetentionModule } from '@koko/api/core/jobs';
import { CatalogueModule } from '@koko/api/catalogue';
import { EnrolmentModule } from '@koko/api/enrolment';
import { IdentityModule } from '@koko/api/identity';
import { CredentialsModule } from '@koko/api/credentials';
import { Certificate } from './certificate.entity';
import { CertificateBatch } from './issuing/certificate-batch.entity';
import { AutoIssueListener } from './issuing/auto-issue.listener';
import { CertificateBatchesService } from './issuing/certificate-batches.service';
import { CertificateFieldsResolver } from './issuing/certificate-fields.resolver';
import { EnrolmentCertificateResolver } from './issuing/enrolment-certificate.resolver';
import { CertificateFilesController } from './issuing/certificate-files.controller';
import { CertificateIssuerService } from './issuing/certificate-issuer.service';
import { CertificateRenderer } from './issuing/certificate-renderer.service';
import { CertificatesResolver } from './issuing/certificates.resolver';
import { VerificationResolver } from './verification/verification.resolver';
import { VerificationService } from './verification/verification.service';
import { VerifiableDocumentsModule } from '@koko/api/core/documents';
import { PersonalDataModule } from '@koko/api/core/database';
import { CertificatesPersonalData } from './certificates-personal-data';
import { CertificatesRetention } from './certificates-retention';
import { CertificatesStoredFiles } from './certificates-stored-files';
import { StoredFilesModule } from '@koko/api/core/storage';

/**
 * Certificates on behalf of Hochschule Niederrhein: issue (one, many, automatic), revoke, reissue, verify.
 * ProgressService comes from the app's global ProgressModule.forRoot (with real assignment states).
 */
@Module({
  imports: [TypeOrmModule.forFeature([Certificate, CertificateBatch]), JobsModule, CredentialsModule, CatalogueModule, EnrolmentModule, IdentityModule, PersonalDataModule, RetentionModule, StoredFilesModule, VerifiableDocumentsModule],
  controllers: [CertificateFilesController],
  providers: [CertificatesPersonalData, CertificatesStoredFiles, CertificatesRetention, CertificateFieldsResolver, EnrolmentCertificateResolver, CertificateIssuerService, CertificateRenderer, CertificateBatchesService, CertificatesResolver, AutoIssueListener, VerificationService, VerificationResolver],
  exports: [CertificateIssuerService],
})
export class CertificatesModule {}

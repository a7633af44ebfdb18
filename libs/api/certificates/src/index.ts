export * from './lib/certificates.module';
export * from './lib/certificate.entity';
export { CertificateIssuerService } from './lib/issuing/certificate-issuer.service';

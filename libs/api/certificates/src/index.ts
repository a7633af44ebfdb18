export * from './lib/certificates.module';
export * from './lib/certificate.entity';

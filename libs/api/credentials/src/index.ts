export * from './lib/credentials.module';
export { CredentialsService, STATUS_LIST_LENGTH, type AchievementInput } from './lib/credentials.service';
export { CredentialDocumentKind, IssuedCredential } from './lib/issued-credential.entity';
export { CredentialKeys, didWebOf, publicKeyOf } from './lib/signing-keys';
export { emailIdentityHash, openBadgeCredential, OB_CONTEXT, VC_CONTEXT_V2 } from './lib/open-badge';
export type { JsonObject } from './lib/linked-data';
export { CredentialVerifier, type CredentialCheck } from './lib/credential-verifier.service';

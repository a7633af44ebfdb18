export * from './lib/notifications.module';
export * from './lib/outbox.service';
export * from './lib/mail-worker';
export * from './lib/mail-renderer';
export * from './lib/mail-outbox.entity';
export { MAIL_TRANSPORT } from './lib/mail-transport.token';
export type { MailTransport, OutgoingMail } from './lib/mail-transport';
export { messageIdOf } from './lib/mail-transport';

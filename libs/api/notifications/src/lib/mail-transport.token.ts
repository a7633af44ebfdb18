export type { MailTransport, OutgoingMail } from './mail-transport';
export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');

import { AppConfig } from '@koko/api/core/config';
import { createTransport, SendMailOptions, Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { CapturedMail, MailAttachment } from './mail-outbox.entity';
import { RenderedMail } from './mail-renderer';

export interface OutgoingMail extends RenderedMail {
  to: string;
  outboxId: string;
  attachments?: MailAttachment[];
}

export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
}

/**
 * One Message-ID per outbox row, the same on every attempt: a mail that is retried after a
 * delivery whose answer was lost can be recognised as a duplicate by the receiving side.
 */
export function messageIdOf(outboxId: string, publicUrl: string): string {
  return `<${outboxId}@${new URL(publicUrl).hostname}>`;
}

/** The message both transports hand to nodemailer: the same headers whether it is sent or captured. */
function nodemailerMessage(mail: OutgoingMail, config: AppConfig): SendMailOptions {
  return {
    from: config.mail.from,
    to: mail.to,
    subject: mail.subject,
    html: mail.html,
    text: mail.text,
    messageId: messageIdOf(mail.outboxId, config.publicUrl),
    attachments: (mail.attachments ?? []).map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })),
  };
}

/** Real SMTP delivery through nodemailer. */
export class SmtpMailTransport implements MailTransport {
  private readonly transporter: Transporter;
  constructor(private readonly config: AppConfig) {
    const smtp = config.mail.smtp;
    this.transporter = createTransport({
      host: smtp.host,
      port: smtp.port,
      secure: smtp.secure,
      auth: smtp.user ? { user: smtp.user, pass: smtp.password } : undefined,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
    });
  }
  async send(mail: OutgoingMail): Promise<void> {
    await this.transporter.sendMail(nodemailerMessage(mail, this.config));
  }
}

/**
 * Builds the complete MIME message with nodemailer (as SMTP would) but keeps it in the database,
 * where /dev/mail and the tests read it. Shared by all API instances.
 */
export class CaptureMailTransport implements MailTransport {
  private readonly transporter = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  constructor(
    private readonly config: AppConfig,
    private readonly db: DataSource,
  ) {}
  async send(mail: OutgoingMail): Promise<void> {
    await this.transporter.sendMail(nodemailerMessage(mail, this.config));
    await this.db.manager.insert(CapturedMail, {
      outboxId: mail.outboxId,
      recipient: mail.to,
      subject: mail.subject,
      html: mail.html,
      text: mail.text,
      attachments: (mail.attachments ?? []) as never,
    });
  }
}

import { Logger } from '@nestjs/common';
import type { MailConfig } from '@alianza/api-core';
import { createTransport, Transporter } from 'nodemailer';
import { LocalOutbox } from './local-outbox';

/** A message as it leaves the queue. */
export interface OutgoingMail {
  id: string;
  kind: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  /** `<id@domain>`: the same on every attempt. */
  messageId: string;
  createdAt: Date;
  /** The one-click unsubscribe URL (RFC 8058), for messages a person may stop. */
  listUnsubscribe?: string;
}

/** Where the sender hands messages: an SMTP server, or the local outbox. */
export interface MailTransport {
  readonly name: 'smtp' | 'outbox';
  /** Resolves once the message is accepted; rejects with the reason otherwise. */
  send(message: OutgoingMail): Promise<void>;
  close(): void;
}

export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');

/**
 * The SMTP server may take this long to connect, greet and answer each command: together far
 * less than the lease a sender holds on a message (`SENDING_LEASE_MS`).
 */
const SMTP_TIMEOUTS = { connectionTimeout: 20_000, greetingTimeout: 20_000, socketTimeout: 60_000 };

/**
 * Headers every message carries: automated (no auto-replies), and what it is; and, for messages
 * a person may stop, the one-click unsubscribe of RFC 8058 (their mail client's own button).
 */
export function mailHeaders(message: OutgoingMail): Record<string, string> {
  const headers: Record<string, string> = {
    'Auto-Submitted': 'auto-generated',
    'X-Alianza-Kind': message.kind,
  };
  if (message.listUnsubscribe) {
    headers['List-Unsubscribe'] = `<${message.listUnsubscribe}>`;
    headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
  }
  return headers;
}

/** SMTP_URL: one connection per message (STARTTLS when offered, `smtps://` for TLS at once). */
export class SmtpTransport implements MailTransport {
  readonly name = 'smtp';
  private readonly transporter: Transporter;

  constructor(private readonly config: MailConfig) {
    this.transporter = createTransport({ url: config.smtpUrl, ...SMTP_TIMEOUTS });
  }

  async send(message: OutgoingMail): Promise<void> {
    await this.transporter.sendMail({
      from: this.config.from,
      to: message.to,
      subject: message.subject,
      html: message.html,
      text: message.text,
      messageId: message.messageId,
      date: message.createdAt,
      headers: mailHeaders(message),
    });
  }

  close(): void {
    this.transporter.close();
  }
}

/**
 * No SMTP_URL: each message is written to the local outbox (`<outboxDir>/<id>.eml`, with what
 * the development page lists beside it), and its links are logged, so every flow can be
 * followed without a mail server. Writing the same message again replaces it: never twice.
 */
export class OutboxTransport implements MailTransport {
  readonly name = 'outbox';
  private readonly logger = new Logger('LocalOutbox');
  private readonly composer = createTransport({ streamTransport: true, buffer: true });

  constructor(
    private readonly config: MailConfig,
    private readonly outbox: LocalOutbox,
    /** Links are logged only outside production (they may carry one-time tokens). */
    private readonly logLinks: boolean,
  ) {}

  async send(message: OutgoingMail): Promise<void> {
    const info = (await this.composer.sendMail({
      from: this.config.from,
      to: message.to,
      subject: message.subject,
      html: message.html,
      text: message.text,
      messageId: message.messageId,
      date: message.createdAt,
      headers: mailHeaders(message),
    })) as { message: Buffer };
    const saved = await this.outbox.write(message, info.message);
    if (this.logLinks)
      this.logger.log(
        { mailId: message.id, to: message.to, kind: message.kind, links: saved.links },
        `Mail "${message.subject}" to ${message.to} is in the local outbox (${this.config.publicUrl}/dev/outbox)${saved.links.map((link) => `\n  ${link}`).join('')}`,
      );
    else
      this.logger.log(
        { mailId: message.id, kind: message.kind },
        'Mail written to the local outbox',
      );
  }

  close(): void {
    this.composer.close();
  }
}

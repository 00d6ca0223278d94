import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@alianza/api-core';
import { Db } from '@alianza/db';
import { randomUUID } from 'node:crypto';
import { LOCALES, MailRequest } from './mail-content';
import { renderMail } from './mail-layout';

const KIND = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** An address as the queue takes it: one address, no display name, no line breaks. */
const ADDRESS = /^[^\s@<>,;"]+@[^\s@<>,;"]+$/;

const INSERT = `INSERT INTO mail_messages
  (id, queue, kind, recipient, locale, subject, html, text, message_id, list_unsubscribe)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`;

/** The domain of the sender's address (`Alianza <no-reply@example.org>` → `example.org`). */
export function senderDomain(from: string): string {
  return /@([^\s>]+)>?\s*$/.exec(from)?.[1] ?? 'alianza.localhost';
}

/**
 * Email, through the durable queue (ADR 0023). `enqueue` writes the message in the caller's
 * transaction (or one of its own): it goes out once that commits, never if it rolls back; the
 * sender (MailSender) is told after the commit and also polls. Anonymous requests may queue
 * messages; no request reads them back.
 */
@Injectable()
export class MailService {
  private readonly listeners = new Set<(id: string) => void>();

  constructor(
    private readonly db: Db,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Queues a message to `to`, rendered now (HTML and text) from `content`, in the current
   * transaction. Returns the message's id.
   */
  async enqueue(request: MailRequest): Promise<string> {
    const to = request.to.trim();
    if (!ADDRESS.test(to) || to.length > 254) throw new Error(`Not a mail address: ${to}`);
    if (!KIND.test(request.kind) || request.kind.length > 64)
      throw new Error(`A mail kind is kebab-case (at most 64 characters): ${request.kind}`);
    if (!LOCALES.includes(request.locale)) throw new Error(`Unknown locale: ${request.locale}`);
    const unsubscribe = request.listUnsubscribe;
    if (
      unsubscribe !== undefined &&
      (!/^https?:\/\/\S+$/.test(unsubscribe) || unsubscribe.length > 2000)
    )
      throw new Error(`A one-click unsubscribe address is an http(s) URL: ${unsubscribe}`);
    const rendered = renderMail(request.locale, request.content);
    const id = randomUUID();
    const messageId = `<${id}@${senderDomain(this.config.mail.from)}>`;
    await this.db.transaction(async (manager) => {
      // No RETURNING: the row policies let a request add a message, not read one.
      await manager.query(INSERT, [
        id,
        this.config.mail.queue,
        request.kind,
        to,
        request.locale,
        rendered.subject.slice(0, 300),
        rendered.html,
        rendered.text,
        messageId,
        unsubscribe ?? null,
      ]);
      await this.db.afterCommit(() => this.enqueued(id));
    });
    return id;
  }

  /**
   * An absolute URL under the instance's public address (PUBLIC_URL): `path` starts with `/`
   * (`/portal/reset-password`), `query` values are encoded.
   */
  link(path: string, query: Record<string, string> = {}): string {
    if (!path.startsWith('/') || path.startsWith('//'))
      throw new Error(`A mail link's path starts with one "/": ${path}`);
    const url = new URL(this.config.mail.publicUrl + path);
    for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
    return url.toString();
  }

  /** Calls `listener` with the id of each message queued here, once its transaction has committed. */
  onEnqueued(listener: (id: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * A message queued again (the admin's retry): sent as a new one is, once the current
   * transaction commits.
   */
  async wake(id: string): Promise<void> {
    await this.db.afterCommit(() => this.enqueued(id));
  }

  private enqueued(id: string): void {
    for (const listener of this.listeners) listener(id);
  }
}

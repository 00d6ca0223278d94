import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { OutgoingMail } from './mail-transport';

/** What the development page shows of a message in the local outbox. */
export interface OutboxEntry {
  id: string;
  kind: string;
  to: string;
  subject: string;
  createdAt: string;
  /** The links the message carries (its hrefs), in order. */
  links: string[];
  html: string;
  text: string;
}

const ID = /^[0-9a-f-]{36}$/;

/** The links of a rendered message: its hrefs, unescaped, each once. */
export function linksOf(html: string): string[] {
  const links = [...html.matchAll(/href="([^"]*)"/g)].map((match) =>
    (match[1] ?? '')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&'),
  );
  return [...new Set(links)];
}

/**
 * The folder messages go to when no SMTP server is configured: `<id>.eml` (the message as a mail
 * client opens it) and `<id>.json` (what the development page lists). Each file is written whole
 * (to a temporary name, then renamed), so a crash leaves no half message.
 */
export class LocalOutbox {
  constructor(readonly dir: string) {}

  async write(message: OutgoingMail, eml: Buffer): Promise<OutboxEntry> {
    await mkdir(this.dir, { recursive: true });
    const entry: OutboxEntry = {
      id: message.id,
      kind: message.kind,
      to: message.to,
      subject: message.subject,
      createdAt: message.createdAt.toISOString(),
      links: linksOf(message.html),
      html: message.html,
      text: message.text,
    };
    await this.writeWhole(`${message.id}.eml`, eml);
    await this.writeWhole(`${message.id}.json`, JSON.stringify(entry, null, 2));
    return entry;
  }

  /** The messages, newest first (at most `limit`). */
  async list(limit = 200): Promise<OutboxEntry[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch {
      return [];
    }
    const entries = await Promise.all(
      names
        .filter((name) => name.endsWith('.json') && ID.test(name.slice(0, -5)))
        .map((name) => this.read(name.slice(0, -5))),
    );
    return entries
      .filter((entry): entry is OutboxEntry => entry !== undefined)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id))
      .slice(0, limit);
  }

  async read(id: string): Promise<OutboxEntry | undefined> {
    if (!ID.test(id)) return undefined;
    try {
      return JSON.parse(await readFile(join(this.dir, `${id}.json`), 'utf8')) as OutboxEntry;
    } catch {
      return undefined;
    }
  }

  private async writeWhole(name: string, content: string | Buffer): Promise<void> {
    const path = join(this.dir, name);
    const temporary = `${path}.${process.pid}.tmp`;
    await writeFile(temporary, content, { mode: 0o600 });
    await rename(temporary, path);
  }
}

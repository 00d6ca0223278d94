import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@alianza/api-core';
import { Public } from '@alianza/authz';
import type { Response } from 'express';
import { LocalOutbox, OutboxEntry } from './local-outbox';
import { escapeHtml } from './mail-layout';

const PAGE_STYLE = `body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;background:#f8f9fa;color:#212529}
main{max-width:960px;margin:32px auto;padding:0 24px}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{border:1px solid #dee2e6;padding:8px;text-align:left;vertical-align:top;font-size:14px}
th{background:#f1f3f5}
a{color:#1d4ed8;word-break:break-all}
small{color:#495057}`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="es"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>${PAGE_STYLE}</style></head>
<body><main>${body}</main></body></html>`;
}

function row(entry: OutboxEntry): string {
  const links = entry.links
    .map((link) => `<a href="${escapeHtml(link)}">${escapeHtml(link)}</a>`)
    .join('<br>');
  return `<tr>
<td>${escapeHtml(new Date(entry.createdAt).toLocaleString('es-ES', { timeZone: 'UTC' }))} UTC</td>
<td>${escapeHtml(entry.to)}</td>
<td><a href="/dev/outbox/${entry.id}">${escapeHtml(entry.subject)}</a><br><small>${escapeHtml(entry.kind)}</small></td>
<td>${links}</td>
</tr>`;
}

/**
 * The local outbox, for development (ADR 0023): with no SMTP_URL and outside production, GET
 * /dev/outbox lists the messages "sent" (newest first, with their links), and /dev/outbox/<id>
 * shows one as its recipient would see it. Anywhere else both are 404.
 */
@Controller('dev/outbox')
export class OutboxController {
  private readonly outbox: LocalOutbox;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.outbox = new LocalOutbox(config.mail.outboxDir);
  }

  private get open(): boolean {
    return this.config.env !== 'production' && !this.config.mail.smtpUrl;
  }

  @Public() // development only: a newcomer follows the emails' links without a mail server
  @Get()
  async list(@Res() res: Response): Promise<void> {
    if (!this.open) return void res.status(404).type('text/plain').send('Not found');
    const entries = await this.outbox.list();
    const body = `<h1>Bandeja de salida local <small>· Local outbox</small></h1>
<p><small>Sin <code>SMTP_URL</code>, los correos se escriben en <code>${escapeHtml(this.config.mail.outboxDir)}</code> en vez de enviarse.
Without <code>SMTP_URL</code>, emails are written there instead of being sent.</small></p>
${
  entries.length === 0
    ? '<p>Ningún correo todavía. <small>No email yet.</small></p>'
    : `<table><thead><tr><th>Fecha · Date</th><th>Para · To</th><th>Asunto · Subject</th><th>Enlaces · Links</th></tr></thead>
<tbody>${entries.map(row).join('\n')}</tbody></table>`
}`;
    res.status(200).type('html').send(page('Bandeja de salida local · Local outbox', body));
  }

  @Public() // development only, as the list
  @Get(':id')
  async show(@Param('id') id: string, @Res() res: Response): Promise<void> {
    const entry = this.open ? await this.outbox.read(id) : undefined;
    if (!entry) return void res.status(404).type('text/plain').send('Not found');
    res.status(200).type('html').send(entry.html);
  }
}

import { Controller, Get, Param, Req, RequestMethod, Res } from '@nestjs/common';
import type { RouteInfo } from '@nestjs/common/interfaces';
import { RequestBudget, UuidPipe } from '@alianza/api-core';
import { Actor, ActorService, Allow, Public, requireViewer } from '@alianza/authz';
import { Action, Subject } from '@alianza/shared';
import type { Request, Response } from 'express';
import { createHash } from 'node:crypto';
import { CALENDAR_FEED_PATH, CalendarFeedService } from './calendar-feed.service';
import { CalendarService } from './calendar.service';

/**
 * The feed's route: authenticated by its secret alone, so the API module serves it without the
 * session middleware (a browser's session cookie plays no part in it).
 */
export const CALENDAR_FEED_ROUTES: RouteInfo[] = [
  { path: `${CALENDAR_FEED_PATH.slice(1)}/*path`, method: RequestMethod.GET },
];

const FEED_FILE = /^(.+)\.ics$/;

/** A request path with a feed's secret hidden, for logs. */
export function withoutFeedSecret(url: string): string {
  return url.startsWith(`${CALENDAR_FEED_PATH}/`) ? `${CALENDAR_FEED_PATH}/[secret]` : url;
}

/**
 * iCalendar downloads of the plan (ADR 0039): a user's personal feed at
 * `/calendar/feed/<secret>.ics`, read by calendar apps with the secret as the only credential
 * and served under its user's claim; and one milestone's or task's event for "Add to calendar",
 * with the session as any screen.
 */
@Controller('calendar')
@RequestBudget() // each read spends from the client's general budget, as every public route
export class CalendarController {
  constructor(
    private readonly calendar: CalendarService,
    private readonly feeds: CalendarFeedService,
    private readonly actors: ActorService,
  ) {}

  @Public() // the secret is the authority: the feed is read as its user, under their claim
  @Get('feed/:file')
  async feed(@Param('file') file: string, @Req() req: Request, @Res() res: Response) {
    const secret = FEED_FILE.exec(file)?.[1];
    const tokenHash = secret ? this.feeds.feedHash(secret) : undefined;
    const served =
      tokenHash &&
      (await this.actors.asHolder({ kind: 'calendar-feed', tokenHash }, (actor) =>
        this.calendar.feed(actor),
      ));
    // Unknown, revoked or malformed: one answer, which says nothing of which.
    if (!served) {
      res.status(404).setHeader('cache-control', 'no-store');
      res.type('text/plain').send('Not found');
      return;
    }
    const body = served.value;
    const etag = `"${createHash('sha256').update(body).digest('base64url')}"`;
    // Private (the address is a credential), revalidated by its ETag when older than 5 minutes.
    res.setHeader('cache-control', 'private, max-age=300');
    res.setHeader('etag', etag);
    res.setHeader('referrer-policy', 'no-referrer');
    res.setHeader('x-robots-tag', 'noindex');
    if (req.headers['if-none-match'] === etag) {
      res.status(304).end();
      return;
    }
    this.send(res, body, 'inline', 'alianza.ics');
  }

  @Allow(Action.Read, Subject.Milestone) // the milestones the caller may read (SQL)
  @Get('milestones/:id.ics')
  async milestone(
    @Param('id', new UuidPipe('id')) id: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await this.download(req, res, `milestone-${id}.ics`, (actor) =>
      this.calendar.milestone(actor, id),
    );
  }

  @Allow(Action.Read, Subject.Task) // the tasks the caller may read (SQL)
  @Get('tasks/:id.ics')
  async task(
    @Param('id', new UuidPipe('id')) id: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await this.download(req, res, `task-${id}.ics`, (actor) => this.calendar.task(actor, id));
  }

  /** One event as a file to open in a calendar app, read as the signed-in caller. */
  private async download(
    req: Request,
    res: Response,
    fileName: string,
    document: (actor: Actor) => Promise<string>,
  ): Promise<void> {
    const actor = await this.actors.forRequest(req);
    requireViewer(actor);
    const body = await document(actor);
    res.setHeader('cache-control', 'no-store');
    this.send(res, body, 'attachment', fileName);
  }

  private send(res: Response, body: string, disposition: string, fileName: string): void {
    res.setHeader('content-type', 'text/calendar; charset=utf-8');
    res.setHeader('content-disposition', `${disposition}; filename="${fileName}"`);
    res.send(body);
  }
}

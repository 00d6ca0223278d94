import type { Viewer } from '@alianza/shared';
import type { Request, Response } from 'express';

/** An HTTP request after the session middleware: `viewer` is set when signed in. */
export type RequestWithViewer = Request & { viewer?: Viewer };

/** What every GraphQL resolver finds in its context. */
export interface GqlContext {
  req: RequestWithViewer;
  res: Response;
}

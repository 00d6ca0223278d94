import { Injectable, Logger } from '@nestjs/common';

/** Sessions that just ended: by id, or every session of a user but one. */
export type EndedSessions =
  | { readonly sessionIds: readonly string[] }
  | { readonly userId: string; readonly exceptSessionId?: string };

/**
 * Tells whoever holds something tied to a session (the live-update sockets) that sessions
 * ended, once the change that ended them has committed.
 */
@Injectable()
export class SessionEvents {
  private readonly logger = new Logger(SessionEvents.name);
  private readonly listeners = new Set<(ended: EndedSessions) => void>();

  onEnded(listener: (ended: EndedSessions) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  ended(ended: EndedSessions): void {
    for (const listener of this.listeners) {
      try {
        listener(ended);
      } catch (error) {
        this.logger.warn(`A session-ended listener failed: ${String(error)}`);
      }
    }
  }
}

/** Whether `sessionId` of `userId` is among the ended ones. */
export function sessionEnded(ended: EndedSessions, userId: string, sessionId: string): boolean {
  if ('sessionIds' in ended) return ended.sessionIds.includes(sessionId);
  return ended.userId === userId && ended.exceptSessionId !== sessionId;
}

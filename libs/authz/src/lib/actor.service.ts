import { Injectable } from '@nestjs/common';
import { type RequestWithViewer } from '@alianza/api-core';
import { ClaimFacts, Claims, Credential, CredentialHolder, Db } from '@alianza/db';
import { Action, AppError, Subject, Viewer } from '@alianza/shared';
import { EntityManager } from 'typeorm';
import { defineAbilityFor } from './ability.factory';
import {
  accessContextOf,
  EMPTY_ACCESS_CONTEXT,
  loadAccessContext,
  loadOrganizationAccessContext,
  SqlRunner,
} from './access-context';
import { Actor, canOn } from './actor';

const toViewer = (row: CredentialHolder, sessionId: string): Viewer => ({
  userId: row.user_id,
  sessionId,
  email: row.email,
  displayName: row.display_name,
  isPlatformAdmin: row.is_platform_admin === true,
  isFacilitator: row.is_facilitator === true,
  emailVerified: row.email_verified === true,
  ...(row.has_second_factor === undefined ? {} : { hasSecondFactor: row.has_second_factor }),
});

/** Builds (once per request) the actor whose ability guards and scopes everything. */
@Injectable()
export class ActorService {
  /** Once per request on every operation: a prepared statement, planned once per connection. */
  private readonly run: SqlRunner = (sql, values) => this.db.prepared(sql, values);

  constructor(private readonly db: Db) {}

  /**
   * Who holds this session token: no one when it is unknown, expired or revoked. Asked outside
   * any claim (a live socket, now and then), through a function that answers only to the token's
   * holder. The same statement marks the session seen (`last_seen_at`) when its mark is a minute
   * old: no extra statement.
   */
  async sessionViewer(tokenHash: string): Promise<Viewer | undefined> {
    const [row] = await this.db.prepared<CredentialHolder>(
      'SELECT * FROM alianza_rls.session_viewer($1)',
      [tokenHash],
    );
    return row ? toViewer(row, String(row.session_id)) : undefined;
  }

  /**
   * Serves `work` as the actor of whoever holds a request's session or reporting API token,
   * under that user's claim (`Db.runAsHolder`): the request's first transaction looks the token
   * up, marks it seen or used (at most once a minute) and enters the claim in one statement, and
   * the actor is built from the facts it answered (no statement). Undefined, with nothing run
   * and no transaction left open, when the token is unknown, expired or revoked.
   */
  asHolder<T>(
    credential: Credential,
    work: (actor: Actor) => Promise<T>,
  ): Promise<{ value: T } | undefined> {
    return this.db.runAsHolder(credential, async (holder) => {
      const sessionId = holder.token_id
        ? `api-token:${holder.token_id}`
        : holder.feed_id
          ? `calendar-feed:${holder.feed_id}`
          : String(holder.session_id);
      const actor = await this.forViewer(toViewer(holder, sessionId));
      return work(holder.token_id ? { ...actor, apiTokenId: holder.token_id } : actor);
    });
  }

  /**
   * The actor of an operation sent over a live socket, which runs outside any request's claim:
   * its access read under the viewer's own claim (outside it, the row policies show nothing).
   */
  forSocket(viewer: Viewer): Promise<Actor> {
    return this.db.runAs(Claims.user(viewer.userId), () => this.forViewer(viewer));
  }

  async forRequest(req: RequestWithViewer & { actor?: Actor }): Promise<Actor> {
    req.actor ??= await this.forViewer(req.viewer);
    return req.actor;
  }

  /**
   * Rebuilds the request's actor after a change of access: at the end of a mutation's
   * transaction, with what it changed (the claim entered again in it), or after it.
   */
  async refresh(req: RequestWithViewer & { actor?: Actor }): Promise<Actor> {
    const actor = req.viewer
      ? await this.actorOf(req.viewer, await this.db.currentClaimFacts())
      : await this.forViewer(undefined);
    req.actor = actor;
    return actor;
  }

  /**
   * The facilitator's "view as": the access a plain member of `organizationId` has in
   * `collaborationId`, which the facilitator must facilitate. Read-only by construction: the
   * resulting actor may only be used for reads.
   */
  async viewAs(
    facilitator: Actor,
    collaborationId: string,
    organizationId: string,
  ): Promise<Actor> {
    const viewer = facilitator.viewer;
    if (!viewer) throw AppError.unauthenticated();
    if (!canOn(facilitator, Action.ViewAs, Subject.Collaboration, { id: collaborationId }))
      throw AppError.notFound('Collaboration');
    const access = await loadOrganizationAccessContext(this.run, organizationId);
    const participation = access.myParticipations.find(
      (p) => p.collaborationId === collaborationId,
    );
    if (!participation) throw AppError.notFound('Participation of this organization');
    const scoped = {
      ...access,
      ownerOrganizationIds: [],
      myParticipations: access.myParticipations.filter(
        (p) => p.collaborationId === collaborationId,
      ),
    };
    const asMember: Viewer = { ...viewer, isFacilitator: false, isPlatformAdmin: false };
    return { viewer: asMember, access: scoped, ability: defineAbilityFor(asMember, scoped) };
  }

  /**
   * The viewer's actor. Under the viewer's own claim (a request) its access is what the database
   * derived as the transaction entered the claim, the facts the row policies read; otherwise
   * (seeds, jobs) it is read: pass the manager of an open transaction to see its writes.
   */
  async forViewer(viewer: Viewer | undefined, manager?: EntityManager): Promise<Actor> {
    if (!viewer)
      return {
        viewer,
        access: EMPTY_ACCESS_CONTEXT,
        ability: defineAbilityFor(viewer, EMPTY_ACCESS_CONTEXT),
      };
    return this.actorOf(viewer, manager ? undefined : await this.db.claimFacts(), manager);
  }

  /** The actor from the claim's facts when they are the viewer's, else from its access read. */
  private async actorOf(
    viewer: Viewer,
    facts: ClaimFacts | undefined,
    manager?: EntityManager,
  ): Promise<Actor> {
    const access =
      facts && facts.userId === viewer.userId
        ? accessContextOf(facts)
        : await loadAccessContext(
            manager ? (sql, values) => manager.query(sql, values) : this.run,
            viewer.userId,
          );
    return { viewer, access, ability: defineAbilityFor(viewer, access) };
  }
}

import { Injectable } from '@nestjs/common';
import { preparedQuery, type RequestWithViewer } from '@alianza/api-core';
import { AppError, Viewer } from '@alianza/shared';
import { DataSource, EntityManager } from 'typeorm';
import { defineAbilityFor } from './ability.factory';
import {
  EMPTY_ACCESS_CONTEXT,
  loadAccessContext,
  loadApiTokenSecurity,
  loadOrganizationAccessContext,
  loadSessionSecurity,
  SqlRunner,
} from './access-context';
import { Actor } from './actor';

/** Builds (once per request) the actor whose ability guards and scopes everything. */
@Injectable()
export class ActorService {
  /** Once per request on every operation: a prepared statement, planned once per connection. */
  private readonly run: SqlRunner = (sql, values) => preparedQuery(this.dataSource, sql, values);

  constructor(private readonly dataSource: DataSource) {}

  async forRequest(req: RequestWithViewer & { actor?: Actor }): Promise<Actor> {
    req.actor ??= await this.forViewer(req.viewer);
    return req.actor;
  }

  /**
   * The actor of a session token (viewer and access in one query), or an anonymous one when the
   * token is unknown, expired or revoked.
   */
  async forSessionToken(tokenHash: string): Promise<Actor> {
    const { viewer, access } = await loadSessionSecurity(this.run, tokenHash);
    return { viewer, access, ability: defineAbilityFor(viewer, access) };
  }

  /**
   * The actor of a reporting API token: its owner's current access (never more), limited to
   * operations marked `@ReportAccess()`. Anonymous when the token is unknown, expired or revoked.
   */
  async forApiToken(tokenHash: string): Promise<Actor> {
    const { viewer, access, tokenId } = await loadApiTokenSecurity(this.run, tokenHash);
    return { viewer, access, ability: defineAbilityFor(viewer, access), apiTokenId: tokenId };
  }

  /** Rebuilds the request's actor after a change of access (a committed mutation). */
  async refresh(req: RequestWithViewer & { actor?: Actor }): Promise<Actor> {
    req.actor = await this.forViewer(req.viewer);
    return req.actor;
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
    if (!facilitator.access.facilitatedCollaborationIds.includes(collaborationId))
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

  /** An actor outside HTTP (seeds, jobs); pass the manager of an open transaction to see its writes. */
  async forViewer(viewer: Viewer | undefined, manager?: EntityManager): Promise<Actor> {
    const run: SqlRunner = manager ? (sql, values) => manager.query(sql, values) : this.run;
    const access = viewer ? await loadAccessContext(run, viewer.userId) : EMPTY_ACCESS_CONTEXT;
    return { viewer, access, ability: defineAbilityFor(viewer, access) };
  }
}

import { Injectable } from '@nestjs/common';
import type { RequestWithViewer } from '@alianza/api-core';
import { Viewer } from '@alianza/shared';
import { DataSource, EntityManager } from 'typeorm';
import { defineAbilityFor } from './ability.factory';
import { EMPTY_ACCESS_CONTEXT, loadAccessContext } from './access-context';
import { Actor } from './actor';

/** Builds (once per request) the actor whose ability guards and scopes everything. */
@Injectable()
export class ActorService {
  constructor(private readonly dataSource: DataSource) {}

  async forRequest(req: RequestWithViewer & { actor?: Actor }): Promise<Actor> {
    req.actor ??= await this.forViewer(req.viewer);
    return req.actor;
  }

  /** Rebuilds the request's actor after a change of access (a committed mutation). */
  async refresh(req: RequestWithViewer & { actor?: Actor }): Promise<Actor> {
    req.actor = await this.forViewer(req.viewer);
    return req.actor;
  }

  /** An actor outside HTTP (seeds, jobs); pass the manager of an open transaction to see its writes. */
  async forViewer(
    viewer: Viewer | undefined,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Actor> {
    const access = viewer ? await loadAccessContext(manager, viewer.userId) : EMPTY_ACCESS_CONTEXT;
    return { viewer, access, ability: defineAbilityFor(viewer, access) };
  }
}

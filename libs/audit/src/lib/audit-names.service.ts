import { Injectable } from '@nestjs/common';
import { Actor, applyAbility, canOn } from '@alianza/authz';
import { Db } from '@alianza/db';
import { IdentityService } from '@alianza/identity';
import { OrganizationService } from '@alianza/organization';
import { Action, Subject } from '@alianza/shared';
import { AuditNames } from './dtos/audit.types';
import { AuditRecordEntity } from './entities/audit-record.entity';

/**
 * The names a reader of a collaboration's log sees instead of ids (ADR 0040): people by the
 * name of their account, for the facilitator only (`readDetails` of the log); organizations
 * where the reader may read them. Asked of their own domains, one statement each per page.
 */
@Injectable()
export class AuditNamesService {
  constructor(
    private readonly db: Db,
    private readonly identity: IdentityService,
    private readonly organizations: OrganizationService,
  ) {}

  async of(
    actor: Actor,
    collaborationId: string,
    records: readonly AuditRecordEntity[],
  ): Promise<AuditNames> {
    const unique = (ids: (string | null)[]) => [...new Set(ids.filter((id) => id !== null))];
    const [people, organizations] = await Promise.all([
      this.people(actor, collaborationId, unique(records.map((r) => r.actorUserId))),
      this.organizations.findVisible(
        actor,
        unique(records.flatMap((r) => [r.organizationId, r.counterpartOrganizationId])),
      ),
    ]);
    return {
      people,
      organizations: new Map([...organizations].map(([id, o]) => [id, o.name])),
    };
  }

  /**
   * Who a reader who is not the collaboration's facilitator may see acting in these records:
   * itself and the members of its own organizations, by id (never by name).
   */
  async visibleActors(actor: Actor, records: readonly AuditRecordEntity[]): Promise<Set<string>> {
    const userId = actor.viewer?.userId;
    const others = [
      ...new Set(
        records
          .map((r) => r.actorUserId)
          .filter((id): id is string => id !== null && id !== userId),
      ),
    ];
    const colleagues = await this.organizations.colleaguesAmong(actor, others);
    if (userId) colleagues.add(userId);
    return colleagues;
  }

  /** Everyone who acted in the collaboration's log, by name, for its facilitator. */
  async actors(
    actor: Actor,
    collaborationId: string,
  ): Promise<{ id: string; displayName: string }[]> {
    const qb = this.db
      .repo(AuditRecordEntity)
      .createQueryBuilder('a')
      .select('DISTINCT a.actor_user_id', 'id')
      .where('a.collaboration_id = :collaborationId', { collaborationId })
      .andWhere('a.actor_user_id IS NOT NULL');
    applyAbility(qb, actor.ability, Action.ReadDetails, Subject.AuditRecord);
    const ids = (await qb.getRawMany<{ id: string }>()).map((row) => row.id);
    const names = await this.identity.displayNames(ids);
    return [...names]
      .map(([id, displayName]) => ({ id, displayName }))
      .sort((a, b) => a.displayName.localeCompare(b.displayName) || a.id.localeCompare(b.id));
  }

  private async people(
    actor: Actor,
    collaborationId: string,
    ids: string[],
  ): Promise<Map<string, string>> {
    if (!canOn(actor, Action.ReadDetails, Subject.AuditRecord, { collaborationId }))
      return new Map();
    return this.identity.displayNames(ids);
  }
}

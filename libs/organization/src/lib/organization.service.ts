import { Injectable } from '@nestjs/common';
import {
  Actor,
  applyAbility,
  findAllowed,
  memberOrganizationsOf,
  organizationRoleOf,
  requireViewer,
} from '@alianza/authz';
import { groupBy, requestListLoader, requestLoader } from '@alianza/api-core';
import { containsPattern, Db, paginate, PageRequest, PageResult } from '@alianza/db';
import { UserEntity } from '@alianza/identity';
import { Action, AppError, MembershipRole, OrganizationKind, Subject } from '@alianza/shared';
import { OrganizationMembershipEntity } from './entities/organization-membership.entity';
import { OrganizationEntity } from './entities/organization.entity';

export interface OrganizationProfile {
  name?: string;
  kind?: OrganizationKind;
  mission?: string;
  whoWeAre?: string;
  whatWeDo?: string;
  whereWeAreGoing?: string;
}

@Injectable()
export class OrganizationService {
  constructor(private readonly db: Db) {}

  /** Founds an organization; its founder becomes its first owner. */
  async create(
    actor: Actor,
    input: OrganizationProfile & { name: string; kind: OrganizationKind },
  ): Promise<OrganizationEntity> {
    const viewer = requireViewer(actor);
    const organizations = this.db.repo(OrganizationEntity);
    const organization = await organizations.save(
      organizations.create({ ...input, createdBy: viewer.userId }),
    );
    await this.db.repo(OrganizationMembershipEntity).insert({
      organizationId: organization.id,
      userId: viewer.userId,
      role: MembershipRole.OWNER,
    });
    return organization;
  }

  async update(actor: Actor, id: string, input: OrganizationProfile): Promise<OrganizationEntity> {
    const organization = await findAllowed(
      this.db.manager,
      OrganizationEntity,
      Subject.Organization,
      actor,
      Action.Update,
      id,
      {
        label: 'Organization',
        lock: true,
      },
    );
    Object.assign(organization, stripUndefined(input));
    return this.db.repo(OrganizationEntity).save(organization);
  }

  get(actor: Actor, id: string): Promise<OrganizationEntity> {
    return findAllowed(
      this.db.manager,
      OrganizationEntity,
      Subject.Organization,
      actor,
      Action.Read,
      id,
      {
        label: 'Organization',
      },
    );
  }

  async list(
    actor: Actor,
    page: PageRequest,
    filter: { search?: string; mine?: boolean },
  ): Promise<PageResult<OrganizationEntity>> {
    const qb = this.db.repo(OrganizationEntity).createQueryBuilder('o');
    applyAbility(qb, actor.ability, Action.Read, Subject.Organization);
    if (filter.search)
      qb.andWhere(`o.name ILIKE :q ESCAPE '\\'`, { q: containsPattern(filter.search) });
    if (filter.mine) qb.andWhere('o.id = ANY(:mine)', { mine: memberOrganizationsOf(actor) });
    return paginate(qb, page, ['name', 'id'], 'ASC');
  }

  /**
   * One organization the actor may read (null otherwise), loaded with the request's other
   * lookups in one query (`findVisible`): for field resolvers.
   */
  visible(actor: Actor, id: string): Promise<OrganizationEntity | null> {
    return requestLoader(actor, 'organization:visible', (ids) => this.findVisible(actor, ids)).load(
      id,
    );
  }

  /** Batch load for field resolvers: only the organizations the actor may read. */
  async findVisible(
    actor: Actor,
    ids: readonly string[],
  ): Promise<Map<string, OrganizationEntity>> {
    const qb = this.db
      .repo(OrganizationEntity)
      .createQueryBuilder('o')
      .where('o.id = ANY(:ids)', { ids: [...ids] });
    applyAbility(qb, actor.ability, Action.Read, Subject.Organization);
    const rows = await qb.getMany();
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** Of these users, those who are members of one of the caller's organizations (colleagues). */
  async colleaguesAmong(actor: Actor, userIds: readonly string[]): Promise<Set<string>> {
    const organizationIds = memberOrganizationsOf(actor);
    if (userIds.length === 0 || organizationIds.length === 0) return new Set();
    const qb = this.db
      .repo(OrganizationMembershipEntity)
      .createQueryBuilder('m')
      .select('DISTINCT m.user_id', 'user_id')
      .where('m.user_id = ANY(:userIds) AND m.organization_id = ANY(:organizationIds)', {
        userIds: [...userIds],
        organizationIds,
      });
    applyAbility(qb, actor.ability, Action.Read, Subject.OrganizationMembership);
    return new Set((await qb.getRawMany<{ user_id: string }>()).map((row) => row.user_id));
  }

  /** Loaded with those of the request's other organizations in one query (field resolvers). */
  members(actor: Actor, organizationId: string): Promise<OrganizationMembershipEntity[]> {
    return requestListLoader(actor, 'organization:members', async (ids) => {
      const qb = this.db
        .repo(OrganizationMembershipEntity)
        .createQueryBuilder('m')
        .innerJoinAndSelect('m.user', 'u')
        .where('m.organization_id = ANY(:ids)', { ids: [...ids] })
        .orderBy('m.created_at', 'ASC')
        .addOrderBy('m.id', 'ASC');
      applyAbility(qb, actor.ability, Action.Read, Subject.OrganizationMembership);
      return groupBy(await qb.getMany(), (m) => m.organizationId);
    }).load(organizationId);
  }

  /** The caller's role in an organization, if any. */
  roleOf(actor: Actor, organizationId: string): MembershipRole | null {
    return organizationRoleOf(actor, organizationId);
  }

  async changeMemberRole(
    actor: Actor,
    membershipId: string,
    role: MembershipRole,
  ): Promise<OrganizationMembershipEntity> {
    const membership = await this.lockMembership(actor, membershipId, Action.Update);
    if (membership.role === MembershipRole.OWNER && role !== MembershipRole.OWNER) {
      await this.ensureAnotherOwner(membership);
    }
    membership.role = role;
    await this.db.repo(OrganizationMembershipEntity).update({ id: membership.id }, { role });
    return membership;
  }

  async removeMember(actor: Actor, membershipId: string): Promise<OrganizationMembershipEntity> {
    const membership = await this.lockMembership(actor, membershipId, Action.Delete);
    if (membership.role === MembershipRole.OWNER) await this.ensureAnotherOwner(membership);
    await this.db.repo(OrganizationMembershipEntity).delete({ id: membership.id });
    return membership;
  }

  private async lockMembership(
    actor: Actor,
    membershipId: string,
    action: Action,
  ): Promise<OrganizationMembershipEntity> {
    const membership = await findAllowed(
      this.db.manager,
      OrganizationMembershipEntity,
      Subject.OrganizationMembership,
      actor,
      action,
      membershipId,
      { label: 'Membership', lock: true },
    );
    // Serialise owner changes of one organization: lock the organization row too.
    await this.db.repo(OrganizationEntity).findOne({
      where: { id: membership.organizationId },
      lock: { mode: 'pessimistic_write' },
    });
    membership.user = await this.db
      .repo(UserEntity)
      .findOneOrFail({ where: { id: membership.userId } });
    return membership;
  }

  private async ensureAnotherOwner(membership: OrganizationMembershipEntity): Promise<void> {
    const owners = await this.db.repo(OrganizationMembershipEntity).count({
      where: { organizationId: membership.organizationId, role: MembershipRole.OWNER },
    });
    if (owners <= 1) {
      throw AppError.conflict(
        'An organization needs at least one owner: make someone else owner first.',
      );
    }
  }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

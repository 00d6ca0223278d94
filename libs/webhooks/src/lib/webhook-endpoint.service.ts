import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@alianza/api-core';
import {
  Actor,
  facilitatedCollaborationsOf,
  facilitates,
  organizationRoleOf,
  ownedOrganizationsOf,
  participatingCollaborationsOf,
  requireViewer,
} from '@alianza/authz';
import { AuditService } from '@alianza/audit';
import { Db, paginate, PageRequest, PageResult } from '@alianza/db';
import { AppError, AuditActionName, MembershipRole } from '@alianza/shared';
import { Brackets, SelectQueryBuilder } from 'typeorm';
import { WebhookDeliveryEntity } from './entities/webhook-delivery.entity';
import { WebhookEndpointEntity } from './entities/webhook-endpoint.entity';
import { WebhookSecrets } from './webhook-secrets';
import { urlProblem } from './webhook-target';
import {
  ORGANIZATION_EVENT_KINDS,
  WebhookEndpointStatus,
  WebhookEventKind,
  WebhookOwnerKind,
} from './webhook.enums';

/** An address's scheme, host and port: what the audit log keeps of it. */
function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
}

export interface NewWebhookEndpoint {
  collaborationId?: string | null;
  organizationId?: string | null;
  url: string;
  eventKinds: WebhookEventKind[];
  description?: string | null;
}

export interface CreatedWebhookEndpoint {
  endpoint: WebhookEndpointEntity;
  /** The signing secret, shown this once. */
  secret: string;
}

/**
 * Webhook endpoints and their deliveries as their owners see them: a collaboration's
 * facilitators, an organization's owners (ADR 0049). Rows are filtered in SQL twice: by the
 * actor's facts here, and by the row policies underneath. Another party's endpoint is NOT_FOUND.
 */
@Injectable()
export class WebhookEndpointService {
  private readonly logger = new Logger(WebhookEndpointService.name);

  constructor(
    private readonly db: Db,
    private readonly secrets: WebhookSecrets,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(actor: Actor, input: NewWebhookEndpoint): Promise<CreatedWebhookEndpoint> {
    const viewer = requireViewer(actor);
    const collaborationId = input.collaborationId?.toLowerCase() ?? null;
    const organizationId = input.organizationId?.toLowerCase() ?? null;
    if ((collaborationId === null) === (organizationId === null))
      throw AppError.badInput('Give exactly one of collaborationId and organizationId.', {
        field: 'collaborationId',
      });
    if (collaborationId && !facilitates(actor, collaborationId))
      throw AppError.notFound('Collaboration');
    if (organizationId && organizationRoleOf(actor, organizationId) !== MembershipRole.OWNER)
      throw AppError.notFound('Organization');
    const problem = urlProblem(input.url, this.config.webhooks.allowPrivateTargets);
    if (problem) throw AppError.badInput(problem, { field: 'url' });
    const known = new Set<string>(Object.values(WebhookEventKind));
    const unknown = input.eventKinds.filter((k) => !known.has(k));
    if (input.eventKinds.length === 0 || unknown.length > 0)
      throw AppError.badInput(
        unknown.length > 0
          ? `eventKinds: unknown event kind ${unknown.join(', ')}`
          : 'eventKinds must name at least one event kind',
        { field: 'eventKinds' },
      );
    const facilitatorsOnly = organizationId
      ? input.eventKinds.filter((k) => !ORGANIZATION_EVENT_KINDS.includes(k))
      : [];
    if (facilitatorsOnly.length > 0)
      throw AppError.badInput(
        `eventKinds: ${facilitatorsOnly.join(', ')} goes to a collaboration's endpoints only`,
        { field: 'eventKinds' },
      );
    const secret = this.secrets.generate();
    const repo = this.db.repo(WebhookEndpointEntity);
    const endpoint = await repo.save(
      repo.create({
        ownerKind: collaborationId ? WebhookOwnerKind.COLLABORATION : WebhookOwnerKind.ORGANIZATION,
        facilitatedCollaborationId: collaborationId,
        organizationId,
        url: input.url,
        description: input.description?.trim() ?? '',
        eventKinds: [...new Set(input.eventKinds)],
        secretSealed: this.secrets.seal(secret),
        status: WebhookEndpointStatus.ACTIVE,
        consecutiveFailures: 0,
        pausedAt: null,
        createdBy: viewer.userId,
      }),
    );
    this.logger.log(
      { endpointId: endpoint.id, ownerKind: endpoint.ownerKind, userId: viewer.userId },
      'Webhook endpoint created',
    );
    await this.record(actor, 'webhook_endpoint.created', endpoint);
    return { endpoint, secret };
  }

  /** The endpoints the actor owns (of one collaboration or organization, if named), newest first. */
  list(
    actor: Actor,
    page: PageRequest,
    filter: { collaborationId?: string | null; organizationId?: string | null } = {},
  ): Promise<PageResult<WebhookEndpointEntity>> {
    const qb = this.owned(actor);
    if (filter.collaborationId)
      qb.andWhere(`e.owner_kind = 'collaboration' AND e.facilitated_collaboration_id = :cid`, {
        cid: filter.collaborationId.toLowerCase(),
      });
    if (filter.organizationId)
      qb.andWhere(`e.owner_kind = 'organization' AND e.organization_id = :oid`, {
        oid: filter.organizationId.toLowerCase(),
      });
    return paginate(qb, page, ['createdAt', 'id'], 'DESC');
  }

  /** The latest delivery of each of these endpoints the actor owns (one statement). */
  async lastDeliveries(
    actor: Actor,
    endpointIds: readonly string[],
  ): Promise<Map<string, WebhookDeliveryEntity>> {
    const owned = this.owned(actor)
      .select('e.id')
      .andWhere('e.id = ANY(CAST(:endpointIds AS uuid[]))', { endpointIds: [...endpointIds] });
    const rows = await this.db
      .repo(WebhookDeliveryEntity)
      .createQueryBuilder('d')
      .distinctOn(['d.endpoint_id'])
      .where(`d.endpoint_id IN (${owned.getQuery()})`)
      .setParameters(owned.getParameters())
      .orderBy('d.endpoint_id')
      .addOrderBy('d.sequence', 'DESC')
      .getMany();
    return new Map(rows.map((d) => [d.endpointId, d]));
  }

  /** One endpoint the actor owns; NOT_FOUND for anyone else's. */
  async get(actor: Actor, id: string): Promise<WebhookEndpointEntity> {
    const endpoint = await this.owned(actor).andWhere('e.id = :id', { id }).getOne();
    if (!endpoint) throw AppError.notFound('Webhook endpoint');
    return endpoint;
  }

  async pause(actor: Actor, id: string): Promise<WebhookEndpointEntity> {
    const endpoint = await this.get(actor, id);
    if (endpoint.status === WebhookEndpointStatus.PAUSED) return endpoint;
    await this.db
      .repo(WebhookEndpointEntity)
      .update({ id }, { status: WebhookEndpointStatus.PAUSED, pausedAt: () => 'now()' });
    await this.record(actor, 'webhook_endpoint.paused', endpoint);
    return this.get(actor, id);
  }

  /** Active again, failures forgotten: its waiting deliveries go out (due at once). */
  async resume(actor: Actor, id: string): Promise<WebhookEndpointEntity> {
    const endpoint = await this.get(actor, id);
    await this.db
      .repo(WebhookEndpointEntity)
      .update(
        { id },
        { status: WebhookEndpointStatus.ACTIVE, pausedAt: null, consecutiveFailures: 0 },
      );
    await this.record(actor, 'webhook_endpoint.resumed', endpoint, {
      consecutiveFailures: endpoint.consecutiveFailures,
      wasPaused: endpoint.status === WebhookEndpointStatus.PAUSED,
    });
    return this.get(actor, id);
  }

  /** Deletes the endpoint and its deliveries. */
  async remove(actor: Actor, id: string): Promise<boolean> {
    const endpoint = await this.get(actor, id);
    await this.record(actor, 'webhook_endpoint.deleted', endpoint);
    await this.db.repo(WebhookEndpointEntity).delete({ id });
    this.logger.log({ endpointId: id }, 'Webhook endpoint deleted');
    return true;
  }

  /** An endpoint's deliveries, newest first. */
  async deliveries(
    actor: Actor,
    endpointId: string,
    page: PageRequest,
  ): Promise<PageResult<WebhookDeliveryEntity>> {
    await this.get(actor, endpointId);
    const qb = this.db
      .repo(WebhookDeliveryEntity)
      .createQueryBuilder('d')
      .where('d.endpoint_id = :endpointId', { endpointId });
    return paginate(qb, page, ['sequence'], 'DESC');
  }

  /**
   * Sends a delivery again: a new delivery with the same event id and body (receivers
   * deduplicate on `Alianza-Event-Id`), after the endpoint's earlier ones about the same subject.
   */
  async replay(actor: Actor, deliveryId: string): Promise<WebhookDeliveryEntity> {
    const [row] = await this.db.query<{ id: string | null }>(
      'SELECT alianza_rls.replay_webhook_delivery(:id) AS id',
      { id: deliveryId },
    );
    const delivery = row?.id
      ? await this.db.repo(WebhookDeliveryEntity).findOne({ where: { id: row.id } })
      : null;
    const endpoint = delivery
      ? await this.owned(actor).andWhere('e.id = :id', { id: delivery.endpointId }).getOne()
      : null;
    if (!delivery || !endpoint) throw AppError.notFound('Webhook delivery');
    // The collaboration whose event it is: an organization's other collaborations are not told.
    await this.audit.append(delivery.collaborationId, [
      {
        action: 'webhook_delivery.replayed',
        actorUserId: requireViewer(actor).userId,
        subjectType: 'WebhookDelivery',
        subjectId: delivery.id,
        organizationId: endpoint.organizationId,
        payload: {
          endpointId: endpoint.id,
          replayOf: delivery.replayOf,
          eventId: delivery.eventId,
          eventKind: delivery.eventKind,
        },
      },
    ]);
    return delivery;
  }

  /**
   * Records a change of an endpoint in the audit log of each collaboration whose events it
   * receives: its own collaboration's, or those its organization takes part in (where the
   * organization's members read it too). The address is recorded without path or query, which
   * may hold a receiver's token.
   */
  private async record(
    actor: Actor,
    action: AuditActionName,
    endpoint: WebhookEndpointEntity,
    extra: Record<string, unknown> = {},
  ): Promise<void> {
    const collaborations = endpoint.facilitatedCollaborationId
      ? [endpoint.facilitatedCollaborationId]
      : participatingCollaborationsOf(actor, endpoint.organizationId ?? '');
    const entry = {
      action,
      actorUserId: requireViewer(actor).userId,
      subjectType: 'WebhookEndpoint' as const,
      subjectId: endpoint.id,
      organizationId: endpoint.organizationId,
      payload: {
        ownerKind: endpoint.ownerKind,
        origin: originOf(endpoint.url),
        eventKinds: endpoint.eventKinds,
        ...extra,
      },
    };
    for (const collaborationId of collaborations) await this.audit.append(collaborationId, [entry]);
  }

  /** The endpoints the actor owns, by its facts (the row policies say the same). */
  private owned(actor: Actor): SelectQueryBuilder<WebhookEndpointEntity> {
    const collaborations = facilitatedCollaborationsOf(actor);
    const organizations = ownedOrganizationsOf(actor);
    return this.db
      .repo(WebhookEndpointEntity)
      .createQueryBuilder('e')
      .where(
        new Brackets((w) =>
          w
            .where(
              `e.owner_kind = 'collaboration' AND e.facilitated_collaboration_id = ANY(CAST(:collaborations AS uuid[]))`,
              { collaborations },
            )
            .orWhere(
              `e.owner_kind = 'organization' AND e.organization_id = ANY(CAST(:organizations AS uuid[]))`,
              { organizations },
            ),
        ),
      );
  }
}

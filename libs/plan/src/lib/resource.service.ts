import { Injectable } from '@nestjs/common';
import { Actor, canOn } from '@alianza/authz';
import { Db } from '@alianza/db';
import { Action, AppError, ResourceKind, Subject } from '@alianza/shared';
import { ResourceDetailsEntity } from './entities/resource-details.entity';
import { ResourceEntity } from './entities/resource.entity';
import { PlanWrites } from './plan-writes.service';
import { VisibleResource } from './plan.service';

export interface ResourceInput {
  kind: ResourceKind;
  description: string;
  providerOrganizationId?: string | null;
  quantity?: number | null;
  unit?: string | null;
  value?: string | null;
  currency?: string | null;
  confidential?: boolean;
}

/**
 * The resources available or needed at a milestone, which the facilitator adds. Their details
 * go to a table of their own, which the database shows only to those entitled to them.
 */
@Injectable()
export class ResourceService {
  constructor(
    private readonly db: Db,
    private readonly writes: PlanWrites,
  ) {}

  async addResource(
    actor: Actor,
    milestoneId: string,
    input: ResourceInput,
  ): Promise<VisibleResource> {
    const milestone = await this.writes.milestone(actor, milestoneId);
    const collaborationId = milestone.collaborationId;
    if (!canOn(actor, Action.Create, Subject.Resource, { collaborationId })) {
      throw AppError.forbidden('Only the facilitator shapes the plan.');
    }
    await this.writes.holdOpen(actor, collaborationId);
    if ((input.value == null) !== (input.currency == null)) {
      throw AppError.badInput('A value needs its currency, and a currency its value.', {
        field: 'currency',
      });
    }
    const repo = this.db.repo(ResourceEntity);
    const resource = await repo.save(
      repo.create({
        kind: input.kind,
        confidential: input.confidential ?? false,
        milestoneId,
        collaborationId,
      }),
    );
    const detailsRepo = this.db.repo(ResourceDetailsEntity);
    const details = detailsRepo.create({
      resourceId: resource.id,
      collaborationId,
      providerOrganizationId: input.providerOrganizationId ?? null,
      confidential: resource.confidential,
      description: input.description,
      quantity: input.quantity ?? null,
      unit: input.unit ?? null,
      value: input.value ?? null,
      currency: input.currency?.toUpperCase() ?? null,
    });
    await detailsRepo.insert(details);
    await this.writes.record(actor, collaborationId, {
      action: 'plan.resource_added',
      subjectType: 'Resource',
      subjectId: resource.id,
      payload: { kind: resource.kind, confidential: resource.confidential },
      organizationId: details.providerOrganizationId,
    });
    return { resource, details, detailsVisible: true };
  }
}

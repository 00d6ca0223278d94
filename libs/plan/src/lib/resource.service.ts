import { Injectable } from '@nestjs/common';
import { Actor, canOn } from '@alianza/authz';
import { Db } from '@alianza/db';
import { Action, AppError, RemovalOutcome, ResourceKind, Subject } from '@alianza/shared';
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

/** What the facilitator changes of a resource; null clears a quantity, unit, value or currency. */
export interface ResourceChanges {
  kind?: ResourceKind;
  description?: string;
  quantity?: number | null;
  unit?: string | null;
  value?: string | null;
  currency?: string | null;
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
    checkValue(input);
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

  /**
   * Changes a resource's kind and details. Its provider and confidentiality decide who reads
   * it and stay as they are (the database lets no one change them): remove it and add it again.
   */
  async updateResource(
    actor: Actor,
    id: string,
    changes: ResourceChanges,
  ): Promise<VisibleResource> {
    const resource = await this.writes.lockForChange(
      ResourceEntity,
      Subject.Resource,
      'Resource',
      actor,
      Action.Update,
      id,
    );
    const detailsRepo = this.db.repo(ResourceDetailsEntity);
    const details = await detailsRepo.findOneByOrFail({ resourceId: id });
    if (changes.kind !== undefined) resource.kind = changes.kind;
    if (changes.description !== undefined) details.description = changes.description;
    if (changes.quantity !== undefined) details.quantity = changes.quantity;
    if (changes.unit !== undefined) details.unit = changes.unit;
    if (changes.value !== undefined) details.value = changes.value;
    if (changes.currency !== undefined) details.currency = changes.currency?.toUpperCase() ?? null;
    checkValue(details);
    const saved = await this.db.repo(ResourceEntity).save(resource);
    await detailsRepo.update(
      { resourceId: id },
      {
        description: details.description,
        quantity: details.quantity,
        unit: details.unit,
        value: details.value,
        currency: details.currency,
      },
    );
    await this.writes.record(actor, resource.collaborationId, {
      action: 'plan.resource_updated',
      subjectType: 'Resource',
      subjectId: id,
      // Only what changed and never the details (a confidential resource's are for few).
      payload: { kind: resource.kind, changed: Object.keys(changes) },
      organizationId: details.providerOrganizationId,
    });
    // As stored (a value comes back with its two decimals).
    const stored = await detailsRepo.findOneByOrFail({ resourceId: id });
    return { resource: saved, details: stored, detailsVisible: true };
  }

  /** Removes a resource with its details: nothing in the history names a resource. */
  async removeResource(actor: Actor, id: string): Promise<RemovalOutcome> {
    const resource = await this.writes.lockForChange(
      ResourceEntity,
      Subject.Resource,
      'Resource',
      actor,
      Action.Delete,
      id,
    );
    const details = await this.db.repo(ResourceDetailsEntity).findOneBy({ resourceId: id });
    await this.db.repo(ResourceEntity).delete({ id });
    await this.writes.record(actor, resource.collaborationId, {
      action: 'plan.resource_deleted',
      subjectType: 'Resource',
      subjectId: id,
      payload: { kind: resource.kind, confidential: resource.confidential },
      organizationId: details?.providerOrganizationId ?? null,
    });
    return RemovalOutcome.DELETED;
  }
}

function checkValue(resource: { value?: string | null; currency?: string | null }): void {
  if ((resource.value == null) !== (resource.currency == null)) {
    throw AppError.badInput('A value needs its currency, and a currency its value.', {
      field: 'currency',
    });
  }
}

import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdArg, mapPage, Page, requestLoader } from '@alianza/api-core';
import {
  Actor,
  ActorService,
  Allow,
  Authenticated,
  canOn,
  CurrentActor,
  requireViewer,
} from '@alianza/authz';
import { Claims, Db } from '@alianza/db';
import { ReasonInput } from '@alianza/collaboration';
import { Action, AppError, Subject } from '@alianza/shared';
import { AreaService } from './area.service';
import { DisclosureService } from './disclosure.service';
import {
  ApproveDisclosureInput,
  AreaInput,
  DecisionMessageInput,
  DisclosureRequestInput,
  DisclosureRequestsArgs,
  ItemContentInput,
  ItemsArgs,
  OverlapInput,
  PublicationsArgs,
  PublishInput,
  SharedArgs,
  UpdateAreaInput,
  UpdateOverlapInput,
  ViewAsSharedArgs,
} from './dtos/disclosure.inputs';
import {
  AreaType,
  DisclosureFlagsType,
  DisclosureRequestConnection,
  DisclosureRequestType,
  GrantToReviewType,
  GrantType,
  HiddenValueWarningType,
  ItemConnection,
  ItemFieldObject,
  ItemType,
  ItemVersionType,
  OverlapType,
  PublicationConnection,
  PublicationType,
  RecipientPreviewType,
  RedactedContentType,
  SharedItemConnection,
  SharedItemType,
} from './dtos/disclosure.types';
import { GrantReviewService } from './grant-review.service';
import { ItemService } from './item.service';
import { OverlapService } from './overlap.service';
import { PublicationService } from './publication.service';
import { SharedEntry, SharedService } from './shared.service';
import { DisclosureReadService } from './disclosure-read.service';

function toSharedItem(entry: SharedEntry, viewAsOrganizationId?: string): SharedItemType {
  const g = entry.grant;
  const date = g.createdAt.toISOString().slice(0, 10);
  return Object.assign(new SharedItemType(), {
    grantId: g.id,
    reference: g.reference,
    collaborationId: g.collaborationId,
    itemId: g.itemId,
    title: entry.title,
    version: entry.version,
    areaId: g.areaId,
    areaName: entry.areaName,
    ownerOrganizationId: g.ownerOrganizationId,
    ownerOrganizationName: entry.ownerName,
    thirdPartyRule: entry.thirdPartyRule,
    grantedAt: g.createdAt,
    validUntil: g.validUntil,
    viewAsOrganizationId,
    watermark: {
      line: `Para ${entry.recipientName} · de ${entry.ownerName} · ${entry.collaborationTitle} · ${date} · ref. ${g.reference}`,
      recipientName: entry.recipientName,
      ownerName: entry.ownerName,
      collaborationTitle: entry.collaborationTitle,
      grantedAt: g.createdAt,
      reference: g.reference,
    },
  });
}

@Resolver(() => AreaType)
export class AreaResolver {
  constructor(
    private readonly areaService: AreaService,
    private readonly overlapService: OverlapService,
  ) {}

  @Authenticated() // the facilitator and active participants; nobody else sees any
  @Query(() => [AreaType], { description: 'The areas of exchange of a collaboration.' })
  async areas(
    @CurrentActor() actor: Actor,
    @IdArg('collaborationId') collaborationId: string,
  ): Promise<AreaType[]> {
    return (await this.areaService.list(actor, collaborationId)).map(AreaType.from);
  }

  @Allow(Action.Create, Subject.Area)
  @Mutation(() => AreaType)
  async createArea(
    @CurrentActor() actor: Actor,
    @IdArg('collaborationId') collaborationId: string,
    @Args('input') input: AreaInput,
  ): Promise<AreaType> {
    return AreaType.from(await this.areaService.create(actor, collaborationId, input));
  }

  @Allow(Action.Update, Subject.Area)
  @Mutation(() => AreaType, { description: 'Rename an area or change its sensitivity.' })
  async updateArea(
    @CurrentActor() actor: Actor,
    @IdArg('id') id: string,
    @Args('input') input: UpdateAreaInput,
  ): Promise<AreaType> {
    return AreaType.from((await this.areaService.update(actor, id, input)).area);
  }

  @Allow(Action.Read, Subject.Overlap) // the facilitator: all; an active participant: its own (SQL)
  @Query(() => [OverlapType], {
    description:
      'Declared overlaps: the facilitator sees all; an active participant those that involve its organization.',
  })
  async overlaps(
    @CurrentActor() actor: Actor,
    @IdArg('collaborationId') collaborationId: string,
  ): Promise<OverlapType[]> {
    return (await this.overlapService.list(actor, collaborationId)).map(OverlapType.from);
  }

  @Allow(Action.Create, Subject.Overlap)
  @Mutation(() => OverlapType, {
    description: 'Declare that these organizations’ activities collide in an area.',
  })
  async declareOverlap(
    @CurrentActor() actor: Actor,
    @IdArg('areaId') areaId: string,
    @Args('input') input: OverlapInput,
  ): Promise<OverlapType> {
    return OverlapType.from(await this.overlapService.declare(actor, areaId, input));
  }

  @Allow(Action.Update, Subject.Overlap)
  @Mutation(() => OverlapType)
  async updateOverlap(
    @CurrentActor() actor: Actor,
    @IdArg('id') id: string,
    @Args('input') input: UpdateOverlapInput,
  ): Promise<OverlapType> {
    return OverlapType.from(await this.overlapService.update(actor, id, input));
  }

  @Allow(Action.Delete, Subject.Overlap)
  @Mutation(() => OverlapType)
  async removeOverlap(@CurrentActor() actor: Actor, @IdArg('id') id: string): Promise<OverlapType> {
    return OverlapType.from(await this.overlapService.remove(actor, id));
  }
}

@Resolver(() => ItemType)
export class ItemResolver {
  constructor(
    private readonly itemService: ItemService,
    private readonly reads: DisclosureReadService,
  ) {}

  @ResolveField(() => [GrantType], {
    description:
      'Which organizations hold a grant on which version, and its state (owner and facilitator).',
  })
  async grants(@Parent() item: ItemType, @CurrentActor() actor: Actor): Promise<GrantType[]> {
    return (await this.reads.grantsOfItem(actor, item.id)).map((g) => GrantType.from(g));
  }

  @Authenticated() // an organization's members see its items; the facilitator sees all
  @Query(() => ItemConnection)
  async items(@CurrentActor() actor: Actor, @Args() args: ItemsArgs): Promise<Page<ItemType>> {
    return mapPage(
      await this.itemService.list(actor, args.collaborationId, args, args),
      ItemType.from,
    );
  }

  @Authenticated()
  @Query(() => ItemType)
  async item(@CurrentActor() actor: Actor, @IdArg('id') id: string): Promise<ItemType> {
    return ItemType.from(await this.itemService.get(actor, id));
  }

  @Allow(Action.Create, Subject.Item)
  @Mutation(() => ItemVersionType, { description: 'Add an item of your organization (version 1).' })
  async createItem(
    @CurrentActor() actor: Actor,
    @IdArg('participationId') participationId: string,
    @IdArg('areaId') areaId: string,
    @Args('input') input: ItemContentInput,
  ): Promise<ItemVersionType> {
    return ItemVersionType.from(
      (await this.itemService.create(actor, participationId, areaId, input)).version,
    );
  }

  @Allow(Action.Update, Subject.Item)
  @Mutation(() => ItemVersionType, { description: 'Edit an item: creates its next version.' })
  async editItem(
    @CurrentActor() actor: Actor,
    @IdArg('itemId') itemId: string,
    @Args('input') input: ItemContentInput,
  ): Promise<ItemVersionType> {
    return ItemVersionType.from((await this.itemService.edit(actor, itemId, input)).version);
  }

  @ResolveField(() => ItemVersionType)
  async latest(@Parent() item: ItemType, @CurrentActor() actor: Actor): Promise<ItemVersionType> {
    return ItemVersionType.from(await this.reads.latestVersion(actor, item));
  }

  @ResolveField(() => [ItemVersionType], { description: 'Every version, newest first.' })
  async versions(
    @Parent() item: ItemType,
    @CurrentActor() actor: Actor,
  ): Promise<ItemVersionType[]> {
    return (await this.reads.versions(actor, item.id)).map(ItemVersionType.from);
  }
}

@Resolver(() => DisclosureRequestType)
export class DisclosureRequestResolver {
  constructor(
    private readonly disclosureService: DisclosureService,
    private readonly reads: DisclosureReadService,
  ) {}

  @Authenticated() // the facilitator's queue; an organization's own requests
  @Query(() => DisclosureRequestConnection)
  async disclosureRequests(
    @CurrentActor() actor: Actor,
    @IdArg('collaborationId') collaborationId: string,
    @Args() args: DisclosureRequestsArgs,
  ): Promise<Page<DisclosureRequestType>> {
    return mapPage(
      await this.reads.requests(actor, collaborationId, args, args),
      DisclosureRequestType.from,
    );
  }

  @Authenticated()
  @Query(() => DisclosureRequestType)
  async disclosureRequest(
    @CurrentActor() actor: Actor,
    @IdArg('id') id: string,
  ): Promise<DisclosureRequestType> {
    return DisclosureRequestType.from(await this.disclosureService.getRequest(actor, id));
  }

  @Allow(Action.Create, Subject.DisclosureRequest)
  @Mutation(() => DisclosureRequestType, {
    description:
      'Ask to share an item version. In an open area without overlap it is approved at once.',
  })
  async requestDisclosure(
    @CurrentActor() actor: Actor,
    @IdArg('itemId') itemId: string,
    @Args('input') input: DisclosureRequestInput,
  ): Promise<DisclosureRequestType> {
    return DisclosureRequestType.from(await this.disclosureService.request(actor, itemId, input));
  }

  @Allow(Action.Decide, Subject.DisclosureRequest)
  @Mutation(() => DisclosureRequestType, {
    description: 'Approve, optionally with extra redactions per recipient.',
  })
  async approveDisclosure(
    @CurrentActor() actor: Actor,
    @IdArg('requestId') requestId: string,
    @Args('input', { nullable: true }) input?: ApproveDisclosureInput,
  ): Promise<DisclosureRequestType> {
    return DisclosureRequestType.from(
      await this.disclosureService.approve(actor, requestId, input ?? {}),
    );
  }

  @Allow(Action.Decide, Subject.DisclosureRequest)
  @Mutation(() => DisclosureRequestType)
  async requestDisclosureChanges(
    @CurrentActor() actor: Actor,
    @IdArg('requestId') requestId: string,
    @Args('input') input: DecisionMessageInput,
  ): Promise<DisclosureRequestType> {
    return DisclosureRequestType.from(
      await this.disclosureService.requestChanges(actor, requestId, input.message),
    );
  }

  @Allow(Action.Decide, Subject.DisclosureRequest)
  @Mutation(() => DisclosureRequestType)
  async rejectDisclosure(
    @CurrentActor() actor: Actor,
    @IdArg('requestId') requestId: string,
    @Args('input') input: DecisionMessageInput,
  ): Promise<DisclosureRequestType> {
    return DisclosureRequestType.from(
      await this.disclosureService.reject(actor, requestId, input.message),
    );
  }

  @Allow(Action.Update, Subject.DisclosureRequest)
  @Mutation(() => DisclosureRequestType, {
    description: 'Take back a request that is still pending (owner).',
  })
  async withdrawDisclosureRequest(
    @CurrentActor() actor: Actor,
    @IdArg('requestId') requestId: string,
  ): Promise<DisclosureRequestType> {
    return DisclosureRequestType.from(await this.disclosureService.withdraw(actor, requestId));
  }

  @Allow(Action.Revoke, Subject.Grant)
  @Mutation(() => GrantType, { description: 'Revoke a grant at once (facilitator or owner).' })
  async revokeGrant(
    @CurrentActor() actor: Actor,
    @IdArg('grantId') grantId: string,
    @Args('input', { nullable: true }) input?: ReasonInput,
  ): Promise<GrantType> {
    return GrantType.from(await this.disclosureService.revoke(actor, grantId, input?.reason ?? ''));
  }

  @ResolveField(() => ItemVersionType, {
    description: 'The version asked for, unredacted (owner and facilitator).',
  })
  async itemVersion(
    @Parent() request: DisclosureRequestType,
    @CurrentActor() actor: Actor,
  ): Promise<ItemVersionType> {
    return ItemVersionType.from(await this.reads.requestedVersion(actor, request));
  }

  @ResolveField(() => DisclosureFlagsType)
  flags(
    @Parent() request: DisclosureRequestType,
    @CurrentActor() actor: Actor,
  ): Promise<DisclosureFlagsType> {
    return this.reads.flags(actor, request);
  }

  @ResolveField(() => [HiddenValueWarningType], {
    description:
      'Hidden fields whose value each recipient could still read elsewhere: with the proposal while pending, with each grant’s redaction once approved. Approving while there are any needs acknowledgeHiddenValueLeaks.',
  })
  hiddenValueWarnings(
    @Parent() request: DisclosureRequestType,
    @CurrentActor() actor: Actor,
  ): Promise<HiddenValueWarningType[]> {
    return this.reads.hiddenValueWarnings(actor, request);
  }

  @ResolveField(() => [RecipientPreviewType], {
    description: 'Exactly what each recipient would see, if approved as proposed.',
  })
  async previews(
    @Parent() request: DisclosureRequestType,
    @CurrentActor() actor: Actor,
  ): Promise<RecipientPreviewType[]> {
    return (await this.reads.previews(actor, request)).map((preview) => ({
      ...preview,
      content: { ...preview.content, fields: preview.content.fields.map(ItemFieldObject.from) },
    }));
  }

  @ResolveField(() => [GrantType], {
    description: 'Grants made by the approval, with their state.',
  })
  async grants(
    @Parent() request: DisclosureRequestType,
    @CurrentActor() actor: Actor,
  ): Promise<GrantType[]> {
    return (await this.reads.grantsOfRequest(actor, request.id)).map((g) => GrantType.from(g));
  }
}

@Resolver(() => SharedItemType)
export class SharedResolver {
  constructor(
    private readonly sharedService: SharedService,
    private readonly actorService: ActorService,
    private readonly db: Db,
  ) {}

  @Authenticated() // only valid grants to the caller's organizations, in their approved form
  @Query(() => SharedItemConnection, { description: 'What other organizations shared with yours.' })
  async sharedWithMe(
    @CurrentActor() actor: Actor,
    @Args() args: SharedArgs,
  ): Promise<SharedItemConnection> {
    const page = await this.sharedService.sharedWith(actor, args, args);
    return { ...page, nodes: page.nodes.map((entry) => toSharedItem(entry)) };
  }

  @Allow(Action.ViewAs, Subject.Collaboration)
  @Query(() => SharedItemConnection, {
    description: '"View as": what one participant sees (facilitator, read-only).',
  })
  async sharedWithOrganization(
    @CurrentActor() actor: Actor,
    @Args() args: ViewAsSharedArgs,
  ): Promise<SharedItemConnection> {
    const asParticipant = await this.actorService.viewAs(
      actor,
      args.collaborationId,
      args.organizationId,
    );
    // Read under the participant's own claim: the database shows exactly what it would see.
    const page = await this.db.runAs(
      Claims.viewAs(requireViewer(actor).userId, args.organizationId, args.collaborationId),
      () => this.sharedService.sharedWith(asParticipant, args, args),
    );
    return { ...page, nodes: page.nodes.map((entry) => toSharedItem(entry, args.organizationId)) };
  }

  @ResolveField(() => RedactedContentType, {
    nullable: true,
    description: 'The approved, redacted content. Reading it is recorded in the audit log.',
  })
  async content(
    @Parent() shared: SharedItemType,
    @CurrentActor() actor: Actor,
  ): Promise<RedactedContentType | null> {
    const viewAs = shared.viewAsOrganizationId;
    // The "view as" reader is built once per batch of a page's grants, not once per grant.
    const loader = requestLoader(actor, `grant-content:${viewAs ?? 'self'}`, async (ids) => {
      if (!viewAs) return this.sharedService.contents(actor, ids, viewAs);
      const reader = await this.actorService.viewAs(actor, shared.collaborationId, viewAs);
      return this.db.runAs(
        Claims.viewAs(requireViewer(actor).userId, viewAs, shared.collaborationId),
        () => this.sharedService.contents(reader, ids, viewAs),
      );
    });
    const content = await loader.load(shared.grantId);
    if (!content) return null;
    return { ...content, fields: content.fields.map(ItemFieldObject.from) };
  }
}

@Resolver(() => PublicationType)
export class PublicationResolver {
  constructor(
    private readonly publicationService: PublicationService,
    private readonly grantReviewService: GrantReviewService,
  ) {}

  @Authenticated() // the facilitator's own; those delivered to an active participant
  @Query(() => PublicationConnection)
  async publications(
    @CurrentActor() actor: Actor,
    @Args() args: PublicationsArgs,
  ): Promise<Page<PublicationType>> {
    return mapPage(
      await this.publicationService.list(actor, args.collaborationId, args),
      PublicationType.from,
    );
  }

  @Allow(Action.Create, Subject.Publication)
  @Mutation(() => PublicationType, { description: 'Publish a text to participants (facilitator).' })
  async publish(
    @CurrentActor() actor: Actor,
    @IdArg('collaborationId') collaborationId: string,
    @Args('input') input: PublishInput,
  ): Promise<PublicationType> {
    return PublicationType.from(
      await this.publicationService.publish(actor, collaborationId, input),
    );
  }

  @Allow(Action.Review, Subject.Grant)
  @Query(() => [GrantToReviewType], {
    description:
      'Valid grants that the rules now in force would not allow: revoke them, or keep them with a reason.',
  })
  async grantsNeedingReview(
    @CurrentActor() actor: Actor,
    @IdArg('collaborationId') collaborationId: string,
  ): Promise<GrantToReviewType[]> {
    if (!canOn(actor, Action.Review, Subject.Grant, { collaborationId }))
      throw AppError.notFound('Collaboration');
    const list = await this.grantReviewService.list(actor, collaborationId);
    return list.map((entry) => ({ grant: GrantType.from(entry.grant), reasons: entry.reasons }));
  }

  @Allow(Action.Review, Subject.Grant)
  @Mutation(() => GrantType, {
    description: 'Keep a grant that new rules would not allow, saying why (facilitator).',
  })
  async keepGrant(
    @CurrentActor() actor: Actor,
    @IdArg('grantId') grantId: string,
    @Args('input') input: DecisionMessageInput,
  ): Promise<GrantType> {
    return GrantType.from(await this.grantReviewService.keep(actor, grantId, input.message));
  }
}

@Resolver(() => SharedItemConnection)
export class SharedItemConnectionResolver {
  @ResolveField(() => Int, {
    description: 'How many items match, over all pages (costs a count: ask only when shown).',
  })
  totalCount(@Parent() connection: SharedItemConnection): Promise<number> {
    return connection.countTotal();
  }
}

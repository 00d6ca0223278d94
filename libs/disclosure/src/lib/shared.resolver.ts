import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { edgesOf, pageInfoOf, requestLoader } from '@alianza/api-core';
import {
  Actor,
  ActorService,
  Allow,
  Authenticated,
  CurrentActor,
  requireViewer,
} from '@alianza/authz';
import { Claims, Db } from '@alianza/db';
import { Action, Subject } from '@alianza/shared';
import { SharedArgs, ViewAsSharedArgs } from './dtos/disclosure.inputs';
import {
  ItemFieldObject,
  RedactedContentType,
  SharedItemConnection,
  SharedItemType,
} from './dtos/disclosure.types';
import { SharedEntry, SharedPage, SharedService } from './shared.service';

function toConnection(page: SharedPage, viewAsOrganizationId?: string): SharedItemConnection {
  const nodes = page.nodes.map((entry) => toSharedItem(entry, viewAsOrganizationId));
  return {
    nodes,
    edges: edgesOf(nodes, page.cursors),
    pageInfo: pageInfoOf(page),
    countTotal: page.countTotal,
  };
}

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
    return toConnection(page);
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
    return toConnection(page, args.organizationId);
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

import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdArg, mapPage, Page } from '@alianza/api-core';
import { Actor, Allow, Authenticated, CurrentActor } from '@alianza/authz';
import { Action, Subject } from '@alianza/shared';
import { DisclosureDecisionService } from './disclosure-decision.service';
import { DisclosureReadService } from './disclosure-read.service';
import { DisclosureRequestService } from './disclosure-request.service';
import { FileShareType } from './dtos/file-share.types';
import {
  ApproveDisclosureInput,
  DecisionMessageInput,
  DisclosureRequestInput,
  DisclosureRequestsArgs,
} from './dtos/disclosure.inputs';
import {
  DisclosureFlagsType,
  DisclosureRequestConnection,
  DisclosureRequestType,
  GrantType,
  HiddenValueWarningType,
  ItemFieldObject,
  ItemVersionType,
  RecipientPreviewType,
} from './dtos/disclosure.types';

@Resolver(() => DisclosureRequestType)
export class DisclosureRequestResolver {
  constructor(
    private readonly requests: DisclosureRequestService,
    private readonly decisions: DisclosureDecisionService,
    private readonly reads: DisclosureReadService,
  ) {}

  @Authenticated() // the facilitator's queue; an organization's own requests
  @Query(() => DisclosureRequestConnection, {
    description: 'The disclosure requests of a collaboration the viewer may read, oldest first.',
  })
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
  @Query(() => DisclosureRequestType, {
    description: 'One disclosure request: for the facilitator and the owner organization.',
  })
  async disclosureRequest(
    @CurrentActor() actor: Actor,
    @IdArg('id', 'The id of the disclosure request.') id: string,
  ): Promise<DisclosureRequestType> {
    return DisclosureRequestType.from(await this.reads.request(actor, id));
  }

  @Allow(Action.Create, Subject.DisclosureRequest)
  @Mutation(() => DisclosureRequestType, {
    description:
      'Ask to share an item version. In an open area without overlap it is approved at once.',
  })
  async requestDisclosure(
    @CurrentActor() actor: Actor,
    @IdArg('itemId') itemId: string,
    @Args('input', { description: 'What to share, with whom, and what to hide.' })
    input: DisclosureRequestInput,
  ): Promise<DisclosureRequestType> {
    return DisclosureRequestType.from(await this.requests.request(actor, itemId, input));
  }

  @Allow(Action.Decide, Subject.DisclosureRequest)
  @Mutation(() => DisclosureRequestType, {
    description: 'Approve, optionally with extra redactions per recipient.',
  })
  async approveDisclosure(
    @CurrentActor() actor: Actor,
    @IdArg('requestId') requestId: string,
    @Args('input', {
      description: 'A message to the owner and what to hide per recipient.',
      nullable: true,
    })
    input?: ApproveDisclosureInput,
  ): Promise<DisclosureRequestType> {
    return DisclosureRequestType.from(await this.decisions.approve(actor, requestId, input ?? {}));
  }

  @Allow(Action.Decide, Subject.DisclosureRequest)
  @Mutation(() => DisclosureRequestType, {
    description: 'Sends a disclosure request back to its owner with what to change (facilitator).',
  })
  async requestDisclosureChanges(
    @CurrentActor() actor: Actor,
    @IdArg('requestId') requestId: string,
    @Args('input', { description: 'What to change.' }) input: DecisionMessageInput,
  ): Promise<DisclosureRequestType> {
    return DisclosureRequestType.from(
      await this.decisions.requestChanges(actor, requestId, input.message),
    );
  }

  @Allow(Action.Decide, Subject.DisclosureRequest)
  @Mutation(() => DisclosureRequestType, {
    description: 'Rejects a disclosure request, with the reason (facilitator).',
  })
  async rejectDisclosure(
    @CurrentActor() actor: Actor,
    @IdArg('requestId') requestId: string,
    @Args('input', { description: 'Why it is rejected.' }) input: DecisionMessageInput,
  ): Promise<DisclosureRequestType> {
    return DisclosureRequestType.from(await this.decisions.reject(actor, requestId, input.message));
  }

  @Allow(Action.Update, Subject.DisclosureRequest)
  @Mutation(() => DisclosureRequestType, {
    description: 'Take back a request that is still pending (owner).',
  })
  async withdrawDisclosureRequest(
    @CurrentActor() actor: Actor,
    @IdArg('requestId') requestId: string,
  ): Promise<DisclosureRequestType> {
    return DisclosureRequestType.from(await this.requests.withdraw(actor, requestId));
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

  @ResolveField(() => DisclosureFlagsType, {
    description: 'What the facilitator should weigh: overlaps and the rule on passing it on.',
  })
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
      files: preview.files.map(FileShareType.from),
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

import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdArg, mapPage, Page, useInstead } from '@alianza/api-core';
import { Actor, Allow, Authenticated, CurrentActor } from '@alianza/authz';
import { Action, Subject } from '@alianza/shared';
import { Balances, LedgerService } from './ledger.service';
import {
  DeclareContributionInput,
  declaredValue,
  LedgerEntriesArgs,
  LedgerSettingsInput,
  settingsValues,
  ReasonRequiredInput,
  SettleLedgerDisputeInput,
} from './dtos/ledger.inputs';
import {
  LedgerBalancesType,
  LedgerEntryConnection,
  LedgerEntryType,
  LedgerSettingsType,
  toSettings,
} from './dtos/ledger.types';

@Resolver(() => LedgerEntryType)
export class LedgerResolver {
  constructor(private readonly ledgerService: LedgerService) {}

  @Authenticated() // the facilitator and active participants of the collaboration
  @Query(() => LedgerSettingsType, {
    description: "How the collaboration's ledger values contributions.",
  })
  async ledgerSettings(
    @CurrentActor() actor: Actor,
    @IdArg('collaborationId') collaborationId: string,
  ): Promise<LedgerSettingsType> {
    const s = await this.ledgerService.settings(actor, collaborationId);
    return toSettings(s, await this.ledgerService.scaleLocked(collaborationId));
  }

  @Allow(Action.Update, Subject.LedgerSettings)
  @Mutation(() => LedgerSettingsType, {
    description: 'Set the valuation scale and per-area disclosure values (facilitator).',
  })
  async setLedgerSettings(
    @CurrentActor() actor: Actor,
    @IdArg('collaborationId') collaborationId: string,
    @Args('input', { description: 'The settings.' }) input: LedgerSettingsInput,
  ): Promise<LedgerSettingsType> {
    const s = await this.ledgerService.setSettings(actor, collaborationId, settingsValues(input));
    return toSettings(s, await this.ledgerService.scaleLocked(collaborationId));
  }

  @Authenticated() // only the ledgers of collaborations the caller facilitates or actively joins
  @Query(() => LedgerEntryConnection, {
    description: 'The ledger entries of a collaboration the viewer may read, newest first.',
  })
  async ledgerEntries(
    @CurrentActor() actor: Actor,
    @Args() args: LedgerEntriesArgs,
  ): Promise<Page<LedgerEntryType>> {
    return mapPage(
      await this.ledgerService.entries(actor, args.collaborationId, args, args),
      LedgerEntryType.from,
    );
  }

  @Authenticated()
  @Query(() => LedgerBalancesType, {
    description: '"Debe y haber": balances over confirmed entries.',
  })
  ledgerBalances(
    @CurrentActor() actor: Actor,
    @IdArg('collaborationId') collaborationId: string,
  ): Promise<Balances> {
    return this.ledgerService.balances(actor, collaborationId);
  }

  @Allow(Action.Create, Subject.LedgerEntry)
  @Mutation(() => [LedgerEntryType], {
    description: 'Declare what your organization gave; receivers confirm it.',
  })
  async declareContribution(
    @CurrentActor() actor: Actor,
    @IdArg('collaborationId') collaborationId: string,
    @Args('input', { description: 'The contribution.' }) input: DeclareContributionInput,
  ): Promise<LedgerEntryType[]> {
    const { valueDecimal: _, ...rest } = input;
    const contribution = { ...rest, value: declaredValue(input) };
    return (await this.ledgerService.declare(actor, collaborationId, contribution)).map(
      LedgerEntryType.from,
    );
  }

  @Allow(Action.Confirm, Subject.LedgerEntry)
  @Mutation(() => LedgerEntryType, {
    description: 'Confirm a contribution your organization received.',
  })
  async confirmLedgerEntry(
    @CurrentActor() actor: Actor,
    @IdArg('entryId') entryId: string,
  ): Promise<LedgerEntryType> {
    return LedgerEntryType.from(await this.ledgerService.respond(actor, entryId, true));
  }

  @Allow(Action.Confirm, Subject.LedgerEntry)
  @Mutation(() => LedgerEntryType, {
    description: 'Dispute a contribution declared as given to your organization.',
  })
  async disputeLedgerEntry(
    @CurrentActor() actor: Actor,
    @IdArg('entryId') entryId: string,
    @Args('input', { description: 'Why the entry is disputed.' }) input: ReasonRequiredInput,
  ): Promise<LedgerEntryType> {
    return LedgerEntryType.from(
      await this.ledgerService.respond(actor, entryId, false, input.reason),
    );
  }

  @Allow(Action.Settle, Subject.LedgerEntry)
  @Mutation(() => LedgerEntryType, {
    description: 'Settle a dispute (facilitator): the entry counts (uphold) or is voided.',
  })
  async settleLedgerDispute(
    @CurrentActor() actor: Actor,
    @IdArg('entryId') entryId: string,
    @Args('input', { description: 'The ruling and why.' }) input: SettleLedgerDisputeInput,
  ): Promise<LedgerEntryType> {
    return LedgerEntryType.from(
      await this.ledgerService.settle(actor, entryId, input.uphold, input.reason),
    );
  }

  @Allow(Action.Settle, Subject.LedgerEntry)
  @Mutation(() => LedgerEntryType, {
    description: 'Settle a dispute: the entry counts (uphold) or not (facilitator).',
    deprecationReason: useInstead('settleLedgerDispute'),
  })
  async settleLedgerEntry(
    @CurrentActor() actor: Actor,
    @IdArg('entryId') entryId: string,
    @Args('uphold', { description: 'True to uphold the entry as declared, false to void it.' })
    uphold: boolean,
    @Args('input', { description: 'Why.' }) input: ReasonRequiredInput,
  ): Promise<LedgerEntryType> {
    return LedgerEntryType.from(
      await this.ledgerService.settle(actor, entryId, uphold, input.reason),
    );
  }
}

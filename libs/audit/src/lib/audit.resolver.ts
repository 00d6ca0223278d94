import {
  Args,
  ArgsType,
  Field,
  GraphQLISODateTime,
  ID,
  Int,
  ObjectType,
  Query,
  registerEnumType,
  Resolver,
} from '@nestjs/graphql';
import { Connection, IdArg, mapPage, Page, PageArgs, IdInput } from '@alianza/api-core';
import { Actor, Allow, Authenticated, canOn, CurrentActor } from '@alianza/authz';
import { Action, AppError, AuditChainFailure, AuditMacKind, Subject } from '@alianza/shared';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';
import { AuditRecordEntity } from './audit-record.entity';
import { AuditService } from './audit.service';

registerEnumType(AuditMacKind, {
  name: 'AuditMacKind',
  description: 'How an audit record is bound to its chain.',
  valuesMap: {
    LEGACY_SHA256: {
      description: 'Written before keyed records: an unkeyed SHA-256, verified by the old rule.',
    },
    HMAC_SHA256: { description: 'An HMAC-SHA256 under an audit key the database does not hold.' },
  },
});

registerEnumType(AuditChainFailure, {
  name: 'AuditChainFailure',
  description: 'Why an audit chain failed verification (the first problem found).',
  valuesMap: {
    SEQUENCE_GAP: { description: 'A record is missing: the next sequence number is not there.' },
    LINK_MISMATCH: {
      description:
        'A record does not point at the one before it (reordered, or one before rewritten).',
    },
    MAC_MISMATCH: { description: "A record's content does not match its MAC (or legacy hash)." },
    UNKNOWN_KEY: { description: 'A record names an audit key that is not configured.' },
    UNEXPECTED_LEGACY: {
      description: 'An unkeyed (legacy) record after the point where only keyed ones may be.',
    },
    CHECKPOINT_MISMATCH: {
      description: 'The record at a checkpoint no longer carries the MAC the checkpoint saw.',
    },
    TRUNCATED: {
      description: 'The chain ends before its latest checkpoint: records were removed.',
    },
    CHECKPOINT_INVALID: {
      description: 'The latest checkpoint is not signed by a known audit key.',
    },
  },
});

@ObjectType('AuditRecord')
export class AuditRecordType {
  @Field(() => ID) id!: string;
  @Field(() => Int) seq!: number;
  @Field() action!: string;
  @Field(() => ID, { nullable: true }) actorUserId!: string | null;
  @Field() subjectType!: string;
  @Field(() => ID) subjectId!: string;
  @Field(() => ID, { nullable: true }) organizationId!: string | null;
  @Field(() => ID, { nullable: true }) counterpartOrganizationId!: string | null;
  @Field({ description: 'JSON.' }) payload!: string;
  @Field() prevHash!: string;
  @Field({ description: "This record's link: its HMAC, or for a legacy record its SHA-256." })
  hash!: string;
  @Field(() => AuditMacKind) macKind!: AuditMacKind;
  @Field(() => String, { nullable: true, description: 'The audit key of the HMAC (not the key).' })
  keyId!: string | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;

  static from(e: AuditRecordEntity): AuditRecordType {
    return Object.assign(new AuditRecordType(), {
      id: e.id,
      seq: e.seq,
      action: e.action,
      actorUserId: e.actorUserId,
      subjectType: e.subjectType,
      subjectId: e.subjectId,
      organizationId: e.organizationId,
      counterpartOrganizationId: e.counterpartOrganizationId,
      payload: JSON.stringify(e.payload),
      prevHash: e.prevHash,
      hash: e.hash,
      macKind: e.macKind,
      keyId: e.keyId,
      createdAt: e.createdAt,
    });
  }
}

export const AuditRecordConnection = Connection(AuditRecordType, 'AuditRecord');

@ObjectType('AuditVerification')
export class AuditVerificationType {
  @Field() valid!: boolean;
  @Field(() => Int, {
    description: 'Records whose MAC this verification recomputed (the new ones when it resumed).',
  })
  checkedRecords!: number;
  @Field(() => Int, {
    nullable: true,
    description: 'Sequence number of the first record that does not match (or is missing).',
  })
  firstBrokenSeq!: number | null;
  @Field(() => ID, { nullable: true }) firstBrokenRecordId!: string | null;
  @Field(() => AuditChainFailure, { nullable: true, description: 'Why the chain is broken.' })
  reason!: AuditChainFailure | null;
  @Field(() => Int, { description: 'The last record verified.' })
  headSeq!: number;
  @Field(() => Int, {
    description:
      'Verification resumed after this record, verified before and checked unchanged (0: from the first).',
  })
  resumedAfterSeq!: number;
  @Field(() => Int, {
    nullable: true,
    description: 'The latest checkpoint (kept outside the database) the chain was held to.',
  })
  checkpointSeq!: number | null;
  @Field(() => Int, {
    description: 'Records up to this one may be legacy: written before keyed MACs (0: none).',
  })
  legacyThroughSeq!: number;
}

@ArgsType()
export class VerifyAuditLogArgs {
  @IdInput('collaborationId')
  collaborationId!: string;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Re-verify from the first record, not from the last verified one.',
  })
  @IsOptional()
  @IsBoolean()
  full?: boolean;
}

@ArgsType()
export class AuditLogArgs extends PageArgs {
  @IdInput('collaborationId')
  collaborationId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  action?: string;

  @IdInput('subjectId', { nullable: true })
  subjectId?: string;
}

@Resolver(() => AuditRecordType)
export class AuditResolver {
  constructor(private readonly auditService: AuditService) {}

  @Authenticated() // the facilitator reads all; a participant the records about its own information
  @Query(() => AuditRecordConnection)
  async auditLog(
    @CurrentActor() actor: Actor,
    @IdArg('collaborationId') collaborationId: string,
    @Args() args: AuditLogArgs,
  ): Promise<Page<AuditRecordType>> {
    return mapPage(
      await this.auditService.list(actor, collaborationId, args, args),
      AuditRecordType.from,
    );
  }

  @Allow(Action.Verify, Subject.AuditRecord)
  @Query(() => AuditVerificationType, {
    description:
      'Verify the keyed chain against its latest checkpoint, from the last verified record (or from the first with `full`); report the first bad record (facilitator).',
  })
  async verifyAuditLog(
    @CurrentActor() actor: Actor,
    @IdArg('collaborationId') collaborationId: string,
    @Args() args: VerifyAuditLogArgs,
  ): Promise<AuditVerificationType> {
    if (!canOn(actor, Action.Verify, Subject.AuditRecord, { collaborationId }))
      throw AppError.notFound('Collaboration');
    return this.auditService.verify(collaborationId, { full: args.full });
  }
}

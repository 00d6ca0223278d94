import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@alianza/api-core';
import {
  AUDIT_ACTION_LABELS,
  AUDIT_SUBJECT_LABELS,
  AuditAction,
  AuditActionName,
  AuditChainFailure,
  AuditMacKind,
  AuditSubject,
  AuditSubjectName,
  auditPayloadForParticipant,
} from '@alianza/shared';
import { AuditRecordEntity } from '../entities/audit-record.entity';

/** Enum value descriptions from the labels the console shows (in English). */
function labelled(labels: Record<string, string>): Record<string, { description: string }> {
  return Object.fromEntries(
    Object.entries(labels).map(([key, label]) => [key, { description: `${label}.` }]),
  );
}

registerEnumType(AuditAction, {
  name: 'AuditAction',
  description: 'What an audit record records: one value per action the API writes to the log.',
  valuesMap: labelled(AUDIT_ACTION_LABELS.en),
});

registerEnumType(AuditSubject, {
  name: 'AuditSubject',
  description: 'What an audit record is about: one value per kind of subject the API records.',
  valuesMap: labelled(AUDIT_SUBJECT_LABELS.en),
});

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

/** Who acted, as a reader of a record may know it. */
export enum AuditActorKind {
  SYSTEM = 'SYSTEM',
  PERSON = 'PERSON',
  WITHHELD = 'WITHHELD',
}

registerEnumType(AuditActorKind, {
  name: 'AuditActorKind',
  description: 'Who acted in an audit record, as far as the reader may know it.',
  valuesMap: {
    SYSTEM: { description: 'Alianza itself: a sweep, an automatic approval, an expiry.' },
    PERSON: { description: 'A person the reader may identify, by `actorUserId`.' },
    WITHHELD: {
      description:
        "A person outside the reader's organizations (the facilitator, another party's member), whom only the collaboration's facilitator may identify: `actorUserId` is null.",
    },
  },
});

/** The names a page of the log shows, by id: people and organizations. */
export interface AuditNames {
  people: ReadonlyMap<string, string>;
  organizations: ReadonlyMap<string, string>;
}

const NO_NAMES: AuditNames = { people: new Map(), organizations: new Map() };

@ObjectType('AuditPerson', { description: 'A person who appears in an audit log, by name.' })
export class AuditPersonType {
  @Field(() => ID, { description: 'The id of the person.' }) id!: string;
  @Field({ description: 'The name the person shows to others.' }) displayName!: string;
}

@ObjectType('AuditRecord', {
  description: "One entry of a collaboration's audit log, chained to the one before it.",
})
export class AuditRecordType {
  @Field(() => ID, { description: 'The id of the record.' }) id!: string;
  @Field(() => Int, { description: "Its number in the collaboration's log, from 1." }) seq!: number;
  @Field(() => AuditAction, { description: 'What was done.' }) action!: AuditActionName;
  @Field(() => ID, {
    nullable: true,
    description:
      "The person who acted: for the collaboration's facilitator always; for anyone else only when it is the reader or a member of the reader's organizations (see `actorKind`).",
  })
  actorUserId!: string | null;
  @Field(() => AuditActorKind, {
    description: 'Who acted: a named person, the system, or a person withheld from the reader.',
  })
  actorKind!: AuditActorKind;
  @Field(() => AuditSubject, { description: 'What kind of thing it is about.' })
  subjectType!: AuditSubjectName;
  @Field(() => ID, { description: 'The id of the thing it is about.' }) subjectId!: string;
  @Field(() => ID, {
    description: 'The id of the organization that acted or is concerned; null if none.',
    nullable: true,
  })
  organizationId!: string | null;
  @Field(() => ID, {
    description:
      'The id of the other organization concerned (for example a recipient); null if none.',
    nullable: true,
  })
  counterpartOrganizationId!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      "The name of the person who acted, for the collaboration's facilitator (null for others, and for the system).",
  })
  actorName!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The name of `organizationId`, where the reader may read that organization.',
  })
  organizationName!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The name of `counterpartOrganizationId`, where the reader may read it.',
  })
  counterpartOrganizationName!: string | null;
  @Field({ description: 'JSON.' }) payload!: string;
  @Field({ description: 'The hash of the record before it, which chains the log.' })
  prevHash!: string;
  @Field({ description: "This record's link: its HMAC, or for a legacy record its SHA-256." })
  hash!: string;
  @Field(() => AuditMacKind, { description: 'How the record is bound to its chain.' })
  macKind!: AuditMacKind;
  @Field(() => String, { nullable: true, description: 'The audit key of the HMAC (not the key).' })
  keyId!: string | null;
  @Field(() => GraphQLISODateTime, { description: 'When it was recorded.' }) createdAt!: Date;

  /**
   * A record as its reader may see it. `visibleActors`: for a reader who is not the
   * collaboration's facilitator, the people whose ids it may see (itself and its colleagues);
   * omitted for the facilitator, who sees everyone. Such a reader reads the payload without the
   * keys that are the facilitator's (`AUDIT_PAYLOAD_FOR_THE_FACILITATOR`).
   */
  static from(
    e: AuditRecordEntity,
    names: AuditNames = NO_NAMES,
    visibleActors?: ReadonlySet<string>,
  ): AuditRecordType {
    const name = (map: ReadonlyMap<string, string>, id: string | null) =>
      id ? (map.get(id) ?? null) : null;
    const withheld =
      visibleActors !== undefined && e.actorUserId !== null && !visibleActors.has(e.actorUserId);
    return Object.assign(new AuditRecordType(), {
      actorName: withheld ? null : name(names.people, e.actorUserId),
      organizationName: name(names.organizations, e.organizationId),
      counterpartOrganizationName: name(names.organizations, e.counterpartOrganizationId),
      id: e.id,
      seq: e.seq,
      // The service writes listed actions only (`AuditService.append`).
      action: e.action as AuditActionName,
      actorUserId: withheld ? null : e.actorUserId,
      actorKind:
        e.actorUserId === null
          ? AuditActorKind.SYSTEM
          : withheld
            ? AuditActorKind.WITHHELD
            : AuditActorKind.PERSON,
      // Likewise, listed subjects only.
      subjectType: e.subjectType as AuditSubjectName,
      subjectId: e.subjectId,
      organizationId: e.organizationId,
      counterpartOrganizationId: e.counterpartOrganizationId,
      // A participant reads no facilitator's keys (another organization's balances).
      payload: JSON.stringify(
        visibleActors === undefined ? e.payload : auditPayloadForParticipant(e.action, e.payload),
      ),
      prevHash: e.prevHash,
      hash: e.hash,
      macKind: e.macKind,
      keyId: e.keyId,
      createdAt: e.createdAt,
    });
  }
}

export const AuditRecordConnection = Connection(AuditRecordType, 'AuditRecord');

@ObjectType('AuditVerification', { description: "Whether a collaboration's audit log is intact." })
export class AuditVerificationType {
  @Field({ description: 'True if every record matches its chain.' }) valid!: boolean;
  @Field(() => Int, {
    description: 'Records whose MAC this verification recomputed (the new ones when it resumed).',
  })
  checkedRecords!: number;
  @Field(() => Int, {
    nullable: true,
    description: 'Sequence number of the first record that does not match (or is missing).',
  })
  firstBrokenSeq!: number | null;
  @Field(() => ID, {
    description: 'The id of the first record that does not match; null if the log is intact.',
    nullable: true,
  })
  firstBrokenRecordId!: string | null;
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

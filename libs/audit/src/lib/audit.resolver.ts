import {
  Args,
  ArgsType,
  Field,
  GraphQLISODateTime,
  ID,
  Int,
  ObjectType,
  Query,
  Resolver,
} from '@nestjs/graphql';
import { Connection, IdArg, mapPage, Page, PageArgs, IdInput } from '@alianza/api-core';
import { Actor, Allow, Authenticated, CurrentActor } from '@alianza/authz';
import { Action, AppError, Subject } from '@alianza/shared';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { AuditRecordEntity } from './audit-record.entity';
import { AuditService } from './audit.service';

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
  @Field() hash!: string;
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
      createdAt: e.createdAt,
    });
  }
}

export const AuditRecordConnection = Connection(AuditRecordType, 'AuditRecord');

@ObjectType('AuditVerification')
export class AuditVerificationType {
  @Field() valid!: boolean;
  @Field(() => Int) checkedRecords!: number;
  @Field(() => Int, {
    nullable: true,
    description: 'Sequence number of the first record that does not match.',
  })
  firstBrokenSeq!: number | null;
  @Field(() => ID, { nullable: true }) firstBrokenRecordId!: string | null;
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

  @Allow(Action.Decide, Subject.DisclosureRequest)
  @Query(() => AuditVerificationType, {
    description: 'Recompute the hash chain; report the first broken link (facilitator).',
  })
  async verifyAuditLog(
    @CurrentActor() actor: Actor,
    @IdArg('collaborationId') collaborationId: string,
  ): Promise<AuditVerificationType> {
    if (!actor.access.facilitatedCollaborationIds.includes(collaborationId))
      throw AppError.notFound('Collaboration');
    return this.auditService.verify(collaborationId);
  }
}

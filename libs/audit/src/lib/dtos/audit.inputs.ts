import { ArgsType, Field, GraphQLISODateTime } from '@nestjs/graphql';
import { IdInput, PageArgs } from '@alianza/api-core';
import { AuditAction, AuditActionName } from '@alianza/shared';
import { IsBoolean, IsDate, IsEnum, IsOptional } from 'class-validator';

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

  @Field(() => AuditAction, { nullable: true, description: 'Only the records of this action.' })
  @IsOptional()
  @IsEnum(AuditAction)
  action?: AuditActionName;

  @IdInput('subjectId', { nullable: true, description: 'Only records about this subject.' })
  subjectId?: string;

  @IdInput('actorUserId', { nullable: true, description: 'Only what this person did.' })
  actorUserId?: string;

  @IdInput('organizationId', {
    nullable: true,
    description: 'Only the records about this organization (concerned, or its counterpart).',
  })
  organizationId?: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'From this moment on.' })
  @IsOptional()
  @IsDate()
  since?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Before this moment.' })
  @IsOptional()
  @IsDate()
  until?: Date;
}

import { ArgsType, Field } from '@nestjs/graphql';
import { IdInput, PageArgs } from '@alianza/api-core';
import { AuditAction, AuditActionName } from '@alianza/shared';
import { IsBoolean, IsEnum, IsOptional } from 'class-validator';

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

  @IdInput('subjectId', { nullable: true })
  subjectId?: string;
}

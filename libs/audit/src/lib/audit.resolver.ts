import { Args, Query, Resolver } from '@nestjs/graphql';
import { IdArg, mapPage, Page } from '@alianza/api-core';
import { Actor, Allow, Authenticated, canOn, CurrentActor, requireViewer } from '@alianza/authz';
import { Action, AppError, Subject } from '@alianza/shared';
import { AuditNamesService } from './audit-names.service';
import { AuditService } from './audit.service';
import { AuditLogArgs, VerifyAuditLogArgs } from './dtos/audit.inputs';
import {
  AuditPersonType,
  AuditRecordConnection,
  AuditRecordType,
  AuditVerificationType,
} from './dtos/audit.types';

@Resolver(() => AuditRecordType)
export class AuditResolver {
  constructor(
    private readonly auditService: AuditService,
    private readonly names: AuditNamesService,
  ) {}

  @Authenticated() // the facilitator reads all; a participant the records about its own information
  @Query(() => AuditRecordConnection, {
    description:
      'A collaboration\'s audit log, newest first. Its facilitator reads every record, with people\'s ids and names. A participant reads the records about its own organization (as subject or counterpart), with the ids of its own people only (anyone else: `actorKind` WITHHELD), no names, and may filter by itself only; see docs/api.md, "Audit records a participant reads".',
  })
  async auditLog(
    @CurrentActor() actor: Actor,
    @IdArg('collaborationId') collaborationId: string,
    @Args() args: AuditLogArgs,
  ): Promise<Page<AuditRecordType>> {
    const page = await this.auditService.list(actor, collaborationId, args, args);
    const names = await this.names.of(actor, collaborationId, page.nodes);
    requireViewer(actor);
    const reader = canOn(actor, Action.ReadDetails, Subject.AuditRecord, { collaborationId })
      ? undefined
      : await this.names.visibleActors(actor, page.nodes);
    return mapPage(page, (record) => AuditRecordType.from(record, names, reader));
  }

  @Allow(Action.ReadDetails, Subject.AuditRecord)
  @Query(() => [AuditPersonType], {
    description: "Everyone who acted in a collaboration's audit log, by name (facilitator).",
  })
  async auditLogPeople(
    @CurrentActor() actor: Actor,
    @IdArg('collaborationId') collaborationId: string,
  ): Promise<AuditPersonType[]> {
    if (!canOn(actor, Action.ReadDetails, Subject.AuditRecord, { collaborationId }))
      throw AppError.notFound('Collaboration');
    return this.names.actors(actor, collaborationId);
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

import { Injectable, PipeTransform } from '@nestjs/common';
import { Args, ID } from '@nestjs/graphql';
import { AppError } from '@alianza/shared';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

@Injectable()
export class UuidPipe implements PipeTransform<unknown, string> {
  constructor(private readonly argName: string) {}

  transform(value: unknown): string {
    if (!isUuid(value)) {
      throw AppError.badInput(`"${this.argName}" must be a valid id.`, { field: this.argName });
    }
    return value.toLowerCase();
  }
}

/** What the id arguments and input fields of the API name, by name (an `id` says it itself). */
export const ID_ARG_DESCRIPTIONS: Record<string, string> = {
  collaborationId: 'The id of the collaboration.',
  fromCollaborationId: 'The id of the collaboration to follow up on.',
  participationId: 'The id of the participation: an organization in a collaboration.',
  invitationId: 'The id of the invitation.',
  entryId: 'The id of the ledger entry.',
  areaId: 'The id of the area.',
  taskId: 'The id of the plan task.',
  requestId: 'The id of the disclosure request.',
  milestoneId: 'The id of the plan milestone.',
  objectiveId: 'The id of the plan objective.',
  userId: 'The id of the user.',
  resourceId: 'The id of the plan resource.',
  pledgeId: 'The id of the pledge.',
  organizationId: 'The id of the organization.',
  membershipId: 'The id of the organization membership.',
  itemId: 'The id of the item.',
  indicatorId: 'The id of the plan indicator.',
  grantId: 'The id of the grant.',
  roundId: 'The id of the benchmark round.',
  groundRulesVersionId: 'The id of the published version of the ground rules.',
  ownerOrganizationId: 'The id of the organization that owns the item.',
  providerOrganizationId: 'The id of the organization that provides it.',
  responsibleOrganizationId: 'The id of the organization responsible for it.',
  responsibleUserId: 'The id of the person responsible for it.',
  evidenceGrantId: 'The id of a grant that shows the evidence.',
  fileId: 'The id of the file.',
  subjectId: 'The id of the subject the audit records are about.',
  questionId: 'The id of the question.',
  endpointId: 'The id of the webhook endpoint.',
  sessionId: 'The id of the session.',
  mailMessageId: 'The id of the mail message.',
  apiTokenId: 'The id of the API token.',
};

/**
 * A required `ID!` argument that must be a UUID: `@IdArg('collaborationId') id: string`. Its
 * description is the one the API uses for that name, or `description` (needed for `id`).
 */
export const IdArg = (name: string, description?: string): ParameterDecorator =>
  Args(
    name,
    { type: () => ID, description: description ?? ID_ARG_DESCRIPTIONS[name] },
    new UuidPipe(name),
  );

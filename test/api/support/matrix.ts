import { Api, GqlResponse, TestUser } from './api';
import { Role, ROLES, World } from './world';

export type Outcome = 'allowed' | 'refused';
const REFUSALS = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND']);

/** Allowed when there is no error (and `visible` holds); refused on an access error; anything else fails. */
export function outcome<T>(
  res: GqlResponse<T>,
  visible: (data: T) => boolean = () => true,
): Outcome {
  const error = res.errors?.[0];
  if (error) {
    if (REFUSALS.has(error.extensions.code)) return 'refused';
    throw new Error(`Unexpected ${error.extensions.code}: ${error.message}`);
  }
  return visible(res.data as T) ? 'allowed' : 'refused';
}

export interface Operation {
  /** Roles that may do it; every other role must be refused. */
  allowed: Role[];
  /**
   * Changes state: gets a world of its own (`true`: people and organizations too), or only a
   * collaboration C of its own among a cast of people and organizations that such operations
   * share (`'collaboration'`: what it changes is all inside C).
   */
  mutates?: true | 'collaboration';
  run(t: Api, w: World, as: TestUser | null, role: Role): Promise<Outcome>;
}

export const MEMBERS_OF_C: Role[] = [
  'invitedNotAccepted',
  'activeParticipant',
  'organizationOwner',
  'facilitator',
];
export const ACTIVE_OF_C: Role[] = ['activeParticipant', 'organizationOwner'];
export const SIGNED_IN: Role[] = ROLES.filter((r) => r !== 'anonymous');

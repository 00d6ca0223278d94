import { subject as forSubject } from '@casl/ability';
import { Action, AppError, Subject, Viewer } from '@alianza/shared';
import { AppAbility } from './ability.factory';
import { AccessContext } from './access-context';

/** Who is calling and what they may do: handed by resolvers to services. */
export interface Actor {
  readonly viewer: Viewer | undefined;
  readonly ability: AppAbility;
  readonly access: AccessContext;
  /**
   * Set when the caller authenticated with a reporting API token: such an actor has its owner's
   * access but may only call operations marked `@ReportAccess()` (read-only reports).
   */
  readonly apiTokenId?: string;
}

/** The signed-in user of an actor, for operations that require one. */
export function requireViewer(actor: Actor): Viewer {
  if (!actor.viewer) throw AppError.unauthenticated();
  return actor.viewer;
}

/**
 * Whether the actor may do `action` on a `subject` with these attributes. Only for rows that
 * do not exist yet (creation); existing rows are always checked in SQL (`findAllowed`).
 */
export function canOn(
  actor: Actor,
  action: Action,
  subject: Subject,
  attributes: Record<string, unknown>,
): boolean {
  return actor.ability.can(action, forSubject(subject, { ...attributes }));
}

import { subject as forSubject } from '@casl/ability';
import {
  Action,
  AppError,
  MembershipRole,
  ParticipationStatus,
  Subject,
  Viewer,
} from '@alianza/shared';
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

/**
 * Refuses (FORBIDDEN) an actor without any rule for `action` on `subject`: what `@Allow` checks,
 * for a route whose policy depends on what it is asked for (the report downloads); the rows are
 * still checked in SQL.
 */
export function requireAllowed(actor: Actor, action: Action, subject: Subject): void {
  if (!actor.ability.can(action, subject)) throw AppError.forbidden();
}

/**
 * Whether the actor has any rule for `action` on `subject` (what `@Allow` checks), for a list
 * reached through its parent: without one the list is empty to it, and the rows are still
 * filtered in SQL for those who have one.
 */
export function mayEver(actor: Actor, action: Action, subject: Subject): boolean {
  return actor.ability.can(action, subject);
}

/**
 * The organizations the actor acts for in `collaborationId`: those whose participation there is
 * active. Which of their acts are allowed is still asked of the ability (`canOn`, SQL rules).
 */
export function activeOrganizationsIn(actor: Actor, collaborationId: string): string[] {
  return actor.access.myParticipations
    .filter((p) => p.active && p.collaborationId === collaborationId)
    .map((p) => p.organizationId);
}

/**
 * The organization the actor acts for in `collaborationId`: the one it names, or else its active
 * one there (undefined when it has none). Whether it may act for it is asked of `canOn`.
 */
export function actingOrganization(
  actor: Actor,
  collaborationId: string,
  named?: string | null,
): string | undefined {
  return named?.toLowerCase() ?? activeOrganizationsIn(actor, collaborationId)[0];
}

/** The organizations the actor is a member of. */
export function memberOrganizationsOf(actor: Actor): string[] {
  return actor.access.memberOrganizationIds;
}

/** The collaborations the actor facilitates. */
export function facilitatedCollaborationsOf(actor: Actor): string[] {
  return actor.access.facilitatedCollaborationIds;
}

/** The organizations the actor owns. */
export function ownedOrganizationsOf(actor: Actor): string[] {
  return actor.access.ownerOrganizationIds;
}

/** Whether the actor facilitates `collaborationId`. */
export function facilitates(actor: Actor, collaborationId: string): boolean {
  return actor.access.facilitatedCollaborationIds.includes(collaborationId);
}

/** The actor's role in an organization, or null when it is not a member. */
export function organizationRoleOf(actor: Actor, organizationId: string): MembershipRole | null {
  if (actor.access.ownerOrganizationIds.includes(organizationId)) return MembershipRole.OWNER;
  if (actor.access.memberOrganizationIds.includes(organizationId)) return MembershipRole.MEMBER;
  return null;
}

/** The actor's active participations, in any collaboration. */
export function activeParticipationsOf(actor: Actor): string[] {
  return actor.access.myParticipations.filter((p) => p.active).map((p) => p.id);
}

/**
 * The collaborations in which `organizationId` (one of the actor's organizations) takes part:
 * accepted, whatever the ground rules version.
 */
export function participatingCollaborationsOf(actor: Actor, organizationId: string): string[] {
  return [
    ...new Set(
      actor.access.myParticipations
        .filter(
          (p) => p.organizationId === organizationId && p.status === ParticipationStatus.ACCEPTED,
        )
        .map((p) => p.collaborationId),
    ),
  ];
}

import {
  applyDecorators,
  createParamDecorator,
  ExecutionContext,
  SetMetadata,
} from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Action, Subject } from '@alianza/shared';
import type { Actor } from './actor';

export const POLICY_KEY = 'alianza:policy';
export const REPORT_ACCESS_KEY = 'alianza:report-access';
export const BEFORE_SECOND_FACTOR_KEY = 'alianza:before-second-factor';

/**
 * What an operation declares about who may call it. Exactly one per Query/Mutation:
 * an operation without one is refused at run time and fails the policy-declaration test.
 */
export type PolicyDeclaration =
  | { kind: 'public' }
  | { kind: 'authenticated' }
  | { kind: 'ability'; action: Action; subject: Subject };

/** Anyone, signed in or not, may call this (e.g. login). Say why at the call site. */
export const Public = (): MethodDecorator =>
  SetMetadata(POLICY_KEY, { kind: 'public' } satisfies PolicyDeclaration);

/** Any signed-in user may call this; the service still scopes what it touches. */
export const Authenticated = (): MethodDecorator =>
  SetMetadata(POLICY_KEY, { kind: 'authenticated' } satisfies PolicyDeclaration);

/**
 * The caller needs `action` on some `subject` (coarse check at the resolver). The service then
 * narrows to the rows the same ability allows, in SQL.
 */
export const Allow = (action: Action, subject: Subject): MethodDecorator =>
  applyDecorators(
    SetMetadata(POLICY_KEY, { kind: 'ability', action, subject } satisfies PolicyDeclaration),
  );

/**
 * A read-only report: callable with a reporting API token (besides a session). Every other
 * operation refuses token callers. Goes with a policy decorator, which still applies.
 */
export const ReportAccess = (): MethodDecorator => SetMetadata(REPORT_ACCESS_KEY, true);

/**
 * Open to a staff session that must still set up its second factor (the instance requires one
 * of facilitators and platform administrators): setting it up, who am I, signing out. Every other
 * signed-in operation refuses such a session with SECOND_FACTOR_REQUIRED (see `PolicyGuard`).
 */
export const BeforeSecondFactor = (): MethodDecorator =>
  SetMetadata(BEFORE_SECOND_FACTOR_KEY, true);

/** The caller of a guarded operation: viewer and ability, built by the PolicyGuard. */
export const CurrentActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Actor => {
    const req = GqlExecutionContext.create(context).getContext<{ req: { actor?: Actor } }>().req;
    if (!req.actor)
      throw new Error('CurrentActor used on an operation whose policy built no actor');
    return req.actor;
  },
);

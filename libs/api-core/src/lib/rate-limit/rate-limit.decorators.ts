import { SetMetadata } from '@nestjs/common';

export const PROTECTED_ACTION_KEY = 'alianza:protected-action';
export const REQUEST_BUDGET_KEY = 'alianza:request-budget';

export interface ProtectedActionOptions {
  /**
   * The account the action is about, read from the operation's arguments as sent (before
   * validation), e.g. `({ input }) => input?.email` for a sign-in. A string is trimmed and
   * lower-cased. When it gives none, the signed-in user is the account.
   */
  account?: (args: Record<string, unknown>) => unknown;
}

/**
 * An action worth guessing or abusing: it checks a password, creates an account or a credential,
 * or sends an email. Besides the general budget, each such action has its own budget per client
 * address and per account (RATE_LIMIT_ACTION_*); past it, RATE_LIMITED with a retry-after hint.
 * Put it on every operation that sends email.
 */
export const ProtectedAction = (options: ProtectedActionOptions = {}): MethodDecorator =>
  SetMetadata(PROTECTED_ACTION_KEY, options);

/**
 * An HTTP controller whose routes spend from the general per-address and per-user budget (every
 * GraphQL operation does). Health checks stay out: a prober must never be refused.
 */
export const RequestBudget = (): ClassDecorator & MethodDecorator =>
  SetMetadata(REQUEST_BUDGET_KEY, true);

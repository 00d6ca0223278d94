import { Action, AppError, Subject } from '@alianza/shared';
import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { applyAbility } from './ability-to-sql';
import { Actor } from './actor';

export interface FindAllowedOptions {
  /** What to call the thing in the NOT_FOUND message ("Collaboration"). */
  label: string;
  /** Take a row lock (`FOR UPDATE`): use it in mutations that check then change state. */
  lock?: boolean;
}

/**
 * Loads one row by id through the actor's ability for `action`, in SQL.
 * Not visible at all → NOT_FOUND (we do not confirm it exists); visible but not allowed for
 * `action` → FORBIDDEN.
 */
export async function findAllowed<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  subject: Subject,
  actor: Actor,
  action: Action,
  id: string,
  options: FindAllowedOptions,
): Promise<T> {
  const query = (forAction: Action) => {
    const qb = manager
      .getRepository(entity)
      .createQueryBuilder('subject')
      .where('subject.id = :id', { id });
    return applyAbility(qb, actor.ability, forAction, subject);
  };
  const allowed = query(action);
  if (options.lock) allowed.setLock('pessimistic_write');
  const row = await allowed.getOne();
  if (row) return row;
  if (action !== Action.Read && (await query(Action.Read).getExists())) throw AppError.forbidden();
  throw AppError.notFound(options.label);
}

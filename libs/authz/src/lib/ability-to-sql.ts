import { rulesToAST } from '@casl/ability/extra';
import type { Condition, CompoundCondition, FieldCondition } from '@ucast/core';
import { Action, Subject } from '@alianza/shared';
import { EntityMetadata, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { AppAbility } from './ability.factory';

export interface SqlFragment {
  sql: string;
  params: Record<string, unknown>;
}

let paramSequence = 0;

/** Off only in a test that shows row-level security alone isolates (APPLICATION_ROW_FILTERS). */
let applicationRowFilters = true;

export function setApplicationRowFilters(enabled: boolean): void {
  applicationRowFilters = enabled;
}

/**
 * A read filter of the application's own, stated outside the abilities (e.g. "grants in
 * force"): `TRUE` while the application's row filters are off.
 */
export function appRowFilter(sql: string): string {
  return applicationRowFilters ? sql : 'TRUE';
}

/**
 * Compiles a CASL condition tree (from `rulesToAST`) into a SQL boolean expression over the
 * columns of `alias`, with named parameters. Property names go through the entity metadata,
 * so `collaborationId` becomes `"c"."collaboration_id"`.
 */
export function conditionToSql(
  condition: Condition,
  alias: string,
  metadata: EntityMetadata,
): SqlFragment {
  const params: Record<string, unknown> = {};
  const prefix = `authz_${++paramSequence}_`;
  let index = 0;
  const param = (value: unknown): string => {
    const name = `${prefix}${index++}`;
    params[name] = value;
    return `:${name}`;
  };
  const columnOf = (field: string) => {
    const found = metadata.findColumnWithPropertyPath(field);
    if (!found)
      throw new Error(`Access rule names "${field}", which is not a column of ${metadata.name}`);
    return found;
  };
  const column = (field: string): string => `"${alias}"."${columnOf(field).databaseName}"`;

  const compile = (node: Condition): string => {
    const field = (node as FieldCondition).field;
    const value = node.value as unknown;
    switch (node.operator) {
      case 'and': {
        const parts = (node as CompoundCondition).value.map(compile);
        return parts.length ? `(${parts.join(' AND ')})` : 'TRUE';
      }
      case 'or': {
        const parts = (node as CompoundCondition).value.map(compile);
        return parts.length ? `(${parts.join(' OR ')})` : 'FALSE';
      }
      case 'not': {
        const parts = (node as CompoundCondition).value.map(compile);
        return `NOT (${parts.length ? parts.join(' AND ') : 'TRUE'})`;
      }
      case 'nor': {
        const parts = (node as CompoundCondition).value.map(compile);
        return `NOT (${parts.length ? parts.join(' OR ') : 'FALSE'})`;
      }
      case 'eq':
        return value === null ? `${column(field)} IS NULL` : `${column(field)} = ${param(value)}`;
      case 'ne':
        return `${column(field)} IS DISTINCT FROM ${param(value)}`;
      case 'in': {
        if (!Array.isArray(value) || value.length === 0) return 'FALSE';
        const found = columnOf(field);
        // An array column matches when it shares an element with the list (as CASL does).
        return found.isArray
          ? `${column(field)} && CAST(${param(value)} AS ${String(found.type)}[])`
          : `${column(field)} = ANY(${param(value)})`;
      }
      case 'nin':
        return Array.isArray(value) && value.length > 0
          ? `(${column(field)} IS NULL OR ${column(field)} <> ALL(${param(value)}))`
          : 'TRUE';
      case 'lt':
        return `${column(field)} < ${param(value)}`;
      case 'lte':
        return `${column(field)} <= ${param(value)}`;
      case 'gt':
        return `${column(field)} > ${param(value)}`;
      case 'gte':
        return `${column(field)} >= ${param(value)}`;
      case 'exists':
        return `${column(field)} IS ${value ? 'NOT ' : ''}NULL`;
      default:
        throw new Error(`Access rules may not use the "${node.operator}" operator`);
    }
  };

  return { sql: compile(condition), params };
}

/**
 * The SQL form of "what `ability` allows for `action` on `subject`", or FALSE when nothing is
 * allowed (deny by default: no rule means no rows, never an unfiltered query).
 */
export function abilityToSql(
  ability: AppAbility,
  action: Action,
  subject: Subject,
  alias: string,
  metadata: EntityMetadata,
): SqlFragment {
  if (!applicationRowFilters && action === Action.Read) return { sql: 'TRUE', params: {} };
  const ast = rulesToAST(ability, action, subject);
  if (!ast) return { sql: 'FALSE', params: {} };
  return conditionToSql(ast, alias, metadata);
}

/** Adds the access condition to a query on `subject`'s entity (its root alias). */
export function applyAbility<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  ability: AppAbility,
  action: Action,
  subject: Subject,
): SelectQueryBuilder<T> {
  const mainAlias = qb.expressionMap.mainAlias;
  if (!mainAlias?.hasMetadata) throw new Error('applyAbility needs a query on an entity');
  const { sql, params } = abilityToSql(ability, action, subject, qb.alias, mainAlias.metadata);
  return qb.andWhere(`(${sql})`, params);
}

/**
 * Adds the access condition on `subject` for an entity joined under `alias`: rows whose joined
 * row the actor may not `action` are left out (e.g. the versions of items one may read).
 */
export function applyAbilityOn<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  ability: AppAbility,
  action: Action,
  subject: Subject,
  alias: string,
): SelectQueryBuilder<T> {
  const joined = qb.expressionMap.findAliasByName(alias);
  if (!joined.hasMetadata) throw new Error(`applyAbilityOn needs "${alias}" joined as an entity`);
  const { sql, params } = abilityToSql(ability, action, subject, alias, joined.metadata);
  return qb.andWhere(`(${sql})`, params);
}

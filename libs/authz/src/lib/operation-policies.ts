import { ModulesContainer } from '@nestjs/core';
import {
  BEFORE_SECOND_FACTOR_KEY,
  POLICY_KEY,
  PolicyDeclaration,
  REPORT_ACCESS_KEY,
} from './policy.decorators';

// Metadata keys @nestjs/graphql puts on @Query/@Mutation/@Subscription handlers.
const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_NAME = 'graphql:resolver_name';
const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

export interface OperationPolicy {
  type: 'Query' | 'Mutation' | 'Subscription';
  name: string;
  handler: string;
  policy: PolicyDeclaration | undefined;
  /** Callable with a reporting API token. */
  reportAccess: boolean;
  /** Callable by a staff session that must still set up its second factor. */
  beforeSecondFactor: boolean;
}

/** Every root GraphQL operation of the application with the policy it declares (if any). */
export function listOperationPolicies(modules: ModulesContainer): OperationPolicy[] {
  const seen = new Set<object>();
  const operations: OperationPolicy[] = [];
  for (const module of modules.values()) {
    for (const wrapper of module.providers.values()) {
      const instance = wrapper.instance as object | undefined;
      if (!instance || typeof instance !== 'object' || seen.has(instance)) continue;
      seen.add(instance);
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const key of Object.getOwnPropertyNames(prototype)) {
        // Read descriptors, not properties: a getter must not run here.
        const method: unknown = Object.getOwnPropertyDescriptor(prototype, key)?.value;
        if (key === 'constructor' || typeof method !== 'function') continue;
        const type = Reflect.getMetadata(RESOLVER_TYPE, method) as string | undefined;
        if (!type || !ROOT_TYPES.has(type)) continue;
        operations.push({
          type: type as OperationPolicy['type'],
          name: (Reflect.getMetadata(RESOLVER_NAME, method) as string | undefined) ?? key,
          handler: `${instance.constructor.name}.${key}`,
          policy: Reflect.getMetadata(POLICY_KEY, method) as PolicyDeclaration | undefined,
          reportAccess: Reflect.getMetadata(REPORT_ACCESS_KEY, method) === true,
          beforeSecondFactor: Reflect.getMetadata(BEFORE_SECOND_FACTOR_KEY, method) === true,
        });
      }
    }
  }
  return operations.sort((a, b) => `${a.type}.${a.name}`.localeCompare(`${b.type}.${b.name}`));
}

import type { ContributionType } from '@alianza/graphql-client/types';

const ORDER: Record<ContributionType, number> = {
  REPRESENTATION: 0,
  RECOMMENDATION: 1,
  SUPPLY: 2,
  LABOUR: 3,
  NEIGHBOURHOOD: 4,
  CARE: 5,
  SECURITY: 6,
  BACKING: 7,
  EDUCATION: 8,
  LEARNING: 9,
  GROUPING: 10,
  INFORMATION: 11,
  MONEY: 12,
  OTHER: 13,
};

/**
 * Every kind of contribution, in the order the seeds name them ("not only money": representation,
 * recommendation, supply, labour, …). Typed as a record so a new API value is a type error here.
 */
export const CONTRIBUTION_TYPES = (Object.keys(ORDER) as ContributionType[]).sort(
  (a, b) => ORDER[a] - ORDER[b],
);

export function compareContributionTypes(a: ContributionType, b: ContributionType): number {
  return ORDER[a] - ORDER[b];
}

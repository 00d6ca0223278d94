import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { missingEvaluationIds } from './status-actions';

describe('missingEvaluationIds', () => {
  it('reads who has not evaluated from a refused closing', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: '2 participant(s) have not evaluated yet',
          extensions: {
            code: 'INVALID_TRANSITION',
            details: { missingOrganizationIds: ['a', 'b'] },
          },
        },
      ],
    });
    expect(missingEvaluationIds(error)).toEqual(['a', 'b']);
  });

  it('is empty for other errors', () => {
    expect(missingEvaluationIds(new Error('boom'))).toEqual([]);
    expect(missingEvaluationIds(null)).toEqual([]);
  });
});

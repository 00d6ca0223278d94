import { AppError, ErrorCode } from '@alianza/shared';
import { inputOrLoose, oneOf, useInstead } from './renamed-args';

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('renamed arguments', () => {
  it('says what replaces a deprecated argument, and until when', () => {
    expect(useInstead('questionId')).toBe('Use questionId instead. Removed after 2027-06-30.');
  });

  it('takes the one value given, under the new name or the deprecated one', () => {
    expect(oneOf({ questionId: 'q1', id: undefined }, 'questionId')).toBe('q1');
    expect(oneOf({ questionId: null, id: 'q2' }, 'questionId')).toBe('q2');
  });

  it('refuses neither and both, naming the new argument', () => {
    for (const values of [{}, { questionId: 'q1', id: 'q1' }]) {
      const error = refusal(() => oneOf(values, 'questionId'));
      expect(error.code).toBe(ErrorCode.BAD_USER_INPUT);
      expect(error.details).toEqual({ field: 'questionId' });
    }
  });
});

describe('loose arguments moved into input', () => {
  type Choice = { kind: string; delivery: string };
  const required = { required: ['kind', 'delivery'] as (keyof Choice)[] };

  it('takes the input, or builds it from the deprecated arguments', () => {
    const input = { kind: 'A', delivery: 'B' };
    expect(inputOrLoose<Choice>(input, {}, required)).toBe(input);
    expect(inputOrLoose<Choice>(null, { kind: 'A', delivery: 'B' }, required)).toEqual(input);
  });

  it('refuses both forms at once, and neither when the input has a required field', () => {
    const both = refusal(() =>
      inputOrLoose<Choice>({ kind: 'A', delivery: 'B' }, { kind: 'A' }, required),
    );
    expect(both.details).toEqual({ field: 'input' });
    expect(both.message).toContain('"kind"');
    expect(refusal(() => inputOrLoose<Choice>(undefined, {}, required)).details).toEqual({
      field: 'input',
    });
  });

  it('names a required deprecated argument left out, by its own name', () => {
    const error = refusal(() =>
      inputOrLoose<{ locale: string; region: string }>(
        null,
        { locale: 'ES', region: undefined },
        { required: ['locale', 'region'], argNames: { region: 'area' } },
      ),
    );
    expect(error.details).toEqual({ field: 'area' });
  });

  it('lets an input whose fields are all optional be left out', () => {
    expect(
      inputOrLoose<{ notificationIds?: string[] }>(undefined, { notificationIds: null }),
    ).toEqual({});
  });
});

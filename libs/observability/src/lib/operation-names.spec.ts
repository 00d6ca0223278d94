import { OperationNames } from './operation-names';

describe('OperationNames', () => {
  it('keeps a GraphQL-shaped name as its label', () => {
    expect(new OperationNames().label('ConsolePlan')).toBe('ConsolePlan');
  });

  it('labels an unnamed operation "anonymous"', () => {
    const names = new OperationNames();
    expect(names.label(undefined)).toBe('anonymous');
    expect(names.label('')).toBe('anonymous');
  });

  it('labels names that are not GraphQL names, or too long, "other"', () => {
    const names = new OperationNames();
    expect(names.label('drop table; --')).toBe('other');
    expect(names.label('1abc')).toBe('other');
    expect(names.label('a'.repeat(65))).toBe('other');
    expect(names.label('a'.repeat(64))).toBe('a'.repeat(64));
  });

  it('gives labels to the first distinct names only, then "other"', () => {
    const names = new OperationNames(2);
    expect(names.label('First')).toBe('First');
    expect(names.label('Second')).toBe('Second');
    expect(names.label('Third')).toBe('other');
    expect(names.label('First')).toBe('First');
  });
});

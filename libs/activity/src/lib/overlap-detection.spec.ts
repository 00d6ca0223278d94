import { factsGrew, organizationSet } from './overlap-detection.service';

describe('organizationSet', () => {
  it('is sorted, lower-case and distinct: the identity of a detected overlap', () => {
    expect(
      organizationSet([
        'B0000000-0000-4000-8000-000000000000',
        'a0000000-0000-4000-8000-000000000000',
        'b0000000-0000-4000-8000-000000000000',
      ]),
    ).toEqual(['a0000000-0000-4000-8000-000000000000', 'b0000000-0000-4000-8000-000000000000']);
  });
});

describe('factsGrew', () => {
  const seen = { optionIds: ['m1', 'p1'], sharedCustomers: 3 };

  it('holds a review while the facts stay or shrink', () => {
    expect(factsGrew({ optionIds: ['p1', 'm1'], sharedCustomers: 3 }, seen)).toBe(false);
    expect(factsGrew({ optionIds: ['m1'], sharedCustomers: 1 }, seen)).toBe(false);
  });

  it('reopens it on a new shared option or more shared customers', () => {
    expect(factsGrew({ optionIds: ['m1', 'p1', 's1'], sharedCustomers: 3 }, seen)).toBe(true);
    expect(factsGrew({ optionIds: ['m1'], sharedCustomers: 4 }, seen)).toBe(true);
  });

  it('treats a group (no customer count) as zero customers', () => {
    expect(
      factsGrew(
        { optionIds: ['m1'], sharedCustomers: null },
        { optionIds: ['m1'], sharedCustomers: null },
      ),
    ).toBe(false);
  });
});

import { allowsDifferencing, exactRank } from './differencing';

describe('exactRank', () => {
  it('ranks integer matrices exactly', () => {
    expect(exactRank([])).toBe(0);
    expect(exactRank([[0, 0, 0]])).toBe(0);
    expect(
      exactRank([
        [1, 1, 0],
        [0, 1, 1],
        [1, 0, 1],
      ]),
    ).toBe(3); // det = 2: independent over the rationals (not over GF(2))
    expect(
      exactRank([
        [1, 1, 0, 0],
        [0, 0, 1, 1],
        [1, 1, 1, 1],
      ]),
    ).toBe(2);
    expect(
      exactRank([
        [2, 4, 6],
        [1, 2, 3],
        [0, 0, 5],
      ]),
    ).toBe(2);
  });
});

describe('allowsDifferencing', () => {
  const orgs = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

  it('counts a pair of rounds that differ by fewer than k', () => {
    const abc = ['a', 'b', 'c'];
    expect(allowsDifferencing(abc, [abc], 3)).toBe(false);
    expect(allowsDifferencing(abc, [[...abc, 'd']], 3)).toBe(true);
    expect(allowsDifferencing([...abc, 'e'], [[...abc, 'd']], 3)).toBe(true);
    expect(allowsDifferencing([...abc, 'e', 'f'], [[...abc, 'd']], 3)).toBe(false);
  });

  it('finds what three rounds A∪B, B∪C, A∪C expose although every pair differs by 4', () => {
    // (A∪B) + (A∪C) − (B∪C) = 2·A: the total of A's two organizations.
    const [a, b, c] = [orgs('a', 2), orgs('b', 2), orgs('c', 2)];
    const k = 3;
    expect(allowsDifferencing([...b, ...c], [[...a, ...b]], k)).toBe(false);
    expect(
      allowsDifferencing(
        [...a, ...c],
        [
          [...a, ...b],
          [...b, ...c],
        ],
        k,
      ),
    ).toBe(true);
    // With groups of three, 2·A weighs three organizations: that is allowed at k = 3.
    const [a3, b3, c3] = [orgs('a', 3), orgs('b', 3), orgs('c', 3)];
    expect(
      allowsDifferencing(
        [...a3, ...c3],
        [
          [...a3, ...b3],
          [...b3, ...c3],
        ],
        k,
      ),
    ).toBe(false);
  });

  it('finds a renamed repeat: the name plays no part, only who contributed', () => {
    const six = orgs('o', 6);
    expect(allowsDifferencing(six.slice(0, 5), [six], 5)).toBe(true);
  });

  it('lets disjoint or identical groups through, and ignores what was already exposed', () => {
    expect(allowsDifferencing(orgs('b', 5), [orgs('a', 5)], 5)).toBe(false);
    expect(allowsDifferencing(orgs('a', 5), [orgs('a', 5), orgs('b', 5)], 5)).toBe(false);
    // Two earlier rounds already expose x (weighing 1); a third with new organizations only
    // adds nothing about any few of them.
    const base = orgs('a', 4);
    const earlier = [base, [...base, 'x']];
    expect(allowsDifferencing(orgs('n', 4), earlier, 3)).toBe(false);
    expect(allowsDifferencing([...orgs('n', 4), 'y'], [...earlier, orgs('n', 4)], 3)).toBe(true);
  });

  it('withholds when there are more candidate groups than it may examine', () => {
    const [a, b, c] = [orgs('a', 2), orgs('b', 2), orgs('c', 2)];
    // Three small groups to examine, none exposed: fine within the budget, withheld beyond it.
    expect(allowsDifferencing([...b, ...c], [[...a, ...b]], 3, 3)).toBe(false);
    expect(allowsDifferencing([...b, ...c], [[...a, ...b]], 3, 2)).toBe(true);
  });
});

import {
  BenchmarkResultHiddenReason,
  BenchmarkRoundStatus,
  resultHiddenReason,
  roundStatus,
} from './benchmark-round-state';

const at = (iso: string) => new Date(iso);
const round = { opensAt: at('2027-03-01'), closesAt: at('2027-03-10'), closedAt: null };

describe('roundStatus', () => {
  it('is scheduled before it opens, open until it closes, closed from its closing time on', () => {
    expect(roundStatus(round, at('2027-02-28'))).toBe(BenchmarkRoundStatus.SCHEDULED);
    expect(roundStatus(round, at('2027-03-01'))).toBe(BenchmarkRoundStatus.OPEN);
    expect(roundStatus(round, at('2027-03-09T23:59:59Z'))).toBe(BenchmarkRoundStatus.OPEN);
    // Not swept yet: closed all the same.
    expect(roundStatus(round, at('2027-03-10'))).toBe(BenchmarkRoundStatus.CLOSED);
  });

  it('is closed once swept, whatever the clock says', () => {
    const swept = { ...round, closedAt: at('2027-03-05') };
    expect(roundStatus(swept, at('2027-03-06'))).toBe(BenchmarkRoundStatus.CLOSED);
  });
});

describe('resultHiddenReason', () => {
  const closed = { hasResult: false, closedAt: at('2027-03-10'), asFacilitator: false };

  it('hides nothing from whoever gets the aggregates', () => {
    expect(resultHiddenReason({ ...closed, hasResult: true, submitted: true })).toBeNull();
  });

  it('says the round is not closed yet, to everyone', () => {
    for (const asFacilitator of [true, false])
      expect(
        resultHiddenReason({ ...closed, closedAt: null, asFacilitator, submitted: true }),
      ).toBe(BenchmarkResultHiddenReason.NOT_CLOSED);
  });

  it('gives nothing to an organization that did not submit (give to get)', () => {
    expect(resultHiddenReason({ ...closed, submitted: false })).toBe(
      BenchmarkResultHiddenReason.DID_NOT_SUBMIT,
    );
  });

  it('says the round withheld them to those who would have seen them', () => {
    expect(resultHiddenReason({ ...closed, submitted: true })).toBe(
      BenchmarkResultHiddenReason.WITHHELD,
    );
    expect(resultHiddenReason({ ...closed, asFacilitator: true, submitted: false })).toBe(
      BenchmarkResultHiddenReason.WITHHELD,
    );
  });
});

import { CoalescedRuns } from './coalesced-runs';

describe('CoalescedRuns', () => {
  /** A run that ends when told to, recording when it started. */
  function gate() {
    const started: number[] = [];
    const releases: (() => void)[] = [];
    let n = 0;
    const work = () => {
      started.push(++n);
      return new Promise<void>((resolve) => releases.push(resolve));
    };
    const release = async () => {
      releases.shift()?.();
      await new Promise((r) => setImmediate(r));
    };
    return { started, work, release };
  }

  it('makes every caller wait for a run that started after it asked, sharing one next run', async () => {
    const runs = new CoalescedRuns();
    const { started, work, release } = gate();
    const done: string[] = [];
    const first = runs.run('c', work).then(() => done.push('first'));
    const second = runs.run('c', work).then(() => done.push('second'));
    const third = runs.run('c', work).then(() => done.push('third'));
    expect(started).toEqual([1]);
    await release();
    expect(done).toEqual(['first']);
    // The second and third asked during the first run: one more run serves both.
    expect(started).toEqual([1, 2]);
    await release();
    await Promise.all([first, second, third]);
    expect(done).toEqual(['first', 'second', 'third']);
    expect(started).toEqual([1, 2]);
    await runs.settled();
  });

  it('runs keys apart, and goes on after a run that failed', async () => {
    const runs = new CoalescedRuns();
    let calls = 0;
    await Promise.all([
      runs.run('a', async () => void calls++),
      runs.run('b', async () => void calls++),
    ]);
    expect(calls).toBe(2);
    await runs.run('a', () => Promise.reject(new Error('down')));
    await runs.run('a', async () => void calls++);
    expect(calls).toBe(3);
  });

  it('keeps the context of the caller that asked for the next run', async () => {
    const { AsyncLocalStorage } = await import('node:async_hooks');
    const who = new AsyncLocalStorage<string>();
    const runs = new CoalescedRuns();
    const seen: (string | undefined)[] = [];
    const work = async () => {
      seen.push(who.getStore());
      await new Promise((r) => setTimeout(r, 5));
    };
    await Promise.all([
      who.run('one', () => runs.run('c', work)),
      who.run('two', () => runs.run('c', work)),
      who.run('three', () => runs.run('c', work)),
    ]);
    expect(seen).toEqual(['one', 'two']);
  });
});

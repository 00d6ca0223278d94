/**
 * Runs of some work per key, coalesced. A caller waits for a run that starts after it asked:
 * callers that ask while one is under way share the next run, which starts when that one ends,
 * in the async context of the first of them (so on its connection, under its claim).
 */
export class CoalescedRuns {
  private readonly runs = new Map<string, { current: Promise<void>; next?: Promise<void> }>();

  /** Resolves once a run of `work` for `key` that started after this call has ended. */
  run(key: string, work: () => Promise<void>): Promise<void> {
    const state = this.runs.get(key);
    if (!state) return this.start(key, work);
    state.next ??= state.current.then(() => this.start(key, work));
    return state.next;
  }

  /** Resolves once nothing runs any more. */
  async settled(): Promise<void> {
    while (this.runs.size > 0)
      await Promise.all([...this.runs.values()].map((s) => s.next ?? s.current));
  }

  private start(key: string, work: () => Promise<void>): Promise<void> {
    // A run that fails ends as one that succeeded: the caller's `work` reports its own errors.
    const state: { current: Promise<void>; next?: Promise<void> } = {
      current: work().catch(() => undefined),
    };
    this.runs.set(key, state);
    void state.current.then(() => {
      if (this.runs.get(key) === state && state.next === undefined) this.runs.delete(key);
    });
    return state.current;
  }
}

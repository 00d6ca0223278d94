/** What a GraphQL operation name must look like to be a label of its own. */
const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * The `operation` label of the GraphQL metrics. Operation names are the client's to choose, and
 * every distinct label value is a time series Prometheus keeps: only names shaped like GraphQL
 * names become labels, and only the first `max` distinct ones; any other is `other`, and an
 * operation without a name is `anonymous`. The web apps' named documents are seen first, so they
 * keep labels of their own.
 */
export class OperationNames {
  private readonly seen = new Set<string>();

  constructor(private readonly max = 200) {}

  label(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (!NAME.test(name)) return 'other';
    if (this.seen.has(name)) return name;
    if (this.seen.size >= this.max) return 'other';
    this.seen.add(name);
    return name;
  }
}

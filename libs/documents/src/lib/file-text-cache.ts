/**
 * The text of files, kept in memory for the redaction assistant (docs/adr/0034): keyed by file
 * id (a stored file never changes), least recently used out first, bounded by the characters
 * it holds in all. A file without text is remembered too, at no cost.
 */
export class FileTextCache<V extends { parts: readonly { text: string }[] } | null> {
  private readonly entries = new Map<string, { value: V; chars: number }>();
  private held = 0;

  constructor(
    private readonly maxChars: number,
    private readonly maxEntries = 10_000,
  ) {}

  get(fileId: string): V | undefined {
    const entry = this.entries.get(fileId);
    if (!entry) return undefined;
    // Most recently used last.
    this.entries.delete(fileId);
    this.entries.set(fileId, entry);
    return entry.value;
  }

  set(fileId: string, value: V): void {
    const chars = value ? value.parts.reduce((n, p) => n + p.text.length, 0) : 0;
    this.delete(fileId);
    if (chars > this.maxChars) return;
    this.entries.set(fileId, { value, chars });
    this.held += chars;
    for (const [oldest] of this.entries) {
      if (this.held <= this.maxChars && this.entries.size <= this.maxEntries) break;
      this.delete(oldest);
    }
  }

  delete(fileId: string): void {
    const entry = this.entries.get(fileId);
    if (!entry) return;
    this.entries.delete(fileId);
    this.held -= entry.chars;
  }

  /** Characters held, for tests and metrics. */
  get chars(): number {
    return this.held;
  }

  get size(): number {
    return this.entries.size;
  }
}

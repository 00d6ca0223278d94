import { randomUUID } from 'node:crypto';
import {
  appendFileSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuditKeyring } from './audit-keys';
import {
  checkpointAuthentic,
  CheckpointKind,
  checkpointLine,
  CheckpointSink,
  LatestCheckpoints,
  SignedCheckpoint,
  signCheckpoint,
} from './checkpoint';
import { FileCheckpointSink } from './file-checkpoint-sink';

const keyring = new AuditKeyring('the audit key of the sink tests, 32+ chars');

function checkpoint(
  collaborationId: string,
  seq: number,
  kind = CheckpointKind.HEAD,
): SignedCheckpoint {
  return signCheckpoint(keyring, {
    kind,
    collaborationId,
    seq,
    mac: seq.toString(16).padStart(64, '0'),
    legacyThrough: 0,
    at: new Date(1_790_000_000_000 + seq).toISOString(),
  });
}

/** The contract, in memory: only for these tests (the application writes to the file). */
class MemorySink implements CheckpointSink {
  private readonly entries: SignedCheckpoint[] = [];
  async append(...checkpoints: SignedCheckpoint[]): Promise<void> {
    this.entries.push(...checkpoints);
  }
  async latest(collaborationId: string): Promise<LatestCheckpoints> {
    const mine = this.entries.filter((c) => c.collaborationId === collaborationId);
    return {
      latest: mine.at(-1) ?? null,
      verified: mine.filter((c) => c.kind === CheckpointKind.VERIFIED).at(-1) ?? null,
    };
  }
}

let dir: string;
let warnings: string[];
const logger = { warn: (m: string) => warnings.push(m), error: (m: string) => warnings.push(m) };
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'alianza-checkpoints-'));
  warnings = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe.each([
  [
    'an append-only file',
    () => new FileCheckpointSink(join(dir, 'audit', 'checkpoints.jsonl'), logger),
  ],
  ['memory (the contract alone)', () => new MemorySink()],
])('a checkpoint sink: %s', (_name, makeSink) => {
  it('has nothing for a chain never checkpointed', async () => {
    expect(await makeSink().latest(randomUUID())).toEqual({ latest: null, verified: null });
  });

  it('gives each chain its latest checkpoint and its latest verified one', async () => {
    const sink = makeSink();
    const [a, b] = [randomUUID(), randomUUID()];
    await sink.append(checkpoint(a, 3), checkpoint(b, 1));
    await sink.append(checkpoint(a, 5, CheckpointKind.VERIFIED));
    await sink.append(checkpoint(a, 9));
    expect(await sink.latest(a)).toEqual({
      latest: checkpoint(a, 9),
      verified: checkpoint(a, 5, CheckpointKind.VERIFIED),
    });
    expect(await sink.latest(b)).toEqual({ latest: checkpoint(b, 1), verified: null });
  });
});

describe('the checkpoint file', () => {
  const path = () => join(dir, 'audit', 'checkpoints.jsonl');

  it('is created with mode 0600 and only ever grows at its end', async () => {
    const sink = new FileCheckpointSink(path(), logger);
    const a = randomUUID();
    await sink.append(checkpoint(a, 1));
    expect(statSync(path()).mode & 0o777).toBe(0o600);
    const before = readFileSync(path());
    await sink.append(checkpoint(a, 2), checkpoint(a, 3, CheckpointKind.VERIFIED));
    const after = readFileSync(path());
    expect(after.subarray(0, before.length).equals(before)).toBe(true);
    expect(after.toString('utf8').trim().split('\n')).toHaveLength(3);
  });

  it('is shared by several writers: each sees the others’ lines, none is lost', async () => {
    const [one, two] = [
      new FileCheckpointSink(path(), logger),
      new FileCheckpointSink(path(), logger),
    ];
    const a = randomUUID();
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? one : two).append(checkpoint(a, i + 1))),
    );
    expect(readFileSync(path(), 'utf8').trim().split('\n')).toHaveLength(20);
    await two.append(checkpoint(a, 21));
    expect((await one.latest(a)).latest?.seq).toBe(21);
  });

  it('skips a torn last line, and ends it before the next line is written', async () => {
    const a = randomUUID();
    const sink = new FileCheckpointSink(path(), logger);
    await sink.append(checkpoint(a, 1));
    // A crash in the middle of writing the next line:
    appendFileSync(path(), checkpointLine(checkpoint(a, 2)).slice(0, 40));
    const reader = new FileCheckpointSink(path(), logger);
    expect((await reader.latest(a)).latest).toEqual(checkpoint(a, 1));
    await sink.append(checkpoint(a, 3));
    const lines = readFileSync(path(), 'utf8').split('\n');
    expect(lines).toHaveLength(4); // line 1, the torn line, line 3, and the final newline
    expect(JSON.parse(lines[2]!)).toMatchObject({ seq: 3 });
    expect((await reader.latest(a)).latest).toEqual(checkpoint(a, 3));
    // Each reader skips it once.
    const skipped = expect.stringMatching(/Skipped 1 unreadable line/);
    expect(warnings).toEqual([skipped, skipped]);
  });

  it('ignores lines that are not checkpoints', async () => {
    const a = randomUUID();
    const file = join(dir, 'c.jsonl');
    appendFileSync(file, `not json\n${JSON.stringify({ v: 1, seq: 'x' })}\n`);
    appendFileSync(file, checkpointLine(checkpoint(a, 4)));
    expect((await new FileCheckpointSink(file, logger).latest(a)).latest?.seq).toBe(4);
    expect(warnings).toEqual([expect.stringMatching(/Skipped 2 unreadable line/)]);
  });

  it('says so when the file shrinks, which an append-only file never does', async () => {
    const a = randomUUID();
    const sink = new FileCheckpointSink(path(), logger);
    await sink.append(checkpoint(a, 1), checkpoint(a, 2));
    writeFileSync(path(), checkpointLine(checkpoint(a, 1)));
    expect((await sink.latest(a)).latest?.seq).toBe(1);
    expect(warnings).toEqual([expect.stringMatching(/shrank .*: it was altered/)]);
  });
});

describe('checkpoint signatures', () => {
  it('verify under the current or a previous key, and fail once anything is changed', () => {
    const a = randomUUID();
    const signed = checkpoint(a, 7);
    expect(checkpointAuthentic(keyring, signed)).toBe(true);
    const rotated = new AuditKeyring('the next audit key, after the rotation!!', [
      'the audit key of the sink tests, 32+ chars',
    ]);
    expect(checkpointAuthentic(rotated, signed)).toBe(true);
    for (const forged of [
      { ...signed, seq: 8 },
      { ...signed, mac: 'f'.repeat(64) },
      { ...signed, legacyThrough: 7 },
      { ...signed, kind: CheckpointKind.VERIFIED },
      { ...signed, collaborationId: randomUUID() },
      { ...signed, sig: signed.sig.slice(2) },
    ])
      expect(checkpointAuthentic(keyring, forged)).toBe(false);
    expect(
      checkpointAuthentic(new AuditKeyring('a keyring that never knew that key!!!!!'), signed),
    ).toBe(false);
  });
});

import { AddressObject, ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer, SMTPServerAuthentication, SMTPServerSession } from 'smtp-server';
import { freePort, sleep } from './servers';

/** A message as the SMTP server received it, parsed. */
export interface ReceivedMail {
  /** The envelope's recipients (RCPT TO), lower case. */
  to: string[];
  /** The envelope's sender (MAIL FROM). */
  from: string;
  subject: string;
  /** What the message is (its `X-Alianza-Kind` header: `password-reset`, `email-verification`…). */
  kind: string;
  html: string;
  text: string;
  /** The Message-ID header, `<…>`. */
  messageId: string;
  headers: Map<string, unknown>;
  /** The `From:` header as written (`Alianza <no-reply@…>`). */
  fromHeader: string;
  receivedAt: Date;
  raw: Buffer;
}

export interface MailServer {
  /** `smtp://user:password@127.0.0.1:<port>`: give it to an API as SMTP_URL. */
  readonly url: string;
  readonly port: number;
  /** Every message received, in order. */
  readonly messages: ReceivedMail[];
  /**
   * Messages received for `address` so far: of `kind` when given, otherwise all but address
   * confirmations (see `nextMessageTo`).
   */
  messagesTo(address: string, kind?: string): ReceivedMail[];
  /**
   * The next message to `address` that this function has not returned yet (the first call
   * returns the first message to it), waiting for it up to `timeoutMs`. Only messages of `kind`
   * when given; otherwise any but address confirmations (`email-verification`), which every
   * account the factories sign up gets (and follows from the queue, `Api.verifyEmail`).
   */
  nextMessageTo(address: string, timeoutMs?: number, kind?: string): Promise<ReceivedMail>;
  /**
   * Answers every message with this SMTP error (e.g. 451: try again later) until called with
   * `false`; counts the refusals.
   */
  refuse(code: number | false): void;
  readonly refused: number;
  /** Stops listening (the port then refuses connections); `start` listens again on it. */
  stop(): Promise<void>;
  start(): Promise<void>;
}

const USER = 'alianza';
const PASSWORD = 'smtp test password';

function addresses(field: AddressObject | AddressObject[] | undefined): string {
  if (!field) return '';
  return (Array.isArray(field) ? field : [field]).map((a) => a.text).join(', ');
}

/**
 * A real SMTP server (the `smtp-server` package) on a free port of 127.0.0.1, with
 * authentication as a real one asks for it (plain, no TLS); messages parsed with `mailparser`.
 */
export async function startMailServer(): Promise<MailServer> {
  const port = await freePort();
  const messages: ReceivedMail[] = [];
  const taken = new Map<string, number>();
  let refusal: number | false = false;
  let refused = 0;
  let server: SMTPServer | undefined;

  const create = () =>
    new SMTPServer({
      secure: false,
      disabledCommands: ['STARTTLS'],
      allowInsecureAuth: true,
      authMethods: ['PLAIN', 'LOGIN'],
      logger: false,
      onAuth(auth: SMTPServerAuthentication, _session, callback) {
        if (auth.username === USER && auth.password === PASSWORD)
          return callback(null, { user: USER });
        return callback(new Error('Invalid username or password'));
      },
      onData(stream, session: SMTPServerSession, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          if (refusal !== false) {
            refused++;
            const error = new Error('Refused by the test (try again later)') as Error & {
              responseCode: number;
            };
            error.responseCode = refusal;
            return callback(error);
          }
          const raw = Buffer.concat(chunks);
          simpleParser(raw).then(
            (parsed: ParsedMail) => {
              messages.push({
                to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
                from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
                subject: parsed.subject ?? '',
                kind: String(parsed.headers.get('x-alianza-kind') ?? ''),
                html: typeof parsed.html === 'string' ? parsed.html : '',
                text: parsed.text ?? '',
                messageId: parsed.messageId ?? '',
                headers: parsed.headers,
                fromHeader: addresses(parsed.from),
                receivedAt: new Date(),
                raw,
              });
              callback();
            },
            (error: Error) => callback(error),
          );
        });
      },
    });

  const start = async () => {
    const created = create();
    created.on('error', () => undefined);
    await new Promise<void>((resolve, reject) => {
      created.once('error', reject);
      created.listen(port, '127.0.0.1', () => resolve());
    });
    server = created;
  };
  const stop = async () => {
    const running = server;
    server = undefined;
    if (running) await new Promise<void>((resolve) => running.close(() => resolve()));
  };
  await start();

  const messagesTo = (address: string, kind?: string) =>
    messages.filter(
      (m) =>
        m.to.includes(address.toLowerCase()) &&
        (kind === undefined ? m.kind !== 'email-verification' : m.kind === kind),
    );
  return {
    url: `smtp://${USER}:${encodeURIComponent(PASSWORD)}@127.0.0.1:${port}`,
    port,
    messages,
    messagesTo,
    async nextMessageTo(address: string, timeoutMs = 20_000, kind?: string) {
      const key = `${address.toLowerCase()} ${kind ?? ''}`;
      const index = taken.get(key) ?? 0;
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const message = messagesTo(address, kind)[index];
        if (message) {
          taken.set(key, index + 1);
          return message;
        }
        if (Date.now() > deadline)
          throw new Error(
            `No message ${index + 1} to ${address} within ${timeoutMs} ms (received: ${messages
              .map((m) => `${m.to.join(',')}: ${m.subject}`)
              .join('; ')})`,
          );
        await sleep(50);
      }
    },
    refuse(code: number | false) {
      refusal = code;
    },
    get refused() {
      return refused;
    },
    stop,
    start,
  };
}

/**
 * The link of a message whose URL contains `containing` (any link when omitted): from its HTML's
 * hrefs, else from its plain text.
 */
export function linkIn(message: Pick<ReceivedMail, 'html' | 'text'>, containing = ''): URL {
  const hrefs = [...message.html.matchAll(/href="([^"]+)"/g)].map((m) =>
    (m[1] ?? '').replace(/&amp;/g, '&'),
  );
  const inText = message.text.match(/https?:\/\/\S+/g) ?? [];
  const link = [...hrefs, ...inText].find((candidate) => candidate.includes(containing));
  if (!link) throw new Error(`No link containing "${containing}" in the message`);
  return new URL(link);
}

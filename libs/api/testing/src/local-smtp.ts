import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A message as a local SMTP server received it. */
export interface ReceivedMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
}

function decodeQuotedPrintable(value: string): string {
  const bytes: number[] = [];
  const s = value.replace(/=\r?\n/g, '');
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '=' && /^[0-9A-F]{2}$/i.test(s.slice(i + 1, i + 3))) {
      bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(s[i], 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Decodes RFC 2047 encoded words of a header. */
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_m, enc: string, data: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : decodeQuotedPrintable(data.replace(/_/g, ' ')),
    );
}

/** A single-part text message as nodemailer writes it. */
function parseMail(raw: string, envelope: { from: string; to: string[] }): ReceivedMail {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join('\n\n');
  const headers = head.replace(/\r?\n[ \t]+/g, ' ');
  const header = (name: string) => new RegExp(`^${name}: (.*)$`, 'im').exec(headers)?.[1] ?? '';
  const encoding = header('Content-Transfer-Encoding').toLowerCase();
  const text =
    encoding === 'quoted-printable'
      ? decodeQuotedPrintable(body)
      : encoding === 'base64'
        ? Buffer.from(body.replace(/\s/g, ''), 'base64').toString('utf8')
        : body;
  return { ...envelope, subject: decodeHeader(header('Subject')), text: text.replace(/\r\n/g, '\n').trim() };
}

export interface LocalSmtp {
  received: ReceivedMail[];
  /** `smtp://127.0.0.1:<port>`, for SMTP_URL. */
  url: string;
  /** Waits (10 s at most) for a message to `to` whose text matches, and returns it. */
  waitFor(to: string, match?: RegExp): Promise<ReceivedMail>;
  close(): Promise<void>;
}

/**
 * A local SMTP server (no auth, no TLS) on a free port, collecting what it receives: tests never use the network.
 * `refuse` rejects recipients (a mail server that answers « unknown mailbox »).
 */
export async function startLocalSmtp(refuse: (to: string) => boolean = () => false): Promise<LocalSmtp> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refuse(address.address)) return callback(new Error('Boîte aux lettres inconnue'));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push(
          parseMail(Buffer.concat(chunks).toString('utf8'), {
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
          }),
        );
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.server.address() as AddressInfo).port;
  return {
    received,
    url: `smtp://127.0.0.1:${port}`,
    async waitFor(to, match) {
      const deadline = Date.now() + 10_000;
      for (;;) {
        const found = [...received].reverse().find((m) => m.to.includes(to) && (!match || match.test(m.text)));
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`Aucun e-mail reçu pour ${to} (${received.length} reçus)`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The token of the set-password link in an e-mail (`…/mot-de-passe/nouveau#jeton=<token>`). */
export function linkIn(mail: ReceivedMail): { url: string; token: string } {
  const m = /(https?:\/\/\S+\/mot-de-passe\/nouveau#jeton=([\w-]+))/.exec(mail.text);
  if (!m) throw new Error(`Pas de lien dans l’e-mail : ${mail.text}`);
  return { url: m[1], token: m[2] };
}

/**
 * The little of PostgreSQL's wire protocol (version 3) that the embedded server reads: how frontend messages are
 * framed, and whether the backend's answer ends on ReadyForQuery « idle » (no exchange nor transaction under way).
 * https://www.postgresql.org/docs/current/protocol-message-formats.html
 */

const SSL_REQUEST = 80877103;
const GSS_ENCRYPTION_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
const READY_FOR_QUERY = 0x5a; // 'Z'
const TERMINATE = 0x58; // 'X'
const IDLE = 0x49; // 'I': ReadyForQuery's status outside a transaction block

/** Before the session starts: a request for encryption (refused), a cancel request, or the startup packet. */
export type StartupRequest =
  { kind: 'refuse-encryption' } | { kind: 'cancel' } | { kind: 'startup'; packet: Uint8Array };

/** Cuts what a client sends into whole messages (a message may come in several TCP packets, or several in one). */
export class FrontendReader {
  private buffer: Buffer = Buffer.alloc(0);
  private started = false;

  push(chunk: Buffer): void {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
  }

  /** The untyped packets that open a connection (length, then a code), up to and including the startup packet. */
  takeStartupRequests(): StartupRequest[] {
    const requests: StartupRequest[] = [];
    while (!this.started && this.buffer.length >= 8) {
      const length = this.buffer.readInt32BE(0);
      if (this.buffer.length < length) break;
      const code = this.buffer.readInt32BE(4);
      const packet = this.buffer.subarray(0, length);
      this.buffer = this.buffer.subarray(length);
      if (code === SSL_REQUEST || code === GSS_ENCRYPTION_REQUEST) requests.push({ kind: 'refuse-encryption' });
      else if (code === CANCEL_REQUEST) requests.push({ kind: 'cancel' });
      else {
        requests.push({ kind: 'startup', packet });
        this.started = true;
      }
    }
    return requests;
  }

  /**
   * The whole typed messages received so far, as one buffer (PGlite runs them in a row), and whether the client said
   * goodbye (Terminate, which is not handed to PGlite: it would end the one session).
   */
  takeMessages(): { messages: Uint8Array; terminate: boolean } {
    let end = 0;
    let terminate = false;
    while (this.started && this.buffer.length - end >= 5) {
      const length = 1 + this.buffer.readInt32BE(end + 1);
      if (this.buffer.length - end < length) break;
      if (this.buffer[end] === TERMINATE) {
        terminate = true;
        break;
      }
      end += length;
    }
    const messages = this.buffer.subarray(0, end); // not copied: the buffer is never written, only replaced
    this.buffer = terminate ? Buffer.alloc(0) : this.buffer.subarray(end);
    return { messages, terminate };
  }
}

/** Reads the backend's answer as it streams out, and remembers its last complete message. */
export class BackendScanner {
  private readonly header = Buffer.alloc(5);
  private headerLength = 0;
  /** Bytes of the current message's body still to come; -1 between messages. */
  private remaining = -1;
  private type = 0;
  private firstByte = -1;
  private last: { type: number; firstByte: number } | null = null;

  push(bytes: Uint8Array): void {
    let i = 0;
    while (i < bytes.length) {
      if (this.remaining < 0) {
        this.header[this.headerLength++] = bytes[i++];
        if (this.headerLength < 5) continue;
        this.headerLength = 0;
        this.type = this.header[0];
        this.remaining = this.header.readInt32BE(1) - 4;
        this.firstByte = -1;
        this.last = null;
      } else {
        if (this.firstByte < 0) this.firstByte = bytes[i];
        const taken = Math.min(this.remaining, bytes.length - i);
        i += taken;
        this.remaining -= taken;
      }
      if (this.remaining === 0) {
        this.last = { type: this.type, firstByte: this.firstByte };
        this.remaining = -1;
      }
    }
  }

  /** The session is free for another connection: the answer ended on ReadyForQuery « idle ». */
  endsIdle(): boolean {
    return this.last?.type === READY_FOR_QUERY && this.last.firstByte === IDLE && this.headerLength === 0;
  }
}

const message = (type: string, body: Buffer): Buffer => {
  const head = Buffer.alloc(5);
  head.write(type, 0, 'latin1');
  head.writeInt32BE(4 + body.length, 1);
  return Buffer.concat([head, body]);
};
const cstring = (s: string): Buffer => Buffer.from(`${s}\0`, 'utf8');

/**
 * What ends whatever a departed client left under way: CopyFail (a COPY from the client; ignored outside one), Sync
 * (an extended-protocol exchange: its unnamed statement and portal), then ROLLBACK of a transaction block (a warning
 * outside one). Their answers are dropped.
 */
export const END_OF_TURN = Buffer.concat([
  message('f', cstring('connexion fermée')),
  message('S', Buffer.alloc(0)),
  message('Q', cstring('ROLLBACK')),
]);

/** A FATAL ErrorResponse, as a server sends before closing a connection it refuses. */
export function errorResponse(sqlState: string, text: string): Buffer {
  return message(
    'E',
    Buffer.concat([
      Buffer.from('S'),
      cstring('FATAL'),
      Buffer.from('V'),
      cstring('FATAL'),
      Buffer.from('C'),
      cstring(sqlState),
      Buffer.from('M'),
      cstring(text),
      Buffer.from([0]),
    ]),
  );
}

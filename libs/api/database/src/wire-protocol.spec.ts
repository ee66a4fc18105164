import { PROBE_STATEMENT } from './embedded-postgres-spec.repository';
import { BackendScanner, FrontendReader } from './wire-protocol';

const msg = (type: string, body: Buffer | string = Buffer.alloc(0)): Buffer => {
  const b = typeof body === 'string' ? Buffer.from(body) : body;
  const head = Buffer.alloc(5);
  head.write(type, 0, 'latin1');
  head.writeInt32BE(4 + b.length, 1);
  return Buffer.concat([head, b]);
};
const ready = (status: 'I' | 'T' | 'E') => msg('Z', status);
const startup = () => {
  const params = Buffer.from('user\0postgres\0\0');
  const head = Buffer.alloc(8);
  head.writeInt32BE(8 + params.length, 0);
  head.writeInt32BE(196608, 4);
  return Buffer.concat([head, params]);
};

/** Feeds `bytes` one byte at a time: every boundary a TCP packet could fall on. */
const byteByByte = (scanner: BackendScanner, bytes: Buffer) => {
  for (const byte of bytes) scanner.push(Uint8Array.of(byte));
};

describe('BackendScanner: does the answer leave the session free?', () => {
  it('only when it ends on ReadyForQuery « idle », wherever the packets are cut', () => {
    const answers: [Buffer, boolean][] = [
      [
        Buffer.concat([msg('1'), msg('2'), msg('D', 'Z\0\0\0\x05I'), msg('C', `${PROBE_STATEMENT}\0`), ready('I')]),
        true,
      ],
      [Buffer.concat([msg('C', 'BEGIN\0'), ready('T')]), false], // in a transaction
      [Buffer.concat([msg('E', 'SERROR\0\0'), ready('E')]), false], // in a failed transaction
      [msg('1'), false], // ParseComplete: the exchange goes on until Sync
      [Buffer.concat([ready('I'), msg('G', '\0\0\0')]), false], // COPY FROM STDIN under way
      [ready('I').subarray(0, 5), false], // ReadyForQuery not whole yet
    ];
    for (const [bytes, idle] of answers) {
      const whole = new BackendScanner();
      whole.push(bytes);
      const cut = new BackendScanner();
      byteByByte(cut, bytes);
      expect([bytes.toString('latin1'), whole.endsIdle(), cut.endsIdle()]).toEqual([
        bytes.toString('latin1'),
        idle,
        idle,
      ]);
    }
  });
});

describe('FrontendReader: whole messages only', () => {
  it('answers SSL, then hands the startup packet, then the typed messages received whole', () => {
    const reader = new FrontendReader();
    const ssl = Buffer.alloc(8);
    ssl.writeInt32BE(8, 0);
    ssl.writeInt32BE(80877103, 4);
    const parse = msg('P', `\0${PROBE_STATEMENT}\0\0\0`);
    const sync = msg('S');
    const all = Buffer.concat([ssl, startup(), parse, sync]);
    reader.push(all.subarray(0, 10));
    expect(reader.takeStartupRequests()).toEqual([{ kind: 'refuse-encryption' }]);
    expect(reader.takeMessages().messages).toHaveLength(0); // not started: nothing typed yet
    reader.push(all.subarray(10, all.length - 3)); // the startup packet, Parse, part of Sync
    expect(reader.takeStartupRequests().map((r) => r.kind)).toEqual(['startup']);
    expect(Buffer.from(reader.takeMessages().messages)).toEqual(parse);
    reader.push(all.subarray(all.length - 3));
    expect(reader.takeMessages()).toEqual({ messages: sync, terminate: false });
  });

  it('keeps Terminate from PGlite (it would end the one session) and reports it', () => {
    const reader = new FrontendReader();
    reader.push(Buffer.concat([startup(), msg('Q', `${PROBE_STATEMENT}\0`), msg('X')]));
    reader.takeStartupRequests();
    expect(reader.takeMessages()).toEqual({ messages: msg('Q', `${PROBE_STATEMENT}\0`), terminate: true });
  });
});

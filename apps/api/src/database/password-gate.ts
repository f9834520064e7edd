import {
  type BinaryLike,
  createHash,
  createHmac,
  pbkdf2Sync,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';
import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * PGlite trusts every connection (any user, any password, superuser). The gate sits in front of
 * it: it speaks the start of the PostgreSQL protocol itself, checks the password with
 * SCRAM-SHA-256 (what PostgreSQL does by default; the password never crosses the socket), and
 * only then connects the client to PGlite's socket server and passes the bytes through.
 */

const PROTOCOL_3 = 196608;
const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
const MECHANISM = 'SCRAM-SHA-256';
const ITERATIONS = 4096;
const AUTH_TIMEOUT_MS = 10_000;
const MAX_MESSAGE = 10_000;

export interface PasswordGateOptions {
  user: string;
  password: string;
  /** The Unix socket of PGlite's socket server (in a directory only this user can enter). */
  upstream: string;
}

/** A `net` server that authenticates each client before piping it to `upstream`. */
export function createPasswordGate(options: PasswordGateOptions): Server {
  const verifier = scramVerifier(options.password);
  const server = createServer((socket) => {
    void admit(socket, options, verifier).catch(() => socket.destroy());
  });
  server.on('error', () => undefined); // listen errors reach the caller through listen()
  return server;
}

interface ScramVerifier {
  salt: Buffer;
  storedKey: Buffer;
  serverKey: Buffer;
}

function scramVerifier(password: string): ScramVerifier {
  const salt = randomBytes(16);
  const salted = pbkdf2Sync(password.normalize('NFKC'), salt, ITERATIONS, 32, 'sha256');
  return {
    salt,
    storedKey: sha256(hmac(salted, 'Client Key')),
    serverKey: hmac(salted, 'Server Key'),
  };
}

const hmac = (key: BinaryLike, data: string) => createHmac('sha256', key).update(data).digest();
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest();

async function admit(socket: Socket, options: PasswordGateOptions, verifier: ScramVerifier) {
  socket.setTimeout(AUTH_TIMEOUT_MS, () => socket.destroy());
  const reader = new MessageReader(socket);
  const startup = await readStartup(socket, reader);
  if (!startup) return;
  const user = startup.params.get('user') ?? '';

  send(socket, 'R', int32(10), cstring(MECHANISM), Buffer.from([0]));
  const initial = await reader.typed('p');
  const mechanism = initial.subarray(0, initial.indexOf(0)).toString();
  const clientFirst = initial.subarray(mechanism.length + 5).toString();
  const gs2 = /^([ny]),,/.exec(clientFirst);
  const clientNonce = /(?:^|,)r=([^,]+)/.exec(clientFirst.slice(gs2?.[0].length ?? 0))?.[1];
  if (mechanism !== MECHANISM || !gs2 || !clientNonce) return refuse(socket, user);
  const clientFirstBare = clientFirst.slice(gs2[0].length);

  const nonce = clientNonce + randomBytes(18).toString('base64');
  const serverFirst = `r=${nonce},s=${verifier.salt.toString('base64')},i=${ITERATIONS}`;
  send(socket, 'R', int32(11), Buffer.from(serverFirst));

  const clientFinal = (await reader.typed('p')).toString();
  const proofAt = clientFinal.lastIndexOf(',p=');
  const withoutProof = clientFinal.slice(0, Math.max(proofAt, 0));
  const proof = Buffer.from(clientFinal.slice(proofAt + 3), 'base64');
  const expectedBinding = `c=${Buffer.from(gs2[0]).toString('base64')},r=${nonce}`;
  const authMessage = `${clientFirstBare},${serverFirst},${withoutProof}`;
  const clientKey = xor(proof, hmac(verifier.storedKey, authMessage));
  const proven =
    proofAt > 0 &&
    withoutProof === expectedBinding &&
    clientKey.length === verifier.storedKey.length &&
    timingSafeEqual(sha256(clientKey), verifier.storedKey);
  if (!proven || user !== options.user) return refuse(socket, user);

  const serverSignature = hmac(verifier.serverKey, authMessage).toString('base64');
  send(socket, 'R', int32(12), Buffer.from(`v=${serverSignature}`));
  socket.setTimeout(0);
  socket.pause();
  const pending = reader.detach();
  // PGlite answers the original startup message with AuthenticationOk and the session parameters.
  const upstream = connect(options.upstream, () => {
    upstream.write(Buffer.concat([startup.raw, pending]));
    socket.pipe(upstream);
    upstream.pipe(socket);
  });
  const close = () => {
    socket.destroy();
    upstream.destroy();
  };
  for (const end of [socket, upstream]) {
    end.on('error', close);
    end.on('close', close);
  }
}

async function readStartup(socket: Socket, reader: MessageReader) {
  for (;;) {
    const raw = await reader.untyped();
    const code = raw.readInt32BE(4);
    if ((code === SSL_REQUEST || code === GSSENC_REQUEST) && raw.length === 8) {
      socket.write('N'); // no encryption; the client goes on with a plain startup message
      continue;
    }
    if (code === CANCEL_REQUEST || code !== PROTOCOL_3) {
      socket.destroy();
      return null;
    }
    const fields = raw.subarray(8).toString().split('\0');
    const params = new Map<string, string>();
    for (let i = 0; i + 1 < fields.length; i += 2) {
      if (fields[i]) params.set(fields[i], fields[i + 1]);
    }
    return { raw, params };
  }
}

function refuse(socket: Socket, user: string): void {
  const fields = [
    ['S', 'FATAL'],
    ['V', 'FATAL'],
    ['C', '28P01'],
    ['M', `password authentication failed for user "${user.replace(/[^\w.@-]/g, '?')}"`],
  ];
  send(
    socket,
    'E',
    ...fields.map(([code, text]) => Buffer.concat([Buffer.from(code), cstring(text)])),
    Buffer.from([0]),
  );
  socket.end();
}

function send(socket: Socket, type: string, ...parts: Buffer[]): void {
  const body = Buffer.concat(parts);
  socket.write(Buffer.concat([Buffer.from(type), int32(body.length + 4), body]));
}

function int32(value: number): Buffer {
  const buffer = Buffer.alloc(4);
  buffer.writeInt32BE(value);
  return buffer;
}

const cstring = (text: string) => Buffer.from(`${text}\0`);

function xor(a: Buffer, b: Buffer): Buffer {
  if (a.length !== b.length) return Buffer.alloc(0);
  return Buffer.from(a.map((byte, i) => byte ^ b[i]));
}

/** Collects a socket's bytes into whole protocol messages (startup-style or typed). */
class MessageReader {
  private buffer = Buffer.alloc(0);
  private waiting?: () => void;
  private failed?: Error;
  private readonly onData = (chunk: Buffer) => {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    this.waiting?.();
  };
  private readonly onEnd = () => {
    this.failed = new Error('connection closed during authentication');
    this.waiting?.();
  };

  constructor(private readonly socket: Socket) {
    socket.on('data', this.onData);
    socket.on('close', this.onEnd);
    socket.on('error', this.onEnd);
  }

  /** A startup, SSL or cancel request: a length (itself included), then the body. */
  untyped(): Promise<Buffer> {
    return this.take(() => (this.buffer.length >= 4 ? this.buffer.readInt32BE(0) : null));
  }

  /** A message with a type byte, whose body is returned. */
  async typed(type: string): Promise<Buffer> {
    const message = await this.take(() =>
      this.buffer.length >= 5 ? 1 + this.buffer.readInt32BE(1) : null,
    );
    if (String.fromCharCode(message[0]) !== type) throw new Error('unexpected message');
    return message.subarray(5);
  }

  /** Stops reading and hands over the bytes that arrived after the last message. */
  detach(): Buffer {
    this.socket.off('data', this.onData);
    this.socket.off('close', this.onEnd);
    this.socket.off('error', this.onEnd);
    return this.buffer;
  }

  private async take(length: () => number | null): Promise<Buffer> {
    for (;;) {
      if (this.failed) throw this.failed;
      const size = length();
      if (size !== null && (size < 4 || size > MAX_MESSAGE)) throw new Error('bad message length');
      if (size !== null && this.buffer.length >= size) {
        const message = this.buffer.subarray(0, size);
        this.buffer = this.buffer.subarray(size);
        return message;
      }
      await new Promise<void>((resolve) => (this.waiting = resolve));
      this.waiting = undefined;
    }
  }
}

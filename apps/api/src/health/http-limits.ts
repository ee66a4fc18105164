import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { Lifecycle } from './health.controller';

/** What Node answers itself to a request that did not arrive in time (`lib/_http_server.js`). */
const REQUEST_TIMEOUT_RESPONSE = 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n';

/**
 * The HTTP server's limits and its stop (docs/operations.md, « Arrêt »):
 * - a request must arrive whole, headers and body, within `timeoutMs`: Node's `requestTimeout` and `headersTimeout`
 *   (its defaults: 300 s and 60 s), checked every second instead of every 30 s; past it, Node answers 408 and closes
 *   the connection;
 * - once the stop begins (`lifecycle.beginShutdown()`), every response says `Connection: close` — the one under way
 *   included — and its connection is closed after it: a client does not send its next request on a socket that is
 *   about to close (ECONNRESET). Requests under way finish;
 * - Node stops checking its timeouts as soon as the server is closed (the stop closes it at once): from then on,
 *   requests still arriving (a half-sent body, headers never finished) are cut here after the same `timeoutMs`, so
 *   that they do not hold the stop until it is forced.
 */
export function applyHttpLimits(server: Server, lifecycle: Lifecycle, timeoutMs: number): void {
  server.requestTimeout = timeoutMs;
  server.headersTimeout = timeoutMs;
  // An option of http.createServer (Nest creates the server without options), read when the server starts listening.
  (server as Server & { connectionsCheckingInterval: number }).connectionsCheckingInterval = Math.min(1_000, timeoutMs);

  /** Connections still receiving a request (headers or body), and since when. */
  const receiving = new Map<Socket, number>();
  /** The response under way on each connection. */
  const responding = new Map<Socket, ServerResponse>();

  server.on('connection', (socket: Socket) => {
    receiving.set(socket, Date.now());
    socket.once('close', () => {
      receiving.delete(socket);
      responding.delete(socket);
    });
  });
  // Before the application's own listener: the response must know it closes before anything is written.
  server.prependListener('request', (req: IncomingMessage, res: ServerResponse) => {
    const socket = req.socket;
    if (lifecycle.shuttingDown) res.shouldKeepAlive = false;
    responding.set(socket, res);
    if (req.complete) receiving.delete(socket);
    else req.once('end', () => receiving.delete(socket));
    res.once('finish', () => {
      if (responding.get(socket) === res) responding.delete(socket);
      // Kept alive: the connection waits for its next request from now on.
      if (!socket.destroyed) receiving.set(socket, Date.now());
    });
  });

  lifecycle.onShutdown(() => {
    for (const res of responding.values()) if (!res.headersSent) res.shouldKeepAlive = false;
    const check = setInterval(
      () => {
        const now = Date.now();
        for (const [socket, since] of receiving) {
          if (now - since < timeoutMs) continue;
          receiving.delete(socket);
          const res = responding.get(socket);
          if (res && !res.headersSent) {
            res.shouldKeepAlive = false;
            res.statusCode = 408;
            res.end();
          } else if (!res) socket.end(REQUEST_TIMEOUT_RESPONSE);
          socket.destroySoon();
        }
      },
      Math.min(250, timeoutMs),
    );
    check.unref();
    server.once('close', () => clearInterval(check));
  });
}

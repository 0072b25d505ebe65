import type { WebSocket } from 'ws';

const HEARTBEAT_MS = 30_000;

/**
 * Half-open connections (a laptop lid closed, a phone out of range) never say goodbye: ping every
 * 30 s and drop a socket that did not answer the previous ping, so its 'close' handlers run.
 */
export function keepAlive(socket: WebSocket): void {
  let alive = true;
  socket.on('pong', () => (alive = true));
  const heartbeat = setInterval(() => {
    if (!alive) return socket.terminate();
    alive = false;
    socket.ping();
  }, HEARTBEAT_MS);
  heartbeat.unref();
  socket.on('close', () => clearInterval(heartbeat));
}

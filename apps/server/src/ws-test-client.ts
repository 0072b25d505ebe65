/** A realtime client for tests, as the web app runs it: connects after the last number it saw. */
import WebSocket from 'ws';

interface Received {
  kind: string;
  lastSeq?: number;
  event?: { seq: number; type: string; payload: { name?: string } };
  presence?: { conversationId: string; userId: string; userName: string; state: string };
}

export function connect(url: string, headers: Record<string, string>) {
  const messages: Received[] = [];
  const ws = new WebSocket(url, { headers });
  const waiters: Array<() => void> = [];
  ws.on('message', (data) => {
    messages.push(JSON.parse(String(data)));
    for (const w of waiters.splice(0)) w();
  });
  const closed = new Promise<number>((r) => ws.on('close', (code) => r(code)));
  return {
    ws,
    messages,
    closed,
    /** Resolves on the server's hello: from then on, nothing the account does is missed. */
    async hello(ms = 10_000) {
      const deadline = Date.now() + ms;
      while (!messages.some((m) => m.kind === 'hello')) {
        if (Date.now() > deadline) throw new Error('no hello');
        await new Promise<void>((r) => (waiters.push(r), setTimeout(r, 100)));
      }
    },
    events: () => messages.filter((m) => m.kind === 'event').map((m) => m.event!),
    async waitForEvents(n: number, ms = 10_000) {
      const deadline = Date.now() + ms;
      while (this.events().length < n) {
        if (Date.now() > deadline) throw new Error(`got ${this.events().length} of ${n} events`);
        await new Promise<void>((r) => (waiters.push(r), setTimeout(r, 100)));
      }
      return this.events();
    },
    close: () => new Promise<void>((r) => (ws.once('close', () => r()), ws.close())),
  };
}

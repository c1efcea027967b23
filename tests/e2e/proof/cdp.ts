/**
 * A minimal browser-level Chrome DevTools Protocol client for the proof suite: one WebSocket to the
 * browser endpoint, flat sessions (`Target.setAutoAttach` with `flatten: true`), so commands and
 * events of every target (pages, the service worker, the offscreen document, workers) share it.
 * Playwright's own CDPSession cannot address child sessions, which is why this exists.
 */
import WebSocket from 'ws';

export type CdpParams = Record<string, unknown>;
export type CdpEventHandler = (params: CdpParams, sessionId: string | undefined) => void;

interface Pending {
  resolve: (v: CdpParams) => void;
  reject: (e: Error) => void;
}

/** A connected CDP client. `send` without a sessionId addresses the browser target. */
export class CdpClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly handlers = new Map<string, CdpEventHandler[]>();
  private closed = false;

  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (raw) => this.dispatch(String(raw)));
    ws.on('close', () => {
      this.closed = true;
      for (const p of this.pending.values()) p.reject(new Error('CDP connection closed'));
      this.pending.clear();
    });
  }

  /**
   * Connects to the browser endpoint of a Chromium started with --remote-debugging-port.
   * @example const cdp = await CdpClient.connect(9222)
   */
  static async connect(port: number): Promise<CdpClient> {
    const version = (await (await fetch(`http://127.0.0.1:${port}/json/version`)).json()) as { webSocketDebuggerUrl: string };
    const ws = new WebSocket(version.webSocketDebuggerUrl, { perMessageDeflate: false, maxPayload: 512 * 1024 * 1024 });
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    return new CdpClient(ws);
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Sends a command; rejects with the protocol error message on failure, or after `timeoutMs`. */
  send<T = CdpParams>(method: string, params: CdpParams = {}, sessionId?: string, timeoutMs = 10_000): Promise<T> {
    if (this.closed) return Promise.reject(new Error('CDP connection closed'));
    const id = this.nextId++;
    const message = sessionId ? { id, method, params, sessionId } : { id, method, params };
    return new Promise<T>((resolve, reject) => {
      // A stopped worker's session can stay attached and never answer: bound every command.
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`CDP ${method} timed out`));
      }, timeoutMs);
      const done = <A>(fn: (a: A) => void) => (a: A) => {
        clearTimeout(timer);
        fn(a);
      };
      this.pending.set(id, { resolve: done(resolve as (v: CdpParams) => void), reject: done(reject) });
      this.ws.send(JSON.stringify(message));
    });
  }

  /** Subscribes to an event of any session. */
  on(method: string, handler: CdpEventHandler): void {
    const list = this.handlers.get(method) ?? [];
    list.push(handler);
    this.handlers.set(method, list);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await new Promise<void>((resolve) => {
      this.ws.once('close', () => resolve());
      this.ws.close();
      setTimeout(resolve, 1000);
    });
  }

  private dispatch(raw: string): void {
    const msg = JSON.parse(raw) as { id?: number; method?: string; params?: CdpParams; result?: CdpParams; error?: { message: string }; sessionId?: string };
    if (msg.id !== undefined) {
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      if (msg.error) p.reject(new Error(msg.error.message));
      else p.resolve(msg.result ?? {});
      return;
    }
    if (!msg.method) return;
    for (const h of this.handlers.get(msg.method) ?? []) {
      try {
        h(msg.params ?? {}, msg.sessionId);
      } catch {
        // A failing handler must not stop the others (or the socket).
      }
    }
  }
}

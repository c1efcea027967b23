/**
 * The proof suite's recorder: captures every outgoing request and every console/error line of
 * every context of one browser, through two independent nets. (1) A browser-level CDP client
 * auto-attaches (flatten) to all targets, including the service worker, the offscreen document,
 * pages, iframes and workers, and enables Network/Runtime/Log there before they run. (2)
 * `context.route('**')` records what Playwright routes. Invariant: nothing is modified or blocked.
 */
import type { BrowserContext } from '@playwright/test';
import { CdpClient, type CdpParams } from './cdp';

export interface TargetSeen {
  sessionId: string;
  targetId: string;
  /** CDP target type: page, service_worker, background_page (the offscreen document), iframe, worker... */
  type: string;
  url: string;
}

export interface RecordedRequest {
  via: 'cdp' | 'route';
  /** Target type that sent it (`route` records say `page-route`). */
  targetType: string;
  targetUrl: string;
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string;
  kind: 'http' | 'websocket' | 'websocket-frame';
}

export interface RecordedLog {
  targetType: string;
  targetUrl: string;
  source: 'console' | 'exception' | 'log';
  level: string;
  text: string;
}

/** What one recorded browser saw. */
export interface Recording {
  targets: TargetSeen[];
  requests: RecordedRequest[];
  logs: RecordedLog[];
}

const DOMAINS_BY_TYPE: Record<string, string[]> = {
  page: ['Network', 'Runtime', 'Log'],
  iframe: ['Network', 'Runtime', 'Log'],
  background_page: ['Network', 'Runtime', 'Log'],
  service_worker: ['Network', 'Runtime', 'Log'],
  shared_worker: ['Network', 'Runtime', 'Log'],
  worker: ['Network', 'Runtime'],
  other: ['Network', 'Runtime'],
};
const AUTO_ATTACH = { autoAttach: true, waitForDebuggerOnStart: true, flatten: true };

/** A live recorder. Read `recording` at any time; call `stop()` before closing the browser. */
export class Recorder {
  readonly recording: Recording = { targets: [], requests: [], logs: [] };
  private readonly sessions = new Map<string, TargetSeen>();
  private readonly byRequestId = new Map<string, RecordedRequest>();
  private readonly bodyFetches: Promise<unknown>[] = [];

  private constructor(private readonly cdp: CdpClient, private readonly context: BrowserContext) {}

  /**
   * Starts both nets on a browser launched with a DevTools port.
   * @example const rec = await Recorder.start(context, cdpPort); …; await rec.stop(); rec.recording.requests
   */
  static async start(context: BrowserContext, cdpPort: number): Promise<Recorder> {
    const recorder = new Recorder(await CdpClient.connect(cdpPort), context);
    recorder.listen();
    await recorder.cdp.send('Target.setDiscoverTargets', { discover: true });
    await recorder.cdp.send('Target.setAutoAttach', AUTO_ATTACH);
    await context.route('**/*', async (route) => {
      const req = route.request();
      recorder.recording.requests.push({
        via: 'route', targetType: 'page-route', targetUrl: safeFrameUrl(req), url: req.url(), method: req.method(),
        headers: req.headers(), body: req.postDataBuffer()?.toString('utf8') ?? '', kind: 'http',
      });
      await route.fallback();
    });
    return recorder;
  }

  /** Targets currently attached, e.g. to find the offscreen document (type background_page). */
  liveTargets(): TargetSeen[] {
    return [...this.sessions.values()];
  }

  /**
   * Evaluates `expression` (awaiting promises) in the first live target that matches.
   * @example await rec.evaluateIn((t) => t.url.endsWith('/offscreen.html'), 'performance.memory.usedJSHeapSize')
   */
  async evaluateIn(match: (t: TargetSeen) => boolean, expression: string, timeoutMs = 10_000): Promise<unknown> {
    const target = this.liveTargets().find(match);
    if (!target) throw new Error('no live target matches');
    const res = await this.cdp.send<{ result: { value?: unknown }; exceptionDetails?: { text: string; exception?: { description?: string } } }>(
      'Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, target.sessionId, timeoutMs);
    if (res.exceptionDetails) throw new Error(`evaluate failed: ${res.exceptionDetails.exception?.description ?? res.exceptionDetails.text}`);
    return res.result.value;
  }

  /** Sends a raw CDP command to a target's session (or the browser when sessionId is undefined). */
  send<T = CdpParams>(method: string, params: CdpParams = {}, sessionId?: string): Promise<T> {
    return this.cdp.send<T>(method, params, sessionId);
  }

  /** Waits for pending body reads, then disconnects both nets. */
  async stop(): Promise<Recording> {
    await Promise.race([Promise.allSettled(this.bodyFetches), new Promise((r) => setTimeout(r, 3000))]);
    await this.context.unrouteAll({ behavior: 'ignoreErrors' }).catch(() => undefined);
    await this.cdp.close();
    return this.recording;
  }

  private listen(): void {
    const cdp = this.cdp;
    cdp.on('Target.attachedToTarget', (p) => void this.attach(p));
    cdp.on('Target.detachedFromTarget', (p) => this.sessions.delete(String(p['sessionId'])));
    cdp.on('Target.targetInfoChanged', (p) => {
      const info = p['targetInfo'] as { targetId: string; url: string };
      for (const t of this.sessions.values()) if (t.targetId === info.targetId) t.url = info.url;
    });
    cdp.on('Network.requestWillBeSent', (p, sid) => this.onRequest(p, sid));
    cdp.on('Network.requestWillBeSentExtraInfo', (p, sid) => {
      const rec = this.byRequestId.get(`${sid}:${String(p['requestId'])}`);
      if (rec) Object.assign(rec.headers, p['headers'] as Record<string, string>);
      else this.push(sid, { url: '', method: '', headers: p['headers'] as Record<string, string>, body: '', kind: 'http' });
    });
    cdp.on('Network.webSocketCreated', (p, sid) => this.push(sid, { url: String(p['url']), method: 'GET', headers: {}, body: '', kind: 'websocket' }));
    cdp.on('Network.webSocketFrameSent', (p, sid) => {
      const payload = String((p['response'] as { payloadData?: string })?.payloadData ?? '');
      this.push(sid, { url: '', method: 'FRAME', headers: {}, body: payload, kind: 'websocket-frame' });
    });
    cdp.on('Runtime.consoleAPICalled', (p, sid) => {
      const args = (p['args'] as RemoteObject[] | undefined) ?? [];
      this.log(sid, 'console', String(p['type']), args.map(remoteText).join(' '));
    });
    cdp.on('Runtime.exceptionThrown', (p, sid) => {
      const d = p['exceptionDetails'] as { text?: string; exception?: RemoteObject };
      this.log(sid, 'exception', 'error', `${d.text ?? ''} ${d.exception ? remoteText(d.exception) : ''}`);
    });
    cdp.on('Log.entryAdded', (p, sid) => {
      const e = p['entry'] as { level: string; text: string; url?: string };
      this.log(sid, 'log', e.level, `${e.text} ${e.url ?? ''}`);
    });
  }

  private async attach(p: CdpParams): Promise<void> {
    const sessionId = String(p['sessionId']);
    const info = p['targetInfo'] as { targetId: string; type: string; url: string };
    const seen: TargetSeen = { sessionId, targetId: info.targetId, type: info.type, url: info.url };
    if ([...this.sessions.values()].some((t) => t.targetId === info.targetId)) {
      // Already recorded through another session (e.g. the SW auto-attached under a page too): just let it run.
      if (p['waitingForDebugger']) await this.cdp.send('Runtime.runIfWaitingForDebugger', {}, sessionId).catch(() => undefined);
      return;
    }
    this.sessions.set(sessionId, seen);
    this.recording.targets.push(seen); // same object: URL updates (navigation) show in the recording
    const domains = DOMAINS_BY_TYPE[info.type] ?? DOMAINS_BY_TYPE['other']!;
    // Commands of one session run in order, so the domains are on before the target resumes; not
    // awaiting the replies keeps a paused target (e.g. the service worker at startup) paused only briefly.
    const pending = [
      ...domains.map((d) => this.cdp.send(`${d}.enable`, d === 'Network' ? { maxPostDataSize: 64 * 1024 * 1024 } : {}, sessionId)),
      this.cdp.send('Target.setAutoAttach', AUTO_ATTACH, sessionId),
    ];
    if (p['waitingForDebugger']) pending.push(this.cdp.send('Runtime.runIfWaitingForDebugger', {}, sessionId));
    await Promise.allSettled(pending);
  }

  private onRequest(p: CdpParams, sid: string | undefined): void {
    const req = p['request'] as { url: string; method: string; headers: Record<string, string>; postData?: string; hasPostData?: boolean; postDataEntries?: { bytes?: string }[] };
    let body = req.postData ?? '';
    if (!body && req.postDataEntries) body = req.postDataEntries.map((e) => Buffer.from(e.bytes ?? '', 'base64').toString('utf8')).join('');
    const rec = this.push(sid, { url: req.url, method: req.method, headers: { ...req.headers }, body, kind: 'http' });
    this.byRequestId.set(`${sid}:${String(p['requestId'])}`, rec);
    if (req.hasPostData && !body && sid) {
      this.bodyFetches.push(this.cdp.send<{ postData: string }>('Network.getRequestPostData', { requestId: p['requestId'] }, sid)
        .then((r) => (rec.body = r.postData), () => undefined));
    }
  }

  private push(sid: string | undefined, r: Omit<RecordedRequest, 'via' | 'targetType' | 'targetUrl'>): RecordedRequest {
    const t = sid ? this.sessions.get(sid) : undefined;
    const rec: RecordedRequest = { via: 'cdp', targetType: t?.type ?? 'unknown', targetUrl: t?.url ?? '', ...r };
    this.recording.requests.push(rec);
    return rec;
  }

  private log(sid: string | undefined, source: RecordedLog['source'], level: string, text: string): void {
    const t = sid ? this.sessions.get(sid) : undefined;
    this.recording.logs.push({ targetType: t?.type ?? 'unknown', targetUrl: t?.url ?? '', source, level, text });
  }
}

interface RemoteObject {
  type?: string;
  value?: unknown;
  description?: string;
  unserializableValue?: string;
  preview?: unknown;
}

/** Everything a console argument shows: its value, description and (for objects) its preview. */
function remoteText(o: RemoteObject): string {
  const parts = [o.value === undefined ? '' : typeof o.value === 'string' ? o.value : JSON.stringify(o.value), o.description ?? '', o.unserializableValue ?? ''];
  if (o.preview) parts.push(JSON.stringify(o.preview));
  return parts.filter(Boolean).join(' ');
}

function safeFrameUrl(req: { frame(): { url(): string } }): string {
  try {
    return req.frame().url();
  } catch {
    return ''; // service-worker requests have no frame
  }
}

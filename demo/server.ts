/**
 * The local demo EHR server (node:http). Binds 127.0.0.1 (the default allowed origin); the same
 * server is reachable as http://localhost:<port>, an origin that is NOT allowed, so tests can show
 * that no script is injected there. Run standalone: `npx tsx demo/server.ts [--port 8123]`.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { renderPage } from './pages';

export interface DemoServer {
  /** http://127.0.0.1:<port> (allowed origin) */
  url: string;
  /** http://localhost:<port> (same pages, not an allowed origin) */
  localhostUrl: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Starts the demo EHR. Port 0 picks a free port.
 * @example const demo = await startDemoServer({ port: 0 }); await page.goto(demo.url)
 */
export async function startDemoServer(opts: { port?: number; host?: string } = {}): Promise<DemoServer> {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://demo').pathname;
    const page = req.method === 'GET' || req.method === 'HEAD' ? renderPage(path) : null;
    if (!page) {
      res.writeHead(path === '/favicon.ico' ? 204 : 404, { 'content-type': 'text/plain' });
      res.end(path === '/favicon.ico' ? undefined : 'Not found');
      return;
    }
    res.writeHead(200, { 'content-type': page.type, 'cache-control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : page.body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    localhostUrl: `http://localhost:${port}`,
    port,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const i = process.argv.indexOf('--port');
  const port = i > 0 ? Number(process.argv[i + 1]) : 8123;
  const demo = await startDemoServer({ port });
  console.log(`Demo EHR at ${demo.url} (also ${demo.localhostUrl}, not an allowed origin)`);
}

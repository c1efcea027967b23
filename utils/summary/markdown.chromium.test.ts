// Real-browser check that a malicious gateway answer cannot execute in Chromium: the renderer
// (marked + DOMPurify + text-only restored values) is bundled and run in headless Debian
// Chromium. A positive control inserts the raw answer to prove the probe detects execution.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`SKIPPED: Chromium XSS check needs ${CHROMIUM}`);

const MALICIOUS = [
  '# Summary for [NAME_1]', '<script>window.__pwned = 1</script>', '<img src="x" onerror="window.__pwned = 2">',
  '<a href="javascript:window.__pwned=3">click me</a> [docs](javascript:window.__pwned=6)',
  '<p onclick="window.__pwned=4" onmouseover="window.__pwned=5">hover</p>',
  '<iframe srcdoc="<script>parent.__pwned=7</script>"></iframe><svg onload="window.__pwned=8"></svg><details open ontoggle="window.__pwned=9">x</details>',
].join('\n\n');

describe.skipIf(!hasChromium)('malicious summary in real Chromium', () => {
  it('executes nothing after rendering (and the probe does catch raw HTML)', async () => {
    const { build } = await import('esbuild');
    const { chromium } = await import('@playwright/test');
    const dir = mkdtempSync(join(tmpdir(), 'cv-xss-'));
    const entry = join(dir, 'entry.ts');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(entry, `import { renderSegments } from ${JSON.stringify(resolve('utils/summary/markdown.ts'))};
import { createStreamingReidentifier, placeholderMap } from ${JSON.stringify(resolve('utils/reidentify/stream.ts'))};
(globalThis as any).cv = { renderSegments, createStreamingReidentifier, placeholderMap };`);
    await build({ entryPoints: [entry], bundle: true, format: 'iife', outfile: join(dir, 'bundle.js'), platform: 'browser', logLevel: 'silent' });
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    try {
      const probe = async (raw: boolean) => {
        const page = await browser.newPage();
        await page.setContent('<!doctype html><html><body><div id="host"></div></body></html>');
        await page.addScriptTag({ path: join(dir, 'bundle.js') });
        return page.evaluate(async ({ mal, raw }) => {
          const cv = (window as any).cv;
          const r = cv.createStreamingReidentifier(cv.placeholderMap([{ placeholder: '[NAME_1]', original: '<img src=y onerror="window.__pwned=10">Anna' }]));
          for (let i = 0; i < mal.length; i += 5) r.push(mal.slice(i, i + 5));
          r.end();
          const host = document.getElementById('host')!;
          host.innerHTML = raw ? mal : cv.renderSegments(r.segments, 'reidentified');
          for (const el of host.querySelectorAll('*')) {
            el.dispatchEvent(new MouseEvent('click', { bubbles: true }));
            el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
          }
          await new Promise((res) => setTimeout(res, 300));
          return { pwned: (window as any).__pwned ?? null, mark: host.querySelector('mark')?.textContent ?? null };
        }, { mal: MALICIOUS, raw });
      };
      const safe = await probe(false);
      expect(safe.pwned).toBeNull();
      expect(safe.mark).toBe('<img src=y onerror="window.__pwned=10">Anna'); // shown as text
      expect((await probe(true)).pwned).not.toBeNull(); // positive control
    } finally {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

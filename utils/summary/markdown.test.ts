// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { startGateway, type RunningGateway } from '../../gateway/src/server.ts';
import { startFakeUpstream, type FakeUpstream } from '../../gateway/src/testing.ts';
import { streamChat } from '../gateway/client.ts';
import { createStreamingReidentifier, placeholderMap, segmentText } from '../reidentify/stream.ts';
import { renderMarkdown, renderSegments } from './markdown.ts';

const MALICIOUS = [
  '# Summary for [NAME_1]',
  '<script>window.__pwned = 1</script>',
  '<img src="x" onerror="window.__pwned = 2">',
  '<a href="javascript:window.__pwned=3">click me</a> and [docs](javascript:alert(1)) and [ok](https://example.org/a)',
  '<p onclick="window.__pwned=4" onmouseover="window.__pwned=5">hover</p>',
  '<iframe src="javascript:alert(1)"></iframe><svg><script>alert(1)</script></svg><form action="https://evil"><input></form>',
  '<div style="background:url(javascript:alert(1))">styled</div>',
  '[x](JaVaScRiPt:alert(1)) [y](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
].join('\n\n');

/** Checks the rendered HTML as a DOM: no dangerous element, attribute or URL survives. */
const assertInert = (html: string) => {
  expect(html).not.toMatch(/<script/i);
  const host = document.createElement('div');
  host.innerHTML = html;
  expect(host.querySelectorAll('script, iframe, svg, form, input, img, style, object, embed').length).toBe(0);
  for (const el of host.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      expect(attr.name).not.toMatch(/^on/i);
      expect(attr.name).not.toBe('style');
      expect(attr.value).not.toMatch(/^\s*(javascript|data|vbscript):/i);
    }
  }
};

let gw: RunningGateway | undefined;
let up: FakeUpstream | undefined;
afterEach(async () => { await gw?.close(); await up?.close(); gw = up = undefined; delete (window as { __pwned?: number }).__pwned; });

describe('renderMarkdown', () => {
  it('renders ordinary Markdown', () => {
    const html = renderMarkdown('## Plan\n\n- **Aspirin** 81 mg\n- [guide](https://example.org)');
    expect(html).toContain('<h2>Plan</h2>');
    expect(html).toContain('<strong>Aspirin</strong>');
    expect(html).toContain('<a href="https://example.org" target="_blank" rel="noopener noreferrer nofollow">guide</a>');
  });

  it('strips script, event handlers and javascript: URLs', () => {
    const html = renderMarkdown(MALICIOUS);
    assertInert(html);
    expect(html).toContain('click me');
    expect(html).toContain('href="https://example.org/a"');
  });
});

describe('malicious gateway answer, end to end', () => {
  it('is sanitized and nothing executes when shown in the page', async () => {
    up = await startFakeUpstream(MALICIOUS);
    gw = await startGateway({ port: 0, log: false, upstreams: [{ url: up.url }] });
    const map = placeholderMap([{ placeholder: '[NAME_1]', original: '<b onmouseover=alert(1)>Anna</b> Smith' }]);
    const re = createStreamingReidentifier(map);
    const { text } = await streamChat({ endpoints: [gw.url], accessToken: await gw.mintAccessToken!(), messages: [{ role: 'user', content: 'Summarize [NAME_1].' }], onDelta: (d) => re.push(d) });
    expect(text).toBe(MALICIOUS);
    re.end();
    const html = renderSegments(re.segments, 'reidentified');
    assertInert(html);
    // The original value is text, never markup, even when it looks like HTML.
    expect(html).toContain('<mark class="cv-restored" data-entity="NAME">&lt;b onmouseover=alert(1)&gt;Anna&lt;/b&gt; Smith</mark>');
    const host = document.createElement('div');
    host.innerHTML = html;
    document.body.appendChild(host);
    for (const el of host.querySelectorAll('*')) el.dispatchEvent(new Event('click')), el.dispatchEvent(new Event('mouseover'));
    await new Promise((r) => setTimeout(r, 20));
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
    expect(host.querySelectorAll('script, iframe, img, form').length).toBe(0);
  });
});

describe('renderSegments', () => {
  const map = placeholderMap([{ placeholder: '[NAME_1]', original: 'Anna Smith' }]);
  it('highlights restored values, or shows placeholders in the masked version', () => {
    const segs = segmentText('**[Name_1]** seen; call [PHONE_2].', map);
    expect(renderSegments(segs, 'reidentified')).toBe('<p><strong><mark class="cv-restored" data-entity="NAME">Anna Smith</mark></strong> seen; call <span class="cv-masked">[PHONE_2]</span>.</p>\n');
    expect(renderSegments(segs, 'masked')).toContain('<mark class="cv-restored cv-as-masked" data-entity="NAME">[NAME_1]</mark>');
  });

  it('never puts an original into an attribute', () => {
    const segs = segmentText('[see](https://x.org/[NAME_1]) and <a title="[NAME_1]">t</a>', map);
    const html = renderSegments(segs, 'reidentified');
    expect(html).not.toMatch(/(href|title)="[^"]*Anna/);
  });
});

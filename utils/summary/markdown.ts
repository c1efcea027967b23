/**
 * Renders LLM output as Markdown (marked) and sanitizes it (DOMPurify): LLM output is
 * untrusted, so no script, event handler, style, form, frame, image or non-http(s)/mailto URL
 * survives. Re-identified values are inserted after sanitizing, as DOM text nodes only, so an
 * original value can never become markup or reach an attribute (e.g. a link URL).
 */
import DOMPurify from 'dompurify';
import { marked } from 'marked';
import type { Segment } from '../reidentify/stream.ts';
import { bracketed } from '../reidentify/placeholder.ts';
import type { SummaryVersion } from '../reidentify/view.ts';

type Purifier = ReturnType<typeof DOMPurify>;
const purifiers = new WeakMap<object, Purifier>();

/** One DOMPurify instance per window, with the link hook installed once. */
function purifierFor(win: Window): Purifier {
  let p = purifiers.get(win);
  if (!p) {
    p = DOMPurify(win as unknown as Parameters<typeof DOMPurify>[0]);
    p.addHook('afterSanitizeAttributes', (node) => {
      if ((node as Element).tagName === 'A') {
        (node as Element).setAttribute('target', '_blank');
        (node as Element).setAttribute('rel', 'noopener noreferrer nofollow');
      }
    });
    purifiers.set(win, p);
  }
  return p;
}

const CONFIG = {
  USE_PROFILE: { html: true },
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'frame', 'object', 'embed', 'img', 'svg', 'math', 'video', 'audio', 'source', 'link', 'meta', 'base'],
  FORBID_ATTR: ['style', 'srcset', 'action', 'formaction', 'xlink:href'],
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#)/i,
};

const resolveWindow = (win?: Window): Window => {
  const w = win ?? (globalThis as { window?: Window }).window;
  if (!w?.document) throw new Error('renderMarkdown needs a DOM window');
  return w;
};

/**
 * Markdown -> sanitized HTML string.
 * @example renderMarkdown('**hi** <img src=x onerror=alert(1)>') // '<p><strong>hi</strong> </p>'
 */
export function renderMarkdown(markdown: string, win?: Window): string {
  const w = resolveWindow(win);
  const html = marked.parse(markdown, { async: false, gfm: true, breaks: false }) as string;
  return purifierFor(w).sanitize(html, CONFIG) as unknown as string;
}

const OPEN = '\uE000';
const CLOSE = '\uE001';
const SENTINEL = /\uE000(\d+)\uE001/g;

/**
 * Renders summary segments: Markdown from the text, then each placeholder as a text-only
 * `<mark class="cv-restored">` (original, or the placeholder when `version` is 'masked') or a
 * `<span class="cv-masked">` for unknown/unfinished ones.
 * @example renderSegments(segments, 'reidentified') // '<p>Seen by <mark class="cv-restored" data-entity="NAME">Anna Smith</mark>.</p>'
 */
export function renderSegments(segments: readonly Segment[], version: SummaryVersion, win?: Window): string {
  const w = resolveWindow(win);
  const source = segments.map((s, i) => (s.kind === 'text' ? s.text.replace(/[\uE000\uE001]/g, '') : `${OPEN}${i}${CLOSE}`)).join('');
  const doc = w.document;
  const holder = doc.createElement('div');
  holder.innerHTML = renderMarkdown(source, w); // already sanitized
  const walker = doc.createTreeWalker(holder, 4 /* NodeFilter.SHOW_TEXT */);
  const texts: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Text).data.includes(OPEN)) texts.push(n as Text);
  for (const node of texts) {
    const frag = doc.createDocumentFragment();
    let last = 0;
    const data = node.data;
    SENTINEL.lastIndex = 0;
    for (let m = SENTINEL.exec(data); m; m = SENTINEL.exec(data)) {
      if (m.index > last) frag.appendChild(doc.createTextNode(data.slice(last, m.index)));
      const seg = segments[Number(m[1])];
      if (seg && seg.kind === 'restored') {
        const mark = doc.createElement('mark');
        mark.className = version === 'masked' ? 'cv-restored cv-as-masked' : 'cv-restored';
        mark.setAttribute('data-entity', seg.entity);
        mark.textContent = version === 'masked' ? bracketed(seg.key) : seg.original;
        frag.appendChild(mark);
      } else if (seg && seg.kind === 'masked') {
        const span = doc.createElement('span');
        span.className = 'cv-masked';
        span.textContent = seg.text;
        frag.appendChild(span);
      }
      last = m.index + m[0].length;
    }
    if (last < data.length) frag.appendChild(doc.createTextNode(data.slice(last)));
    node.replaceWith(frag);
  }
  return holder.innerHTML;
}

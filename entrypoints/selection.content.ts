/**
 * The selection content script, registered at runtime only on allowed origins, in all frames.
 * It answers the background's `content.*` requests (current selection, patient banner) and
 * reports selection changes (mouseup/keyup) so an open panel follows the selection. Nothing more:
 * it never listens to window messages, so a page cannot drive it.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { readBanner } from '@/utils/capture/banner';
import { readSelection } from '@/utils/capture/selection';
import { createInsertTracker } from '@/utils/review/insert';
import { sendToBackground, selfIdentity } from '@/utils/messaging/client';
import { contentValidators, type ContentProtocol } from '@/utils/messaging/content-protocol';
import { createRouter } from '@/utils/messaging/router';
import type { Handlers } from '@/utils/messaging/types';

/** Wait this long after the last mouseup/keyup before reporting, so drags and key repeats coalesce. */
const SETTLE_MS = 150;

export default defineContentScript({
  // Dev default only; the live origin list is registered by the background (content-scripts.ts).
  matches: ['http://127.0.0.1/*'],
  registration: 'runtime',
  allFrames: true,
  noScriptStartedPostMessage: true,
  main(ctx) {
    const inserter = createInsertTracker(document);
    ctx.onInvalidated(() => inserter.stop());
    const handlers: Handlers<ContentProtocol> = {
      'content.getSelection': () => {
        const selection = readSelection(document);
        if (selection.source !== 'page' && selection.text) inserter.markSource(document.activeElement);
        return selection;
      },
      'content.readBanner': ({ selectors }) => ({ known: readBanner(document, selectors) }),
      'content.insertProbe': () => inserter.probe(),
      'content.insertText': ({ text }) => ({ chars: inserter.insert(text) }),
    };
    const listener = createRouter<ContentProtocol>({ prefix: 'content.', handlers, validators: contentValidators, self: selfIdentity() });
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));

    let lastSent = '';
    let timer: number | undefined;
    const report = () => {
      const { text, source } = readSelection(document);
      if (!text.trim() || text === lastSent) return;
      if (source !== 'page') inserter.markSource(document.activeElement);
      lastSent = text;
      sendToBackground('bg.selectionCaptured', { text, source }).catch(() => undefined);
    };
    const schedule = (event: Event) => {
      if (!event.isTrusted) return; // synthetic events from the page are not user selections
      if (timer !== undefined) clearTimeout(timer);
      timer = ctx.setTimeout(report, SETTLE_MS);
    };
    // The EHR page is open: have the engine loaded before the first selection (top frame only, once).
    if (window === window.top) sendToBackground('bg.warmEngine', {}).catch(() => undefined);
    ctx.addEventListener(document, 'mouseup', schedule, { capture: true });
    ctx.addEventListener(document, 'keyup', schedule, { capture: true });
  },
});

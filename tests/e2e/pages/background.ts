/**
 * Page object for the service worker: reads extension state the way a test needs it (analysis
 * state in storage.session, open contexts, registered origins, offscreen status) via sw.evaluate.
 * Functions passed to evaluate run inside the worker, where `chrome` is the extension API.
 */
import type { Worker } from '@playwright/test';
import type { browser } from 'wxt/browser';
import type { AnalysisState } from '../../../utils/messaging/panel-state';
import type { OffscreenStatus } from '../../../utils/messaging/offscreen-protocol';

/** The extension API as seen inside sw.evaluate (typed like WXT's `browser`). */
type Chrome = typeof browser;
declare const chrome: Chrome;

export class BackgroundPage {
  constructor(readonly sw: Worker) {}

  /** Current `session:analysis` state (what the panel renders). */
  analysisState(): Promise<AnalysisState | undefined> {
    return this.sw.evaluate(async () => (await chrome.storage.session.get('analysis'))['analysis'] as AnalysisState | undefined);
  }

  /** All keys in storage.session and storage.local (to prove nothing was stored). */
  storedKeys(): Promise<{ session: string[]; local: string[] }> {
    return this.sw.evaluate(async () => ({
      session: Object.keys(await chrome.storage.session.get(null)),
      local: Object.keys(await chrome.storage.local.get(null)),
    }));
  }

  /** Everything in storage.session and storage.local as one JSON string (to scan for PHI). */
  storedJson(): Promise<string> {
    return this.sw.evaluate(async () => JSON.stringify([await chrome.storage.session.get(null), await chrome.storage.local.get(null)]));
  }

  /** Context types currently open (e.g. OFFSCREEN_DOCUMENT, SIDE_PANEL, TAB). */
  contextTypes(): Promise<string[]> {
    return this.sw.evaluate(async () => (await chrome.runtime.getContexts({})).map((c) => c.contextType));
  }

  /** Match patterns the selection content script is registered on. */
  registeredOrigins(): Promise<string[]> {
    return this.sw.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []));
  }

  /** Asks the offscreen document for its engine status (throws if it does not exist). */
  offscreenStatus(): Promise<OffscreenStatus> {
    return this.sw.evaluate(async () => {
      const reply = (await chrome.runtime.sendMessage({ type: 'offscreen.status', data: {} })) as { ok: boolean; value: OffscreenStatus };
      if (!reply?.ok) throw new Error('offscreen.status failed');
      return reply.value;
    });
  }

  /** Sanitize requests the engine has analysed: 0 when no offscreen document exists (an EHR page may have warmed one). */
  async engineAnalyses(): Promise<number> {
    return (await this.contextTypes()).includes('OFFSCREEN_DOCUMENT') ? (await this.offscreenStatus()).analyses : 0;
  }

  /** Id of the tab whose URL starts with `urlPrefix`. */
  async tabId(urlPrefix: string): Promise<number> {
    const id = await this.sw.evaluate(async (prefix) => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((t) => t.url?.startsWith(prefix))?.id ?? -1;
    }, urlPrefix);
    if (id < 0) throw new Error(`no tab at ${urlPrefix}`);
    return id;
  }

  /** Id of the active tab of the last focused window (works without host permission for it). */
  async activeTabId(): Promise<number> {
    return this.sw.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1);
  }

  /** True when our content script answers in frame `frameId` of `tabId`. */
  contentScriptAnswers(tabId: number, frameId = 0): Promise<boolean> {
    return this.sw.evaluate(async ([tab, frame]) => {
      try {
        const reply = (await chrome.tabs.sendMessage(tab, { type: 'content.getSelection', data: {} }, { frameId: frame })) as { ok?: boolean };
        return reply?.ok === true;
      } catch {
        return false;
      }
    }, [tabId, frameId] as const);
  }
}

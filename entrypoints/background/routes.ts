/**
 * The background's routes table: one handler per `bg.*` message type. Handlers only translate a
 * message into a call on the background's modules; sender checks and payload guards already ran
 * in the router (utils/messaging/router.ts), against SENDER_RULES and bgValidators.
 */
import { browser } from 'wxt/browser';
import type { BgProtocol } from '@/utils/messaging/bg-protocol';
import type { Handlers } from '@/utils/messaging/types';
import { analyzeCapture, isPanelOpen, recoverInterrupted, reportProgress } from './analysis';
import { accessibleFrames, readKnown } from './capture-tab';
import { currentAllowedOrigins, isOriginAllowed } from './content-scripts';
import { activeTabFor, insertIntoTab } from './insert';
import { ensureOffscreen } from './offscreen-host';
import { captureSettings, tabUrl } from './policy-inputs';
import { captureAndAnalyze } from './triggers';
import { vaultHostRoutes } from './vault-routes';
import { feedbackRoutes } from './feedback-route';

export const routes: Handlers<BgProtocol> = {
  /** Selection changed in a page: follow it only while a panel is open to show the result. */
  async 'bg.selectionCaptured'({ text, source }, sender) {
    if (!text.trim() || sender.tabId === undefined || !(await isPanelOpen())) return { accepted: false };
    if (!(await isOriginAllowed(sender.origin))) return { accepted: false };
    const settings = await captureSettings();
    const selectors = settings.bannerSelectors(await tabUrl(sender.tabId));
    const known = await readKnown(sender.tabId, await accessibleFrames(sender.tabId), selectors);
    void analyzeCapture({ text, source }, known, settings);
    return { accepted: true };
  },

  /**
   * An allowed EHR page opened: create the offscreen document now, so the engine (ORT, model,
   * lexicons, JIT warm-up) is loaded before the clinician's first selection. Carries no text.
   */
  async 'bg.warmEngine'(_data, sender) {
    if (sender.tabId === undefined || !(await isOriginAllowed(sender.origin))) return { warming: false };
    void ensureOffscreen().catch(() => undefined); // a failure here is retried, and reported, by the first sanitize
    return { warming: true };
  },

  /** The panel's "Capture selection" button: the active tab of the panel's window. */
  async 'bg.captureActiveTab'(_data, sender) {
    const query = sender.windowId !== undefined && sender.tabId === undefined
      ? { active: true, windowId: sender.windowId }
      : { active: true, lastFocusedWindow: true };
    const [tab] = await browser.tabs.query(query);
    if (tab?.id === undefined || tab.id === sender.tabId) return { captured: false };
    return { captured: await captureAndAnalyze(tab.id) };
  },

  'bg.sanitizeProgress'({ requestId, done, total }) {
    void reportProgress(requestId, done, total);
    return null;
  },

  async 'bg.ping'() {
    await recoverInterrupted();
    return { alive: true as const };
  },

  async 'bg.getAllowedOrigins'() {
    return { origins: await currentAllowedOrigins() };
  },

  /** The panel's "Insert into EHR": the active tab of the panel's window. */
  async 'bg.insertSummary'({ text }, sender) {
    const tabId = await activeTabFor(sender);
    return tabId === undefined ? { inserted: false, chars: 0 } : insertIntoTab(tabId, text);
  },

  /** Vault, drafts, audit log and the encrypted offline queue (vault-routes.ts). */
  ...vaultHostRoutes,

  /** "Report a miss" from the review preview (feedback-route.ts). */
  ...feedbackRoutes,
};

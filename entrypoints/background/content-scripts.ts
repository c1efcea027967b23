/**
 * Keeps the selection content script registered on exactly the allowed origins. Runs at every
 * worker start and whenever host permissions change; calls are serialised so that overlapping
 * syncs cannot register twice. Nothing is injected anywhere else (no activeTab, no manifest scripts).
 */
import { browser } from 'wxt/browser';
import { computeAllowedOrigins, DEFAULT_ORIGINS } from '@/utils/capture/origins';

export const CONTENT_SCRIPT_ID = 'chartveil-selection';
const CONTENT_SCRIPT_FILE = 'content-scripts/selection.js';

let queue: Promise<unknown> = Promise.resolve();

/**
 * The origins in force now. Policy hook: when utils/policy lands, pass its EHR allow-list as
 * `policyAllowList` here (null means "no policy set, use the defaults").
 */
export async function currentAllowedOrigins(): Promise<string[]> {
  const permitted = (await browser.permissions.getAll()).origins ?? [];
  const required = browser.runtime.getManifest().host_permissions ?? [];
  const userGranted = permitted.filter((p) => !required.includes(p));
  return computeAllowedOrigins({ defaults: DEFAULT_ORIGINS, userGranted, policyAllowList: null, permitted });
}

/**
 * Registers, updates or unregisters the content script to match `currentAllowedOrigins()`.
 * @example await syncContentScripts() // -> ['http://127.0.0.1/*']
 */
export function syncContentScripts(): Promise<string[]> {
  const run = queue.then(syncNow, syncNow);
  queue = run.catch(() => undefined);
  return run;
}

async function syncNow(): Promise<string[]> {
  const origins = await currentAllowedOrigins();
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [CONTENT_SCRIPT_ID] });
  if (origins.length === 0) {
    if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [CONTENT_SCRIPT_ID] });
    return origins;
  }
  const script = {
    id: CONTENT_SCRIPT_ID,
    js: [CONTENT_SCRIPT_FILE],
    matches: origins,
    allFrames: true,
    runAt: 'document_idle' as const,
    persistAcrossSessions: true,
  };
  if (existing.length) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
  return origins;
}

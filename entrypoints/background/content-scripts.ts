/**
 * Keeps the selection content script registered on exactly the allowed origins. Runs at every
 * worker start and whenever host permissions or the policy change; calls are serialised so that overlapping
 * syncs cannot register twice. Nothing is injected anywhere else (no activeTab, no manifest scripts).
 */
import { browser } from 'wxt/browser';
import { toOriginPattern } from '@/utils/capture/origins';
import { patternCovers } from '@/utils/policy/origin-pattern';
import { allowedContentScriptMatches } from './policy-inputs';

export const CONTENT_SCRIPT_ID = 'chartveil-selection';
const CONTENT_SCRIPT_FILE = 'content-scripts/selection.js';

let queue: Promise<unknown> = Promise.resolve();

/**
 * The origins in force now: the single place the background asks. utils/policy plans them (the
 * organisation's EHR allow-list when set, else the built-in demo origin plus user grants).
 */
export function currentAllowedOrigins(): Promise<string[]> {
  return allowedContentScriptMatches();
}

/**
 * True when a frame at `origin` (the browser-filled sender origin) is on an allowed origin now.
 * A tab keeps an injected script after its site is removed until reload; this check stops it.
 * @example await isOriginAllowed('http://127.0.0.1:8123') === true
 */
export async function isOriginAllowed(origin: string | undefined): Promise<boolean> {
  const pattern = origin ? toOriginPattern(origin) : null;
  if (!pattern) return false;
  return (await currentAllowedOrigins()).some((allowed) => patternCovers(allowed, pattern));
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

/**
 * What the capture pipe takes from the effective policy (utils/policy): the content-script origin
 * plan, the maximum selection size, the patient-banner selectors for a page, and the engine
 * overrides. Only values set by the organisation or the user override the engine's own tuned
 * defaults. Read fresh on every use: a stale policy must never weaken protection.
 */
import { browser } from 'wxt/browser';
import type { EngineOverrides } from '@/utils/messaging/offscreen-protocol';
import { currentContentScriptPlan } from '@/utils/policy/origins';
import type { EffectivePolicy } from '@/utils/policy/merge';
import { parseEhrOrigin } from '@/utils/policy/origin-pattern';
import { readEffectivePolicy } from '@/utils/policy/reader';

/** Banner selectors of the demo EHR, used on the built-in demo origin when policy sets none. */
export const DEMO_BANNER_SELECTORS: readonly string[] = ['[data-chartveil-banner] [data-phi]'];

export interface CaptureSettings {
  maxSelectionChars: number;
  engine: EngineOverrides;
  /** Banner selectors for a page at `pageUrl` (undefined: unknown page). */
  bannerSelectors(pageUrl: string | undefined): string[];
}

/**
 * Reads the effective policy and derives the capture settings.
 * @example const { maxSelectionChars } = await captureSettings();
 */
export async function captureSettings(): Promise<CaptureSettings> {
  return deriveCaptureSettings(await readEffectivePolicy());
}

/** Pure part of captureSettings, exported for tests. */
export function deriveCaptureSettings(policy: Pick<EffectivePolicy, 'values' | 'sources'>): CaptureSettings {
  const { values, sources } = policy;
  const engine: EngineOverrides = {};
  if (sources.maskedEntities !== 'default') engine.enabledEntities = [...values.maskedEntities];
  if (sources.failSafeThreshold !== 'default') engine.failSafeThreshold = values.failSafeThreshold;
  if (sources.operator !== 'default') engine.operator = values.operator;
  if (values.allowTerms.length) engine.allowTerms = [...values.allowTerms];
  if (values.denyTerms.length) engine.denyTerms = [...values.denyTerms];
  return {
    maxSelectionChars: values.maxSelectionChars,
    engine,
    bannerSelectors(pageUrl) {
      if (!pageUrl) return [];
      let url: URL;
      try {
        url = new URL(pageUrl);
      } catch {
        return [];
      }
      const rules = values.bannerSelectors.filter((rule) => originMatches(rule.origin, url));
      if (rules.length) return rules.flatMap((rule) => rule.selectors);
      return url.hostname === '127.0.0.1' && url.protocol === 'http:' ? [...DEMO_BANNER_SELECTORS] : [];
    },
  };
}

function originMatches(entry: string, url: URL): boolean {
  const parsed = parseEhrOrigin(entry);
  if (!parsed || `${parsed.scheme}:` !== url.protocol) return false;
  const host = url.hostname.toLowerCase();
  return parsed.host.startsWith('*.') ? host.endsWith(parsed.host.slice(1)) || host === parsed.host.slice(2) : host === parsed.host;
}

/** Match patterns the content script must be registered on now (policy allow-list or built-in + user grants). */
export async function allowedContentScriptMatches(): Promise<string[]> {
  return (await currentContentScriptPlan()).matches;
}

/** URL of a tab's top document (readable for tabs on allowed origins, which hold host permission). */
export async function tabUrl(tabId: number): Promise<string | undefined> {
  try {
    return (await browser.tabs.get(tabId)).url;
  } catch {
    return undefined;
  }
}

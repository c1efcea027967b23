/**
 * Computes where the selection content script may be registered: the policy's EHR allow-list
 * when the organisation sets one (then user grants outside it are ignored), else the built-in
 * hosts plus what the user granted. Invariant: every match returned is covered by a host
 * permission the browser actually grants, and nothing outside the allow-list is ever returned.
 */
import { browser } from 'wxt/browser';
import type { EffectivePolicy } from './merge';
import { patternCovers } from './origin-pattern';
import { readEffectivePolicy } from './reader';

/** The registration plan for the content script. */
export interface OriginPlan {
  /** Match patterns to register the content script on (sorted, distinct). */
  matches: string[];
  /** Allow-listed origins without a host permission yet: the panel may ask the user to grant them. */
  needsPermission: string[];
  /** Granted hosts left out because the policy allow-list does not include them. */
  excludedByPolicy: string[];
  /** 'policy' when the organisation's allow-list decided, else 'user'. */
  decidedBy: 'policy' | 'user';
}

export interface OriginInputs {
  policy: Pick<EffectivePolicy, 'values' | 'sources'>;
  /** Every host pattern the browser grants now (`permissions.getAll().origins`). */
  permitted: readonly string[];
  /** Built-in hosts used when no policy sets an allow-list (the manifest's host_permissions). */
  builtIn: readonly string[];
}

const isHttpPattern = (p: string) => /^https?:\/\/(\*\.)?[^/*:]+\/\*$/.test(p);
const sortedUnique = (xs: string[]) => [...new Set(xs)].sort();

/**
 * Plans the content-script matches. Pure.
 * @example planContentScripts({ policy, permitted: ['http://127.0.0.1/*'], builtIn: ['http://127.0.0.1/*'] }).matches // ['http://127.0.0.1/*'] when no policy
 */
export function planContentScripts(inputs: OriginInputs): OriginPlan {
  const { policy, permitted, builtIn } = inputs;
  const granted = permitted.filter(isHttpPattern);
  if (policy.sources.ehrOrigins === 'policy') {
    const wanted = policy.values.ehrOrigins;
    const covered = (p: string) => permitted.some((b) => patternCovers(b, p));
    return {
      matches: sortedUnique(wanted.filter(covered)),
      needsPermission: sortedUnique(wanted.filter((p) => !covered(p))),
      excludedByPolicy: sortedUnique(granted.filter((g) => !wanted.some((w) => patternCovers(w, g)))),
      decidedBy: 'policy',
    };
  }
  const candidates = [...builtIn.filter(isHttpPattern), ...granted];
  return {
    matches: sortedUnique(candidates.filter((p) => permitted.some((b) => patternCovers(b, p)))),
    needsPermission: [],
    excludedByPolicy: [],
    decidedBy: 'user',
  };
}

/**
 * Reads the effective policy and the granted permissions and plans the matches. The background
 * calls this at start, on permissions.onAdded/onRemoved and on policy changes (watchPolicy),
 * then (re)registers the content script with exactly `matches` (unregisters when empty).
 * @example const { matches } = await currentContentScriptPlan();
 */
export async function currentContentScriptPlan(policy?: EffectivePolicy): Promise<OriginPlan> {
  const [effective, perms] = await Promise.all([policy ?? readEffectivePolicy(), browser.permissions.getAll()]);
  const builtIn = browser.runtime.getManifest().host_permissions ?? [];
  return planContentScripts({ policy: effective, permitted: perms.origins ?? [], builtIn });
}

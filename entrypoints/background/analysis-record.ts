/**
 * What the background records about each finished analysis: the audit entries for capture (size)
 * and sanitize (counts per entity type, engine time, model version), and the patient context of
 * the page (session:patientContext). Invariant: only counts, a model slug and an opaque keyed id
 * leave this module; the banner identifiers never are stored or logged.
 */
import { browser } from 'wxt/browser';
import { slug, type Slug } from '@/utils/audit/events';
import type { AnalysisResult } from '@/utils/messaging/offscreen-protocol';
import { patientContextItem } from '@/utils/messaging/patient-context-state';
import { normalizeIdentifiers, patientContextIdFor } from '@/utils/vault/patient-context';
import { appendAuditQuietly, vaultHost } from './vault-host';

const SALT_KEY = 'patientContextSalt';

/** The engine's model version as an audit slug, e.g. `phi-ner-v1`. */
export function modelSlug(version: string): Slug {
  const s = version.toLowerCase().replace(/[^a-z0-9._-]/g, '-').replace(/^[^a-z0-9]+/, '').slice(0, 64);
  return slug(s || 'unknown');
}

/**
 * Keyed id of the banner identifiers: under the vault key when unlocked, else under a random
 * per-browser-session salt kept in storage.session (so a locked vault still scopes the view).
 */
async function contextId(known: string[]): Promise<string> {
  let norm: string[];
  try {
    norm = normalizeIdentifiers(known);
  } catch {
    return ''; // no banner identifiers on this page
  }
  try {
    return await vaultHost().vault.patientContextId(known);
  } catch {
    const got = (await browser.storage.session.get(SALT_KEY))[SALT_KEY];
    let salt = typeof got === 'string' ? Uint8Array.from(atob(got), (c) => c.charCodeAt(0)) : null;
    if (!salt) {
      salt = crypto.getRandomValues(new Uint8Array(32));
      await browser.storage.session.set({ [SALT_KEY]: btoa(String.fromCharCode(...salt)) });
    }
    return patientContextIdFor(salt, norm);
  }
}

/** Origin of the active tab (the EHR page the capture came from), '' when not visible to us. */
async function activeOrigin(): Promise<string> {
  try {
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.url ? new URL(tab.url).origin : '';
  } catch {
    return '';
  }
}

/**
 * Records a finished analysis. Never throws: a failure here must not hide the result.
 * @example await recordAnalysis({ requestId, chars: text.length, known, result, origin })
 */
export async function recordAnalysis(a: { requestId: string; chars: number; known: string[]; result: AnalysisResult; origin?: string }): Promise<void> {
  await appendAuditQuietly({ type: 'capture', chars: a.chars });
  await appendAuditQuietly({ type: 'sanitize', counts: a.result.counts, ms: Math.max(0, a.result.ms), model: modelSlug(a.result.modelVersion) });
  try {
    await patientContextItem.setValue({ id: await contextId(a.known), requestId: a.requestId, origin: a.origin ?? (await activeOrigin()) });
  } catch {
    // The panel then keeps the previous context; drafts still save under the last known one.
  }
}

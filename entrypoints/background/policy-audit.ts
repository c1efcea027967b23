/**
 * The audit entry for a policy change: which setting keys changed (as lower-case slugs) and the
 * SHA-256 of the new effective values in canonical JSON. Invariant: never a policy value itself
 * (allow/deny terms or banner selectors could name people or places), only key names and a hash.
 */
import { canonicalJson } from '@/utils/audit/canonical';
import { sha256Hex, slug, type AuditEvent, type Slug } from '@/utils/audit/events';
import type { PolicySettings } from '@/utils/policy/keys';

/** A setting key as an audit slug, e.g. `idleLockMinutes` -> `idlelockminutes`. */
export function keySlug(key: string): Slug {
  return slug(key.toLowerCase().replace(/[^a-z0-9._-]/g, '-').slice(0, 64));
}

/**
 * The `policy.change` event between two effective settings, or null when nothing changed.
 * @example await policyChangeEvent(before, after) // { type: 'policy.change', keys: ['maxdrafts'], policySha256: '…' }
 */
export async function policyChangeEvent(before: PolicySettings, after: PolicySettings): Promise<AuditEvent | null> {
  const keys = (Object.keys(after) as (keyof PolicySettings)[])
    .filter((k) => canonicalJson(before[k]) !== canonicalJson(after[k]))
    .slice(0, 64);
  if (keys.length === 0) return null;
  const bytes = new TextEncoder().encode(canonicalJson(after));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  const hex = [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
  return { type: 'policy.change', keys: keys.map(keySlug), policySha256: sha256Hex(hex) };
}

/**
 * The loop's audit entries (review, send, receive, insert, sign-in), appended to the vault's
 * hash-chained AuditLog from the panel. Only counts, slugs and hashes go in, never text: the
 * AuditLog vocabulary (utils/audit/events.ts) rejects anything else. A failing audit write is
 * reported by code and never blocks the clinician's work.
 */
import { AuditLog } from '../audit/log';
import { sha256Hex, slug, type AuditEvent, type Sha256Hex, type Slug } from '../audit/events';
import { toSerializedError } from '../errors';

let opening: Promise<AuditLog> | undefined;

/**
 * Appends `event`; resolves false (and logs the error code only) when the log cannot be written.
 * @example await auditAppend({ type: 'review', added: { NAME: 1 }, removed: {} })
 */
export async function auditAppend(event: AuditEvent): Promise<boolean> {
  try {
    opening ??= AuditLog.open().catch((e) => { opening = undefined; throw e; });
    await (await opening).append(event);
    return true;
  } catch (error) {
    console.warn(`ChartVeil audit write failed (${toSerializedError(error, 'ERR_BAD_MESSAGE').code})`);
    return false;
  }
}

/** SHA-256 of `text` as lowercase hex (WebCrypto). */
export async function sha256OfText(text: string): Promise<Sha256Hex> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return sha256Hex([...digest].map((b) => b.toString(16).padStart(2, '0')).join(''));
}

/** An audit slug for a URL: its host and port, e.g. `127.0.0.1-8787` (never the path or query). */
export function urlSlug(url: string): Slug {
  try {
    const u = new URL(url);
    return slug(`${u.hostname}${u.port ? `-${u.port}` : ''}`.toLowerCase().replace(/[^a-z0-9._-]/g, '-').slice(0, 64));
  } catch {
    return slug('unknown');
  }
}

/** An audit slug for a template id. */
export function templateSlug(id: string): Slug {
  const s = id.toLowerCase().replace(/[^a-z0-9._-]/g, '-').replace(/^[^a-z0-9]+/, '').slice(0, 64);
  return slug(s || 'template');
}

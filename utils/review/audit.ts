/**
 * The loop's audit entries (review, send, receive, insert, sign-in), sent to the background
 * (`bg.auditAppend`), the only writer of the hash-chained AuditLog. Only counts, slugs and hashes
 * go in, never text: the AuditLog vocabulary (utils/audit/events.ts) rejects anything else, in the
 * router and again in the log. A failing audit write is reported by code and never blocks work.
 */
import { sha256Hex, slug, type AuditEvent, type Sha256Hex, type Slug } from '../audit/events';
import { toSerializedError } from '../errors';
import { sendToBackground } from '../messaging/client';

/**
 * Appends `event`; resolves false (and logs the error code only) when the log cannot be written.
 * @example await auditAppend({ type: 'review', added: { NAME: 1 }, removed: {} })
 */
export async function auditAppend(event: AuditEvent): Promise<boolean> {
  try {
    await sendToBackground('bg.auditAppend', { event });
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

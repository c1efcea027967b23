/**
 * Wording for the vault and drafts UI, keyed by stable error code, so the components never show
 * raw error messages (which could, in a bug, carry input) and the text lives in one place.
 */
import type { ErrorCode } from '../../utils/errors';

/**
 * @example vaultErrorText('ERR_VAULT_PASSPHRASE') === 'That passphrase is not right. Nothing was changed.'
 */
export function vaultErrorText(code: ErrorCode | 'MISMATCH' | 'TOO_SHORT'): string {
  switch (code) {
    case 'ERR_VAULT_PASSPHRASE': return 'That passphrase is not right. Nothing was changed.';
    case 'ERR_VAULT_LOCKED': return 'The vault is locked. Unlock it to see your drafts.';
    case 'ERR_VAULT_CORRUPT': return 'This draft could not be decrypted (damaged record). Your other drafts are fine.';
    case 'MISMATCH': return 'The two passphrases differ.';
    case 'TOO_SHORT': return 'Use at least 12 characters; a short sentence works well.';
    default: return `The vault reported ${code}. Nothing was changed.`;
  }
}

/** "5 min ago" style age, in the clinician's locale; `now` and `then` in epoch ms. */
export function formatAge(then: number, now: number): string {
  const s = Math.max(0, Math.round((now - then) / 1000));
  if (s < 60) return 'just now';
  const m = Math.round(s / 60);
  if (m < 60) return `${m} min ago`;
  const h = Math.round(m / 60);
  if (h < 24) return `${h} h ago`;
  return new Date(then).toLocaleDateString();
}

/**
 * Hardware-backed unlock: a KeyWrapper whose KEK comes from a WebAuthn PRF (hmac-secret) output.
 * KEK = HKDF-SHA256(prf output, salt = prfSalt, info = 'chartveil/vault-kek/webauthn-prf/v1').
 * Invariant: the PRF output and KEK are wiped after use; a different authenticator or credential
 * fails GCM authentication and yields ERR_VAULT_PASSPHRASE, with no data change.
 * The WebAuthn call itself (navigator.credentials.get with `extensions.prf`) is injected by the panel.
 */
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { randomBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { ChartVeilError } from '../errors';
import { KEY_BYTES, assertBytes, wipe } from './cipher';
import { unwrapWithKek, wrapWithKek, type KeyWrapper } from './keys';

/**
 * Evaluates the PRF of `credentialId` on `prfSalt` and returns its 32-byte output, e.g.
 * `(await navigator.credentials.get({ publicKey: { allowCredentials: [{ type: 'public-key', id }],
 *   extensions: { prf: { eval: { first: prfSalt } } }, challenge } })).getClientExtensionResults().prf.results.first`.
 */
export type PrfEvaluator = (credentialId: Uint8Array, prfSalt: Uint8Array) => Promise<Uint8Array>;

const INFO = utf8ToBytes('chartveil/vault-kek/webauthn-prf/v1');

async function kekFrom(evaluate: PrfEvaluator, credentialId: Uint8Array, prfSalt: Uint8Array): Promise<Uint8Array> {
  const out = await evaluate(credentialId, prfSalt);
  try {
    assertBytes(out, KEY_BYTES, 'PRF output');
    return hkdf(sha256, out, prfSalt, INFO, KEY_BYTES);
  } finally {
    wipe(out);
  }
}

/**
 * @example await vault.addUnlockMethod(prfWrapper({ credentialId, evaluate: webauthnPrf }))
 */
export function prfWrapper(opts: { credentialId: Uint8Array; evaluate: PrfEvaluator }): KeyWrapper {
  assertBytes(opts.credentialId, undefined, 'credential id');
  return {
    kind: 'webauthn-prf',
    async wrap(vaultKey) {
      const prfSalt = randomBytes(32);
      const kek = await kekFrom(opts.evaluate, opts.credentialId, prfSalt);
      try {
        return { kind: 'webauthn-prf', credentialId: opts.credentialId.slice(), prfSalt, box: wrapWithKek(kek, vaultKey, 'webauthn-prf') };
      } finally {
        wipe(kek);
      }
    },
    async unwrap(wrapped) {
      if (wrapped.kind !== 'webauthn-prf') throw new ChartVeilError('ERR_VAULT_CORRUPT', 'Wrapped key is not a WebAuthn slot');
      const kek = await kekFrom(opts.evaluate, wrapped.credentialId, wrapped.prfSalt);
      try {
        return unwrapWithKek(kek, wrapped.box, 'webauthn-prf');
      } finally {
        wipe(kek);
      }
    },
  };
}

/**
 * Runs a whole clinician session over the demo notes through the vault and the audit log, then
 * scans the audit export and every raw IndexedDB record for each demo PHI string.
 */
import 'fake-indexeddb/auto';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { DEMO_PHI_STRINGS } from '../../demo/phi-strings';
import { CLINICIAN_QUESTION, DISCHARGE_SUMMARY, PROGRESS_NOTE } from '../../demo/notes';
import { VaultDb } from '../vault/drafts-db';
import { MemoryKeyStore } from '../vault/key-store';
import { Vault } from '../vault/vault';
import { recordId, sha256Hex, slug } from './events';
import { freshLog } from './test-helpers';
import { verifyExport } from './verify';

/** Stand-in masking for the test: replaces each demo PHI string with a numbered placeholder. */
function mask(text: string) {
  const placeholders: { placeholder: string; entity: 'NAME'; original: string }[] = [];
  let out = text;
  for (const s of [...DEMO_PHI_STRINGS].sort((a, b) => b.length - a.length)) {
    if (!out.includes(s)) continue;
    const placeholder = `[NAME_${placeholders.length + 1}]`;
    out = out.split(s).join(placeholder);
    placeholders.push({ placeholder, entity: 'NAME', original: s });
  }
  return { sanitized: out, placeholders };
}

describe('no PHI at rest (audit log and vault)', () => {
  it('a session over the demo notes leaves no demo PHI string in the audit export or the raw vault', async () => {
    const log = await freshLog();
    const db = new VaultDb(`no-phi-${Date.now()}`);
    const vault = new Vault({ db, keyStore: new MemoryKeyStore(), kdf: { alg: 'pbkdf2-sha256', iterations: 1000 } });
    await vault.setup('demo passphrase 123');
    await log.append({ type: 'vault.setup' });
    for (const note of [PROGRESS_NOTE.join('\n'), DISCHARGE_SUMMARY.join('\n'), CLINICIAN_QUESTION]) {
      const { sanitized, placeholders } = mask(note);
      expect(placeholders.length).toBeGreaterThan(0);
      await log.append({ type: 'capture', chars: note.length });
      await log.append({ type: 'sanitize', counts: { NAME: placeholders.length }, ms: 12, model: slug('phi-ner-test') });
      await log.append({ type: 'review', added: { NAME: 1 }, removed: {} });
      const digest = sha256Hex(bytesToHex(sha256(new TextEncoder().encode(sanitized))));
      await log.append({ type: 'send', gateway: slug('org-gateway'), template: slug('soap'), sanitizedSha256: digest, chars: sanitized.length });
      await log.append({ type: 'receive', gateway: slug('org-gateway'), chars: 400, ms: 900 });
      const draft = await vault.saveDraft({
        title: `${placeholders[0]!.original} note`, sanitizedText: sanitized, placeholders, summary: note.slice(0, 300),
        template: 'soap', origin: 'http://127.0.0.1:5173', patientContextId: 'ctx-demo',
      });
      await log.append({ type: 'draft.save', draft: recordId(draft.id) });
      await log.append({ type: 'insert', chars: 300 });
    }
    await vault.lock('manual');
    await log.append({ type: 'vault.lock', reason: 'manual' });

    const exported = await log.exportJsonl();
    expect(verifyExport(exported, log.publicKey).ok).toBe(true);
    const rawVault = JSON.stringify({ d: await db.drafts.toArray(), m: await db.meta.toArray() }, (_k, v) => (v instanceof Uint8Array ? Buffer.from(v).toString('latin1') : v));
    const rawAudit = JSON.stringify(await log.db.entries.toArray());
    for (const phi of DEMO_PHI_STRINGS) {
      expect(exported, `audit export contains a demo PHI string`).not.toContain(phi);
      expect(rawAudit).not.toContain(phi);
      expect(rawVault, `raw vault contains a demo PHI string`).not.toContain(phi);
    }
    db.close();
  });
});

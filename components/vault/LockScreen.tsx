/**
 * The vault's lock screen: set a passphrase the first time, unlock afterwards, show clear errors.
 * Props in, events out, no browser.* calls. Invariant: the passphrase leaves this component only
 * through onSetup/onUnlock and the fields are emptied right after, so it does not linger in the DOM.
 */
import { useState } from 'preact/hooks';
import type { SerializedError } from '../../utils/errors';
import { vaultErrorText } from './vault-text';
import './vault.css';

export interface LockScreenProps {
  mode: 'setup' | 'unlock';
  busy?: boolean;
  error?: SerializedError | null;
  /** Minimum passphrase length at setup (policy may raise it). */
  minLength?: number;
  onSetup: (passphrase: string) => void;
  onUnlock: (passphrase: string) => void;
  /** Called when the user edits after an error, so the host can clear it. */
  onClearError?: () => void;
}

/** @example <LockScreen mode="unlock" onSetup={...} onUnlock={(p) => send('bg.vaultUnlock', p)} /> */
export function LockScreen({ mode, busy = false, error, minLength = 12, onSetup, onUnlock, onClearError }: LockScreenProps) {
  const [pass, setPass] = useState('');
  const [confirm, setConfirm] = useState('');
  const [local, setLocal] = useState<'MISMATCH' | 'TOO_SHORT' | null>(null);

  const edit = (set: (v: string) => void) => (e: Event) => {
    set((e.currentTarget as HTMLInputElement).value);
    setLocal(null);
    if (error) onClearError?.();
  };

  const submit = (e: Event) => {
    e.preventDefault();
    if (busy || pass === '') return;
    if (mode === 'setup') {
      if (pass.length < minLength) return setLocal('TOO_SHORT');
      if (pass !== confirm) return setLocal('MISMATCH');
      onSetup(pass);
    } else {
      onUnlock(pass);
    }
    setPass('');
    setConfirm('');
  };

  const message = local ? vaultErrorText(local) : error ? vaultErrorText(error.code) : null;
  return (
    <form class="cv-lock" data-testid="vault-lock" data-mode={mode} onSubmit={submit}>
      <p class="cv-status-title">{mode === 'setup' ? 'Protect your drafts' : 'Drafts are locked'}</p>
      <p class="cv-muted">
        {mode === 'setup'
          ? 'Choose a passphrase. Drafts are encrypted on this device with it; it cannot be recovered if lost.'
          : 'Enter your passphrase to open your encrypted drafts.'}
      </p>
      <label>
        Passphrase
        <input class="cv-input" type="password" name="passphrase" autocomplete={mode === 'setup' ? 'new-password' : 'current-password'}
          value={pass} onInput={edit(setPass)} disabled={busy} aria-invalid={message ? 'true' : undefined} />
      </label>
      {mode === 'setup' && (
        <label>
          Repeat passphrase
          <input class="cv-input" type="password" name="confirm" autocomplete="new-password" value={confirm} onInput={edit(setConfirm)} disabled={busy} />
        </label>
      )}
      {message && <p class="cv-error" role="alert" data-testid="vault-error">{message}</p>}
      <div class="cv-row">
        <button class="cv-button cv-button-primary" type="submit" disabled={busy || pass === ''}>
          {busy ? 'Working…' : mode === 'setup' ? 'Set passphrase' : 'Unlock'}
        </button>
      </div>
    </form>
  );
}

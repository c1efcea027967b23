// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { freshLog } from '../../utils/audit/test-helpers';
import { vaultRoutes, vaultValidators, type VaultBgProtocol } from '../../utils/vault/protocol';
import { createVaultService } from '../../utils/vault/service';
import { PASS, draftInput, makeVault, opened } from '../../utils/vault/test-fixtures';
import type { Draft } from '../../utils/vault/types';
import type { Vault, VaultState } from '../../utils/vault/vault';
import { VaultSection, type VaultCall } from './VaultSection';

let root: HTMLElement;
afterEach(() => {
  act(() => render(null, root));
  root.remove();
  for (const v of opened.splice(0)) v.db.close();
});

/** A `call` that crosses a fake wire: validators, structured clone both ways, errors as {code}. */
async function wire(vault: Vault) {
  const routes = vaultRoutes(createVaultService({ vault, audit: await freshLog() }));
  const call: VaultCall = async (type, data) => {
    const req = structuredClone(data);
    if (!vaultValidators[type](req)) throw { code: 'ERR_BAD_MESSAGE', message: 'bad' };
    try {
      const handler = routes[type] as (d: unknown, s: unknown) => Promise<unknown>;
      return structuredClone(await handler(req, { class: 'extension-page' })) as VaultBgProtocol[typeof type]['res'];
    } catch (e) {
      throw { code: (e as { code: string }).code, message: 'x' };
    }
  };
  return call;
}

function Host(props: { vault: Vault; call: VaultCall; initial: VaultState; onOpen: (d: Draft) => void; onLocked: () => void }) {
  const [state, setState] = useState(props.initial);
  useEffect(() => props.vault.onStateChange((s) => setState(s)), []);
  return <VaultSection vaultState={state} call={props.call} onOpenDraft={props.onOpen} onLocked={props.onLocked} />;
}

async function flush() {
  for (let i = 0; i < 20; i++) await act(() => new Promise((r) => setTimeout(r, 5)));
}
const q = (sel: string) => root.querySelector(sel) as HTMLElement | null;
const byText = (t: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === t)!;
async function typeAndSubmit(values: string[]) {
  const inputs = [...root.querySelectorAll('input')] as HTMLInputElement[];
  values.forEach((v, i) => act(() => {
    inputs[i]!.value = v;
    inputs[i]!.dispatchEvent(new Event('input', { bubbles: true }));
  }));
  act(() => void q('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
  await flush();
}

describe('VaultSection (UI -> protocol guards -> service -> vault)', () => {
  it('first run: sets a passphrase and shows the empty drafts list', async () => {
    const { vault } = makeVault();
    root = document.body.appendChild(document.createElement('div'));
    const call = await wire(vault);
    act(() => render(<Host vault={vault} call={call} initial="uninitialized" onOpen={vi.fn()} onLocked={vi.fn()} />, root));
    expect(q('[data-testid=vault-lock]')?.dataset.mode).toBe('setup');
    await typeAndSubmit(['a long enough passphrase', 'a long enough passphrase']);
    expect(q('[data-testid=drafts-empty]')).not.toBeNull();
    expect(await vault.state()).toBe('unlocked');
  });

  it('unlock (wrong then right), open, delete all, and lock on demand or on idle', async () => {
    const { vault } = makeVault();
    await vault.setup(PASS);
    await vault.saveDraft(draftInput({ title: 'First' }));
    await vault.saveDraft(draftInput({ title: 'Second' }));
    await vault.lock();
    const onOpen = vi.fn();
    const onLocked = vi.fn();
    root = document.body.appendChild(document.createElement('div'));
    const call = await wire(vault);
    act(() => render(<Host vault={vault} call={call} initial="locked" onOpen={onOpen} onLocked={onLocked} />, root));
    await typeAndSubmit(['not the passphrase']);
    expect(q('[data-testid=vault-error]')?.textContent).toContain('not right');
    await typeAndSubmit([PASS]);
    const titles = [...root.querySelectorAll('.cv-draft-title')].map((e) => e.textContent);
    expect(titles).toEqual(['Second', 'First']);
    act(() => (root.querySelector('.cv-draft-main') as HTMLButtonElement).click());
    await flush();
    expect(onOpen.mock.calls[0]![0]).toMatchObject({ title: 'Second', placeholders: [{ original: 'Jane Roe' }, {}, {}, {}] });
    act(() => byText('Verify log').click());
    await flush();
    expect(q('[data-testid=audit-result]')?.dataset.ok).toBe('true');
    act(() => byText('Lock now').click());
    await flush();
    expect(q('[data-testid=vault-lock]')?.dataset.mode).toBe('unlock');
    expect(root.textContent).not.toContain('Second');
    expect(onLocked).toHaveBeenCalled();
    await typeAndSubmit([PASS]);
    act(() => byText('Delete all…').click());
    act(() => byText('Delete all').click());
    await flush();
    expect(q('[data-testid=drafts-empty]')).not.toBeNull();
    await act(() => vault.lock('idle')); // auto-lock from the background
    await flush();
    expect(q('[data-testid=vault-lock]')).not.toBeNull();
  });
});

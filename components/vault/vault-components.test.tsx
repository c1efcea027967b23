// @vitest-environment happy-dom
import { mount, mountedRoot } from '../../tests/support/mount';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { DraftsList } from './DraftsList';
import { LockScreen } from './LockScreen';
import type { DraftSummary } from '../../utils/vault/types';

const q = <T extends Element = HTMLElement>(sel: string) => mountedRoot().querySelector(sel) as T | null;
const buttons = () => [...mountedRoot().querySelectorAll('button')];
const byText = (text: string) => buttons().find((b) => b.textContent === text)!;
function type(input: HTMLInputElement, value: string) {
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
function submit(form: HTMLFormElement) {
  act(() => {
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
}

describe('LockScreen', () => {
  it('setup: refuses short and mismatched passphrases, then emits onSetup and empties the fields', () => {
    const onSetup = vi.fn();
    mount(<LockScreen mode="setup" onSetup={onSetup} onUnlock={vi.fn()} />);
    const [pass, confirm] = [...mountedRoot().querySelectorAll('input')] as HTMLInputElement[];
    type(pass!, 'short');
    submit(q<HTMLFormElement>('form')!);
    expect(q('[data-testid=vault-error]')?.textContent).toContain('at least 12');
    type(pass!, 'a long enough passphrase');
    type(confirm!, 'a long enough passphrasE');
    submit(q<HTMLFormElement>('form')!);
    expect(q('[data-testid=vault-error]')?.textContent).toBe('The two passphrases differ.');
    type(confirm!, 'a long enough passphrase');
    submit(q<HTMLFormElement>('form')!);
    expect(onSetup).toHaveBeenCalledWith('a long enough passphrase');
    expect((mountedRoot().querySelector('input') as HTMLInputElement).value).toBe('');
  });

  it('unlock: shows the wrong-passphrase error by code, and asks the host to clear it on edit', () => {
    const onUnlock = vi.fn();
    const onClearError = vi.fn();
    mount(<LockScreen mode="unlock" error={{ code: 'ERR_VAULT_PASSPHRASE', message: 'x' }} onSetup={vi.fn()} onUnlock={onUnlock} onClearError={onClearError} />);
    expect(q('[data-testid=vault-error]')?.textContent).toBe('That passphrase is not right. Nothing was changed.');
    const pass = q<HTMLInputElement>('input')!;
    type(pass, 'try again');
    expect(onClearError).toHaveBeenCalled();
    submit(q<HTMLFormElement>('form')!);
    expect(onUnlock).toHaveBeenCalledWith('try again');
  });
});

describe('DraftsList', () => {
  const drafts: DraftSummary[] = [
    { id: 'a', title: 'HFpEF follow-up', patientContextId: 'c', createdAt: 0, updatedAt: 1_000_000 - 120_000 },
    { id: 'b', title: '', patientContextId: '', createdAt: 0, updatedAt: 0, corrupt: true },
  ];
  const handlers = () => ({ onOpen: vi.fn(), onRename: vi.fn(), onDelete: vi.fn(), onDeleteAll: vi.fn() });

  it('opens, renames, and marks corrupt drafts without blocking the others', () => {
    const h = handlers();
    mount(<DraftsList drafts={drafts} now={1_000_000} {...h} />);
    const items = mountedRoot().querySelectorAll('[data-testid=draft-item]');
    expect(items).toHaveLength(2);
    expect(items[0]!.textContent).toContain('2 min ago');
    expect(items[1]!.textContent).toContain('Damaged draft');
    act(() => (items[0]!.querySelector('.cv-draft-main') as HTMLButtonElement).click());
    expect(h.onOpen).toHaveBeenCalledWith('a');
    act(() => byText('Rename').click());
    type(q<HTMLInputElement>('input[aria-label="Draft title"]')!, '  New title ');
    submit(q<HTMLFormElement>('form')!);
    expect(h.onRename).toHaveBeenCalledWith('a', 'New title');
  });

  it('delete and delete all need a confirming click', () => {
    const h = handlers();
    mount(<DraftsList drafts={drafts} {...h} />);
    act(() => (mountedRoot().querySelector('[aria-label="Delete draft"]') as HTMLButtonElement).click());
    expect(h.onDelete).not.toHaveBeenCalled();
    act(() => byText('Delete').click());
    expect(h.onDelete).toHaveBeenCalledWith('a');
    act(() => byText('Delete all…').click());
    expect(h.onDeleteAll).not.toHaveBeenCalled();
    act(() => byText('Delete all').click());
    expect(h.onDeleteAll).toHaveBeenCalledOnce();
  });

  it('shows an empty state', () => {
    mount(<DraftsList drafts={[]} {...handlers()} />);
    expect(q('[data-testid=drafts-empty]')).not.toBeNull();
  });
});

// @vitest-environment happy-dom
import { mount, mountedRoot } from '../../tests/support/mount';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { AuditVerifyView } from './AuditVerifyView';

const q = (sel: string) => mountedRoot().querySelector(sel) as HTMLElement | null;
const byText = (text: string) => [...mountedRoot().querySelectorAll('button')].find((b) => b.textContent === text)!;

describe('AuditVerifyView', () => {
  it('shows the first broken index and pending deliveries; emits verify/export', () => {
    const onVerify = vi.fn();
    const onExport = vi.fn();
    mount(<AuditVerifyView result={{ ok: false, index: 3, reason: 'hash', count: 9 }} pending={2} onVerify={onVerify} onExport={onExport} />);
    const r = q('[data-testid=audit-result]')!;
    expect(r.dataset.index).toBe('3');
    expect(r.textContent).toBe('TAMPERED at index 3: entry content was modified');
    expect(q('[data-testid=audit-pending]')?.textContent).toBe('2 entries waiting for the audit server.');
    act(() => byText('Verify log').click());
    act(() => byText('Export JSONL').click());
    expect(onVerify).toHaveBeenCalledOnce();
    expect(onExport).toHaveBeenCalledOnce();
  });
});

describe('AuditVerifyView states', () => {
  it('shows OK without an index, and no pending line when no endpoint is set', () => {
    mount(<AuditVerifyView result={{ ok: true, count: 4, publicKey: 'ab'.repeat(32) }} onVerify={vi.fn()} onExport={vi.fn()} />);
    expect(q('[data-testid=audit-result]')?.dataset.ok).toBe('true');
    expect(q('[data-testid=audit-result]')?.textContent).toMatch(/^OK: 4 entries/);
    expect(q('[data-testid=audit-pending]')).toBeNull();
  });
});

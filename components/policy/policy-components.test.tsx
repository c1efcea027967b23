// @vitest-environment happy-dom
import { mount, mountedRoot } from '../../tests/support/mount';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { diagnose } from '../../utils/policy/diagnostics';
import { mergeLayers } from '../../utils/policy/merge';
import { validateLayer } from '../../utils/policy/schema';
import { AboutPolicy } from './AboutPolicy';
import { formatSettingValue } from './format';
import { PolicyDiagnostics } from './PolicyDiagnostics';
import { PolicyOrigins } from './PolicyOrigins';

const row = (key: string) => mountedRoot().querySelector(`[data-key="${key}"]`) as HTMLElement;

const effective = (managed: Record<string, unknown>, user: Record<string, unknown> = {}) =>
  mergeLayers(validateLayer(managed, 'policy'), validateLayer(user, 'user'), { receivedPolicyKeys: Object.keys(managed), managedAvailable: true });

describe('AboutPolicy', () => {
  it('lists every setting with its source; policy values are marked and locked', () => {
    mount(<AboutPolicy policy={effective({ allowUnmask: false, gatewayUrl: 'https://gw.example.org' }, { operator: 'surrogate' })} version="0.1.0" />);
    expect(mountedRoot().querySelectorAll('.cv-policy-row')).toHaveLength(26);
    expect(row('gatewayUrl').dataset.source).toBe('policy');
    expect(row('gatewayUrl').textContent).toContain('Set by your organisation');
    expect(row('gatewayUrl').textContent).toContain('https://gw.example.org');
    expect(row('operator').textContent).toContain('Your setting');
    expect(row('maxDrafts').textContent).toContain('Default');
    expect(row('requireReview').textContent).toContain('(organisation only)');
    expect(mountedRoot().querySelector('[data-testid=policy-summary]')!.textContent).toBe('2 settings are set by your organisation and cannot be changed here.');
  });

  it('offers reset only for unlocked user values, and emits the key', () => {
    const onReset = vi.fn();
    mount(<AboutPolicy policy={effective({}, { operator: 'surrogate' })} onResetUserValue={onReset} />);
    const buttons = mountedRoot().querySelectorAll('.cv-policy-reset');
    expect(buttons).toHaveLength(1);
    act(() => (buttons[0] as HTMLButtonElement).click());
    expect(onReset).toHaveBeenCalledWith('operator');
  });

  it('shows a diagnostics link when there are problems', () => {
    const onOpen = vi.fn();
    mount(<AboutPolicy policy={effective({})} problems={2} onOpenDiagnostics={onOpen} />);
    act(() => (mountedRoot().querySelector('[data-testid=open-diagnostics]') as HTMLButtonElement).click());
    expect(onOpen).toHaveBeenCalledOnce();
  });
});

describe('PolicyDiagnostics', () => {
  it('shows dropped and rejected values, hides unset ones until asked', () => {
    const report = diagnose(effective({ expectedKeys: ['gatewayUrl', 'failSafeThreshold', 'expectedKeys'], gatewayUrl: 'https://gw.example.org', idleLockMinutes: 0 }));
    const onRefresh = vi.fn();
    mount(<PolicyDiagnostics report={report} onRefresh={onRefresh} />);
    expect(mountedRoot().querySelector('[data-testid=diag-summary]')!.textContent).toBe('2 problems found.');
    expect(row('failSafeThreshold').dataset.status).toBe('dropped-by-browser');
    expect(row('idleLockMinutes').dataset.status).toBe('invalid');
    expect(row('maxDrafts')).toBeNull();
    const box = mountedRoot().querySelector('input[type=checkbox]') as HTMLInputElement;
    act(() => box.click());
    expect(row('maxDrafts').dataset.status).toBe('not-set');
    act(() => (mountedRoot().querySelector('button') as HTMLButtonElement).click());
    expect(onRefresh).toHaveBeenCalledOnce();
  });
});

describe('PolicyOrigins', () => {
  it('lists active, pending and excluded sites; Grant emits the pattern', () => {
    const onGrant = vi.fn();
    mount(<PolicyOrigins plan={{ matches: ['https://ehr.example.org/*'], needsPermission: ['https://*.lab.example.org/*'], excludedByPolicy: ['http://127.0.0.1/*'], decidedBy: 'policy' }} onGrant={onGrant} />);
    expect(mountedRoot().querySelector('[data-testid=origins-active]')!.textContent).toBe('https://ehr.example.org/*');
    act(() => (mountedRoot().querySelector('[data-testid=origins-pending] button') as HTMLButtonElement).click());
    expect(onGrant).toHaveBeenCalledWith('https://*.lab.example.org/*');
    expect(mountedRoot().querySelector('[data-testid=origins-excluded]')!.textContent).toContain('http://127.0.0.1/*');
  });

  it('says when ChartVeil runs nowhere', () => {
    mount(<PolicyOrigins plan={{ matches: [], needsPermission: [], excludedByPolicy: [], decidedBy: 'user' }} />);
    expect(mountedRoot().querySelector('[data-testid=origins-none]')).not.toBeNull();
    expect(mountedRoot().querySelector('[data-testid=origins-pending]')).toBeNull();
  });
});

describe('formatSettingValue', () => {
  it.each([
    ['allowUnmask', true, 'Yes'],
    ['gatewayUrl', '', 'Not set'],
    ['denyTerms', [], 'None'],
    ['allowTerms', ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'], 'a, b, c, d, e, f, g, h and 2 more'],
    ['bannerSelectors', [{ origin: 'https://ehr.example.org/*', selectors: ['#b'] }], 'https://ehr.example.org/* (1 selector)'],
  ] as const)('%s %j -> %s', (key, value, text) => {
    expect(formatSettingValue(key, value as never)).toBe(text);
  });
});

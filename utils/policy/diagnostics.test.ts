import { describe, expect, it } from 'vitest';
import { diagnose } from './diagnostics';
import { mergeLayers } from './merge';
import { validateLayer } from './schema';

const effective = (managed: Record<string, unknown>, managedAvailable = true) =>
  mergeLayers(validateLayer(managed, 'policy'), validateLayer({}, 'user'), { receivedPolicyKeys: Object.keys(managed), managedAvailable });

const row = (r: ReturnType<typeof diagnose>, key: string) => r.rows.find((x) => x.key === key);

describe('diagnose', () => {
  it('reports keys the admin expected but the browser dropped', () => {
    // As delivered by Chromium after it dropped failSafeThreshold ("0.3" as a string) and allowUnmask.
    const r = diagnose(effective({ expectedKeys: ['gatewayUrl', 'failSafeThreshold', 'allowUnmask', 'expectedKeys'], gatewayUrl: 'https://gw.example.org' }));
    expect(r.droppedByBrowser).toEqual(['failSafeThreshold', 'allowUnmask']);
    expect(row(r, 'failSafeThreshold')!.status).toBe('dropped-by-browser');
    expect(row(r, 'gatewayUrl')!.status).toBe('applied');
    expect(row(r, 'maxDrafts')!.status).toBe('not-set');
    expect(r.problems).toBe(2);
  });

  it('reports values ChartVeil rejected, partial lists and unknown keys', () => {
    const r = diagnose(effective({ expectedKeys: ['idleLockMinutes', 'ehrOrigins', 'gatewayURL'], idleLockMinutes: 0, ehrOrigins: ['https://ehr.example.org', '*'], gatewayURL: 'x' }));
    expect(row(r, 'idleLockMinutes')!.status).toBe('invalid');
    expect(row(r, 'ehrOrigins')!.status).toBe('partial');
    expect(r.rows.filter((x) => x.key === 'gatewayURL').map((x) => x.status)).toEqual(['unknown']);
    expect(r.problems).toBe(3);
  });

  it('asks for expectedKeys when a policy has none, and is quiet without a policy', () => {
    expect(row(diagnose(effective({ gatewayUrl: 'https://gw.example.org' })), 'expectedKeys')!.detail).toContain('add expectedKeys');
    const none = diagnose(effective({}));
    expect(none.problems).toBe(0);
    expect(none.rows.every((x) => x.status === 'not-set')).toBe(true);
  });

  it('flags an unreadable managed storage', () => {
    const r = diagnose(effective({}, false));
    expect(r.managedAvailable).toBe(false);
    expect(r.problems).toBe(1);
  });
});

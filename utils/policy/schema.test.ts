import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from '@/utils/detection/types';
import { undocumentedNodes, validateAgainst, type ChromeSchema } from './chrome-schema';
import { SETTINGS, SETTING_KEYS, defaultSettings } from './keys';
import { buildManagedSchema, validateLayer } from './schema';

const fileSchema = JSON.parse(readFileSync('public/managed_schema.json', 'utf8')) as ChromeSchema;

describe('managed_schema.json', () => {
  it('equals the schema generated from the settings table (run `npm run admin-docs` after editing keys.ts)', () => {
    expect(fileSchema).toEqual(buildManagedSchema());
  });
  it('documents every key with a title and a description', () => {
    expect(undocumentedNodes(fileSchema)).toEqual([]);
    expect(Object.keys(fileSchema.properties!)).toHaveLength(26);
  });
  it('uses only the Chrome dialect keywords type/properties/items/title/description', () => {
    const seen = new Set<string>();
    const walk = (n: Record<string, unknown>) => {
      Object.keys(n).forEach((k) => seen.add(k));
      Object.values((n.properties as Record<string, Record<string, unknown>>) ?? {}).forEach(walk);
      if (n.items) walk(n.items as Record<string, unknown>);
    };
    walk(fileSchema as unknown as Record<string, unknown>);
    expect([...seen].sort()).toEqual(['description', 'items', 'properties', 'title', 'type']);
  });
  it('accepts the typed defaults', () => {
    expect(validateAgainst(fileSchema, defaultSettings())).toEqual([]);
  });
});

describe('validateLayer, policy layer (fails closed)', () => {
  it.each([
    ['failSafeThreshold', 7, 0.1],
    ['failSafeThreshold', 0, 0.1],
    ['maskedEntities', ['NAME', 'NAMES'], [...ENTITY_TYPES]],
    ['allowCopyReidentified', 'yes', false],
    ['allowUnmask', 1, false],
    ['requireReview', null, true],
    ['operator', 'redact', 'mask'],
    ['gatewayUrl', 'http://gw.example.org', ''],
    ['gatewayUrl', 'https://user:pw@gw.example.org', ''],
    ['idleLockMinutes', 0, 5],
    ['draftRetentionDays', 9999, 1],
    ['oidcScopes', ['openid', 'a b'], ['openid']],
  ] as const)('%s = %j falls back to %j and is reported', (key, raw, fallback) => {
    const r = validateLayer({ [key]: raw }, 'policy');
    expect(r.values[key]).toEqual(fallback);
    expect(r.invalidKeys).toEqual([key]);
    expect(r.issues).toEqual([expect.objectContaining({ key, layer: 'policy', kind: 'invalid' })]);
  });

  it('never falls back to something weaker than the default', () => {
    for (const key of SETTING_KEYS) {
      const def = SETTINGS[key];
      if (def.strict === undefined) continue;
      if (typeof def.strict === 'boolean') expect([key, def.strict]).toEqual([key, key === 'requireReview']);
      if (key === 'failSafeThreshold') expect(def.strict).toBeLessThan(def.default as number);
    }
  });

  it('drops bad entries from lists where fewer is safer, and reports them', () => {
    const r = validateLayer({ ehrOrigins: ['https://ehr.example.org', '*', '<all_urls>', 'https://*.com', 'ftp://x.example.org'] }, 'policy');
    expect(r.values.ehrOrigins).toEqual(['https://ehr.example.org/*']);
    expect(r.issues[0]).toMatchObject({ key: 'ehrOrigins', kind: 'partial' });
    expect(r.issues[0]!.detail).toContain('entry 2');
  });

  it('keeps valid values', () => {
    const r = validateLayer({ gatewayUrl: 'https://gw.example.org/v1', failSafeThreshold: 0.35, summaryTemplates: [{ id: 'dc', name: 'Discharge', prompt: 'Summarize.' }] }, 'policy');
    expect(r.issues).toEqual([]);
    expect(r.values).toEqual({ gatewayUrl: 'https://gw.example.org/v1', failSafeThreshold: 0.35, summaryTemplates: [{ id: 'dc', name: 'Discharge', prompt: 'Summarize.' }] });
  });

  it('reports unknown keys instead of dropping them silently', () => {
    const r = validateLayer({ gatewayURL: 'https://x.example.org' }, 'policy');
    expect(r.values).toEqual({});
    expect(r.issues).toEqual([expect.objectContaining({ key: 'gatewayURL', kind: 'unknown' })]);
  });

  it('never echoes policy values into issue details', () => {
    const r = validateLayer({ allowTerms: ['Smith Clinic', 42], operator: 'John Doe' }, 'policy');
    expect(JSON.stringify(r.issues)).not.toMatch(/Smith|John/);
  });
});

describe('validateLayer, user layer', () => {
  it('ignores keys only policy may set, and invalid values, with a report', () => {
    const r = validateLayer({ allowUnmask: true, idleLockMinutes: -1, operator: 'surrogate' }, 'user');
    expect(r.values).toEqual({ operator: 'surrogate' });
    expect(r.issues.map((i) => [i.key, i.kind])).toEqual([['allowUnmask', 'not-user-settable'], ['idleLockMinutes', 'invalid']]);
  });
});

import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateAgainst, type ChromeSchema } from '../utils/policy/chrome-schema';
import { validateLayer } from '../utils/policy/schema';
import { renderAll } from './admin-docs';
import { BROWSERS } from './admin-docs/browsers';
import { EXAMPLES, EXAMPLE_EXTENSION_ID as ID, extensionPolicy } from './admin-docs/examples';
import { readIntunePolicy } from './admin-docs/intune';
import { parsePlist } from './admin-docs/plist';
import { parseReg, readThirdPartyPolicy } from './admin-docs/registry';

const schema = JSON.parse(readFileSync('public/managed_schema.json', 'utf8')) as ChromeSchema;
const files = renderAll();
const read = (p: string) => readFileSync(p, 'utf8');
const G = 'docs/admin/generated';

/** Valid for Chromium (schema) and for ChartVeil (no value falls back, nothing dropped). */
function expectFullyValid(policy: Record<string, unknown>) {
  expect(validateAgainst(schema, policy)).toEqual([]);
  expect(validateLayer(policy, 'policy').issues).toEqual([]);
}

describe('docs/admin generated files', () => {
  it('are up to date with the schema and examples (run `npm run admin-docs` if this fails)', () => {
    const stale = [...files].filter(([p, c]) => !existsSync(p) || read(p) !== c).map(([p]) => p);
    expect(stale).toEqual([]);
    expect(files.size).toBeGreaterThanOrEqual(20);
  });

  describe.each(EXAMPLES.map((e) => [e.slug, e] as const))('%s', (slug, profile) => {
    const expected = extensionPolicy(profile);

    it('policy values validate against managed_schema.json and ChartVeil', () => {
      expectFullyValid(JSON.parse(read(`${G}/${slug}/chartveil-policy.json`)));
    });

    it.each(['chrome', 'edge'] as const)('Linux %s policy file carries the values and force-installs', (browser) => {
      const file = JSON.parse(read(`${G}/${slug}/linux/${browser}.json`));
      expectFullyValid(file['3rdparty'].extensions[ID]);
      expect(file['3rdparty'].extensions[ID]).toEqual(expected);
      expect(file.ExtensionInstallForcelist).toEqual([`${ID};${profile.updateUrl[browser]}`]);
      expect(file.ExtensionSettings[ID].installation_mode).toBe('force_installed');
    });

    it.each(['chrome', 'edge'] as const)('Windows %s .reg reads back (Chromium conversions) to the same values', (browser) => {
      const tree = parseReg(read(`${G}/${slug}/windows/${browser}.reg`));
      const back = readThirdPartyPolicy(tree, BROWSERS[browser].regRoot, ID, schema);
      expectFullyValid(back);
      expect(back).toEqual(expected);
      const settings = JSON.parse(tree.get(BROWSERS[browser].regRoot)!.values.get('ExtensionSettings') as string);
      expect(settings[ID].update_url).toBe(profile.updateUrl[browser]);
    });

    it.each(['chrome', 'edge'] as const)('Intune %s OMA-URI profile reads back to the same values', (browser) => {
      const text = read(`${G}/${slug}/intune/${browser}-oma-uri.json`);
      const back = readIntunePolicy(text, schema);
      expectFullyValid(back);
      expect(back).toEqual(expected);
      expect(text).toContain('ADMXInstall/ChartVeil/Policy/ChartVeilAdmx');
    });

    it('macOS .mobileconfig parses and each browser extension domain holds the values', () => {
      const plist = parsePlist(read(`${G}/${slug}/macos/chartveil.mobileconfig`)) as { PayloadContent: Record<string, unknown>[] };
      for (const browser of ['chrome', 'edge'] as const) {
        const domain = plist.PayloadContent.find((p) => p.PayloadType === `${BROWSERS[browser].macDomain}.extensions.${ID}`)!;
        const values = Object.fromEntries(Object.entries(domain).filter(([k]) => !k.startsWith('Payload')));
        expectFullyValid(values);
        expect(values).toEqual(expected);
        const install = plist.PayloadContent.find((p) => p.PayloadType === BROWSERS[browser].macDomain)!;
        expect(install.ExtensionInstallForcelist).toEqual([`${ID};${profile.updateUrl[browser]}`]);
      }
    });
  });

  it('the ADMX has one policy per schema key and browser, each with ADML strings', () => {
    const admx = read(`${G}/windows/chartveil.admx`);
    const adml = read(`${G}/windows/en-US/chartveil.adml`);
    const keys = Object.keys(schema.properties!);
    for (const key of keys) {
      expect(admx).toContain(`name="Chrome_${key}"`);
      expect(admx).toContain(`name="Edge_${key}"`);
      expect(adml).toContain(`<string id="${key}_Explain">`);
    }
    expect(admx.match(/<policy /g)).toHaveLength(keys.length * 2);
  });

  it('every relative link of the admin guide points to an existing file', () => {
    const guide = read('docs/admin/README.md');
    const links = [...guide.matchAll(/\]\(([^)#]+)(#[^)]*)?\)/g)].map((m) => m[1]!).filter((l) => !/^https?:/.test(l));
    expect(links.length).toBeGreaterThan(10);
    expect(links.filter((l) => !existsSync(`docs/admin/${l}`))).toEqual([]);
  });

  it('a broken example would be caught (the check can fail)', () => {
    const broken = { ...extensionPolicy(EXAMPLES[1]!), failSafeThreshold: '0.35', lockTemplates: 1 };
    expect(validateAgainst(schema, broken).map((v) => v.path)).toEqual(['failSafeThreshold', 'lockTemplates']);
  });
});

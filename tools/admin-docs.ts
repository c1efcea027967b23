/**
 * Generates public/managed_schema.json from the settings table and every example file of the
 * admin guide (docs/admin/generated/**) from tools/admin-docs/examples.ts. `--check` compares
 * instead of writing and exits 1 on drift; `--id <extension id>` and `--out <dir>` produce a
 * hospital's own set. Usage: npm run admin-docs [-- --check | --id <id> --out <dir>]
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildManagedSchema } from '../utils/policy/schema';
import { renderAdml, renderAdmx } from './admin-docs/admx';
import { BROWSERS, extensionSettings, forcelist, type BrowserName } from './admin-docs/browsers';
import { EXAMPLES, EXAMPLE_EXTENSION_ID, extensionPolicy } from './admin-docs/examples';
import { renderIntune } from './admin-docs/intune';
import { renderMobileconfig } from './admin-docs/plist';
import { renderReg } from './admin-docs/registry';
import { renderSettingsTable } from './admin-docs/settings-table';
import { renderUpdateManifest } from './admin-docs/update-manifest';

const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;

/**
 * Every generated file: repo-relative path -> content. Pure (no disk access).
 * @example renderAll().get('public/managed_schema.json')
 */
export function renderAll(id = EXAMPLE_EXTENSION_ID, outDir = 'docs/admin/generated'): Map<string, string> {
  const schema = buildManagedSchema();
  const files = new Map<string, string>();
  files.set('public/managed_schema.json', json(schema));
  files.set(`${outDir}/settings.md`, renderSettingsTable());
  const admx = renderAdmx(schema, id);
  files.set(`${outDir}/windows/chartveil.admx`, admx);
  files.set(`${outDir}/windows/en-US/chartveil.adml`, renderAdml(schema));
  for (const profile of EXAMPLES) {
    const dir = `${outDir}/${profile.slug}`;
    files.set(`${dir}/chartveil-policy.json`, json(extensionPolicy(profile)));
    for (const browser of ['chrome', 'edge'] as BrowserName[]) {
      files.set(`${dir}/linux/${browser}.json`, json({
        ExtensionInstallForcelist: forcelist(profile, browser, id),
        ExtensionSettings: extensionSettings(profile, browser, id),
        '3rdparty': { extensions: { [id]: extensionPolicy(profile) } },
      }));
      files.set(`${dir}/windows/${browser}.reg`, renderReg(profile, browser, id, schema));
      files.set(`${dir}/intune/${browser}-oma-uri.json`, renderIntune(profile, browser, id, schema, admx));
    }
    files.set(`${dir}/macos/chartveil.mobileconfig`, renderMobileconfig(profile, id));
    if (!profile.updateUrl.chrome.startsWith('https://clients2.google.com')) {
      files.set(`${dir}/updates.xml`, renderUpdateManifest({ id, version: '0.1.0', codebase: profile.updateUrl.chrome.replace(/updates\.xml$/, 'chartveil-0.1.0.crx') }));
    }
  }
  return files;
}

function main(argv: string[]): number {
  const arg = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
  const id = arg('--id') ?? EXAMPLE_EXTENSION_ID;
  if (!/^[a-p]{32}$/.test(id)) {
    console.error('--id expects a 32-letter extension id (a-p)');
    return 2;
  }
  const files = renderAll(id, arg('--out') ?? 'docs/admin/generated');
  if (argv.includes('--check')) {
    const stale = [...files].filter(([p, c]) => !existsSync(p) || readFileSync(p, 'utf8') !== c).map(([p]) => p);
    stale.forEach((p) => console.error(`out of date: ${p}`));
    console.log(stale.length ? `${stale.length} file(s) out of date; run npm run admin-docs` : `${files.size} files up to date`);
    return stale.length ? 1 : 0;
  }
  for (const [path, content] of files) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  console.log(`wrote ${files.size} files (extension id ${id}); browsers: ${Object.values(BROWSERS).map((b) => b.label).join(', ')}`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exit(main(process.argv.slice(2)));

/**
 * Permissions audit: the built manifest's permissions, optional permissions, host permissions and
 * optional host permissions are pinned to an exact list, so any growth is a deliberate change made
 * here AND justified in docs/security.md (this spec checks that every permission is explained there).
 * Also pins the surfaces a web page could reach: no externally_connectable, no web-accessible
 * resources, no static content scripts, and the extension-page CSP.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, expect, test } from '../fixtures';

/** The only permissions ChartVeil may hold. Change only with a reason in docs/security.md. */
export const EXPECTED = {
  permissions: ['contextMenus', 'identity', 'idle', 'offscreen', 'scripting', 'sidePanel', 'storage'],
  optional_permissions: [] as string[],
  host_permissions: ['http://127.0.0.1/*'],
  optional_host_permissions: ['http://*/*', 'https://*/*'],
};
const CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';";

interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  externally_connectable?: unknown;
  web_accessible_resources?: unknown;
  content_scripts?: unknown;
  content_security_policy?: { extension_pages?: string; sandbox?: string };
  sandbox?: unknown;
}

const sorted = (a: string[] | undefined) => [...(a ?? [])].sort();
const builds = [EXTENSION_DIR, join(EXTENSION_DIR, '..', 'edge-mv3')].filter((d) => existsSync(join(d, 'manifest.json')));

for (const dir of builds) {
  test(`permissions are exactly the audited list (${dir.split('/').pop()})`, () => {
    const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
    expect(sorted(m.permissions)).toEqual(sorted(EXPECTED.permissions));
    expect(sorted(m.optional_permissions)).toEqual(sorted(EXPECTED.optional_permissions));
    expect(sorted(m.host_permissions)).toEqual(sorted(EXPECTED.host_permissions));
    expect(sorted(m.optional_host_permissions)).toEqual(sorted(EXPECTED.optional_host_permissions));
    expect(m.externally_connectable).toBeUndefined();
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.content_scripts).toBeUndefined();
    expect(m.sandbox).toBeUndefined();
    expect(m.content_security_policy).toEqual({ extension_pages: CSP });
  });
}

test('every permission is justified in docs/security.md', () => {
  const doc = readFileSync('docs/security.md', 'utf8');
  for (const p of [...EXPECTED.permissions, ...EXPECTED.host_permissions, ...EXPECTED.optional_host_permissions]) {
    expect(doc, `docs/security.md must explain \`${p}\``).toContain(`\`${p}\``);
  }
});

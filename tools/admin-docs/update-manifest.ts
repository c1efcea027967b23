/**
 * The self-hosted update manifest (Omaha "gupdate" XML) that ExtensionInstallForcelist /
 * ExtensionSettings `update_url` points at. Shared by the docs generator and tools/crx.ts so
 * the example and the real file have one shape.
 */

/**
 * Renders an update manifest for one extension build.
 * @example renderUpdateManifest({ id, version: '0.1.0', codebase: 'https://x.example/chartveil.crx' })
 */
export function renderUpdateManifest(opts: { id: string; version: string; codebase: string }): string {
  if (!/^[a-p]{32}$/.test(opts.id)) throw new Error('extension id expected 32 letters a-p');
  if (!/^\d+(\.\d+){0,3}$/.test(opts.version)) throw new Error('version expected 1-4 dot-separated integers');
  const codebase = opts.codebase.replace(/&/g, '&amp;').replace(/'/g, '&apos;');
  return `<?xml version='1.0' encoding='UTF-8'?>
<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>
  <app appid='${opts.id}'>
    <updatecheck codebase='${codebase}' version='${opts.version}' />
  </app>
</gupdate>
`;
}

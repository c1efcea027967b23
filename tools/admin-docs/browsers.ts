/**
 * Where Chrome and Edge read their policies on each platform, and the browser-level install
 * policies (ExtensionInstallForcelist, ExtensionSettings) for an example profile. One table, so
 * the Windows, macOS, Linux and Intune outputs cannot disagree about paths or ids.
 */
import type { ExampleProfile } from './examples';

export type BrowserName = 'chrome' | 'edge';

export interface BrowserPaths {
  label: string;
  /** Registry root of the browser's machine policies. */
  regRoot: string;
  /** macOS managed-preferences domain of the browser. */
  macDomain: string;
  /** Linux directories for managed JSON policy files. */
  linuxDirs: string[];
  /** Intune OMA-URI area for the browser's built-in Extensions category. */
  intuneExtensionsArea: string;
}

export const BROWSERS: Record<BrowserName, BrowserPaths> = {
  chrome: {
    label: 'Google Chrome / Chromium',
    regRoot: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome',
    macDomain: 'com.google.Chrome',
    linuxDirs: ['/etc/opt/chrome/policies/managed', '/etc/chromium/policies/managed'],
    intuneExtensionsArea: 'Chrome~Policy~googlechrome~Extensions',
  },
  edge: {
    label: 'Microsoft Edge',
    regRoot: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge',
    macDomain: 'com.microsoft.Edge',
    linuxDirs: ['/etc/opt/edge/policies/managed'],
    intuneExtensionsArea: 'microsoft_edge~Policy~microsoft_edge~Extensions',
  },
};

/** `ExtensionInstallForcelist` entries: `<id>;<update URL>`. */
export function forcelist(profile: ExampleProfile, browser: BrowserName, id: string): string[] {
  return [`${id};${profile.updateUrl[browser]}`];
}

/** The `ExtensionSettings` dictionary: force-install, pin, and optional runtime host limits. */
export function extensionSettings(profile: ExampleProfile, browser: BrowserName, id: string): Record<string, unknown> {
  const entry: Record<string, unknown> = {
    installation_mode: 'force_installed',
    update_url: profile.updateUrl[browser],
  };
  if (browser === 'chrome') entry.toolbar_pin = 'force_pinned';
  if (profile.runtimeBlockedHosts) entry.runtime_blocked_hosts = profile.runtimeBlockedHosts;
  if (profile.runtimeAllowedHosts) entry.runtime_allowed_hosts = profile.runtimeAllowedHosts;
  return { [id]: entry };
}

/** Registry path (under the browser root) of an extension's 3rdparty policy. */
export function thirdPartyKey(id: string): string {
  return `3rdparty\\extensions\\${id}\\policy`;
}

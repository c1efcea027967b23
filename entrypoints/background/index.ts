/**
 * ChartVeil's service worker: wires listeners, nothing else. All listeners are registered
 * synchronously in main() so that events that wake the worker are not lost. Logic lives in
 * routes.ts (messages), triggers.ts (menu/command/action), content-scripts.ts (origins) and
 * offscreen-host.ts (engine document).
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { bgValidators, type BgProtocol } from '@/utils/messaging/bg-protocol';
import { selfIdentity } from '@/utils/messaging/client';
import { createRouter } from '@/utils/messaging/router';
import { watchPolicy } from '@/utils/policy/reader';
import { recoverInterrupted } from './analysis';
import { syncContentScripts } from './content-scripts';
import { routes } from './routes';
import { createContextMenu, registerTriggers } from './triggers';
import { startVaultHost } from './vault-host';

export default defineBackground({
  type: 'module',
  main() {
    // PHI lives in storage.session: keep it out of content scripts' reach (memory only, trusted contexts).
    void browser.storage.session.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });

    browser.runtime.onMessage.addListener(
      createRouter<BgProtocol>({ prefix: 'bg.', handlers: routes, validators: bgValidators, self: selfIdentity() }),
    );
    registerTriggers();
    startVaultHost(); // idle listener at the top level, so an idle event wakes the worker

    browser.runtime.onInstalled.addListener(() => createContextMenu());
    browser.permissions.onAdded.addListener(() => void syncContentScripts());
    browser.permissions.onRemoved.addListener(() => void syncContentScripts());
    watchPolicy(() => void syncContentScripts());
    void syncContentScripts();
    void recoverInterrupted();
  },
});

/**
 * Section: the EHR sites ChartVeil runs on. Adding a site calls permissions.request inside the
 * click (user gesture); the background re-registers the content script on permissions.onAdded.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PanelSection } from '@/components/panel/PanelSection';
import { SitesList } from '@/components/panel/SitesList';
import { toOriginPattern } from '@/utils/capture/origins';
import { sendToBackground } from '@/utils/messaging/client';
import type { PanelSectionDef } from '../sections';

function SitesSection() {
  const [origins, setOrigins] = useState<string[]>([]);
  const [message, setMessage] = useState<string>();
  const required = browser.runtime.getManifest().host_permissions ?? [];

  const refresh = () => sendToBackground('bg.getAllowedOrigins', {}).then((r) => setOrigins(r.origins), () => undefined);
  useEffect(() => {
    void refresh();
    const onChange = () => void setTimeout(refresh, 100);
    browser.permissions.onAdded.addListener(onChange);
    browser.permissions.onRemoved.addListener(onChange);
    return () => {
      browser.permissions.onAdded.removeListener(onChange);
      browser.permissions.onRemoved.removeListener(onChange);
    };
  }, []);

  const add = (input: string) => {
    const pattern = toOriginPattern(input);
    if (!pattern) return setMessage('Enter a site address starting with https:// or http://');
    // No await before request(): the browser needs the click's user gesture.
    browser.permissions.request({ origins: [pattern] }).then(
      (granted) => setMessage(granted ? `ChartVeil now runs on ${pattern}. Reload open tabs of that site.` : 'Permission was not granted.'),
      () => setMessage('That address cannot be added.'),
    );
  };
  const remove = (origin: string) => {
    browser.permissions.remove({ origins: [origin] }).then(() => setMessage(`Removed ${origin}.`), () => undefined);
  };

  return (
    <PanelSection id="sites" title="Sites">
      <SitesList origins={origins} removable={origins.filter((o) => !required.includes(o))} onAdd={add} onRemove={remove} message={message} />
    </PanelSection>
  );
}

export const sitesSection: PanelSectionDef = { id: 'sites', visible: () => true, Component: SitesSection };

/**
 * Display text for policy values in the About and diagnostics views. Pure; long lists are
 * shortened so the side panel (360 px) stays readable.
 */
import type { PolicySettings, SettingKey } from '../../utils/policy/keys';
import type { SettingSource } from '../../utils/policy/merge';

export const SOURCE_LABELS: Record<SettingSource, string> = {
  default: 'Default',
  user: 'Your setting',
  policy: 'Set by your organisation',
};

/**
 * Formats one setting value for display.
 * @example formatSettingValue('allowUnmask', false) === 'No'
 * @example formatSettingValue('gatewayUrl', '') === 'Not set'
 */
export function formatSettingValue<K extends SettingKey>(key: K, value: PolicySettings[K]): string {
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value === '' ? 'Not set' : value;
  if (!Array.isArray(value) || value.length === 0) return 'None';
  if (key === 'summaryTemplates') return (value as PolicySettings['summaryTemplates']).map((t) => t.name).join(', ');
  if (key === 'bannerSelectors') {
    return (value as PolicySettings['bannerSelectors']).map((r) => `${r.origin} (${r.selectors.length} selector${r.selectors.length === 1 ? '' : 's'})`).join(', ');
  }
  const items = value as string[];
  return items.length > 8 ? `${items.slice(0, 8).join(', ')} and ${items.length - 8} more` : items.join(', ');
}

/**
 * The settings reference of the admin guide (docs/admin/generated/settings.md), rendered from
 * the settings table so titles, types, defaults and descriptions match the schema exactly.
 */
import { SETTINGS, SETTING_KEYS } from '../../utils/policy/keys';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** Renders the Markdown reference table. */
export function renderSettingsTable(): string {
  const rows = SETTING_KEYS.map((key) => {
    const d = SETTINGS[key];
    const type = d.schema.type === 'array' ? `array of ${d.schema.items!.type}` : d.schema.type;
    const fallback = d.strict !== undefined ? ` (invalid: \`${JSON.stringify(d.strict)}\`)` : '';
    return `| \`${key}\` | ${cell(d.schema.title)} | ${type} | \`${cell(JSON.stringify(d.default))}\`${fallback} | ${d.userSettable ? 'yes' : 'no'} | ${cell(d.schema.description)} |`;
  });
  return [
    '# ChartVeil managed settings',
    '',
    'Generated from `utils/policy/keys.ts` by `npm run admin-docs`; do not edit. The same table produces `public/managed_schema.json`.',
    '',
    '"User may set" means a clinician can choose the value while the policy does not set it. A policy value always wins and is shown read-only.',
    'When a policy value is present but unusable, ChartVeil uses the default (or the stricter value in brackets) and keeps it locked.',
    '',
    '| Key | Title | Type | Default | User may set | Description |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

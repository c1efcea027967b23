/**
 * Example deployments for the admin guide: a small clinic (store install, few settings) and a
 * large health system (self-hosted CRX, browser-enforced host limits, every setting). The
 * generated docs/admin files come from these values; a test proves each validates against
 * public/managed_schema.json, so the guide cannot drift from the schema.
 */
import type { PolicySettings } from '../../utils/policy/keys';

/** Extension id used in the examples: the dev/test build's id. Replace with your store or self-hosted id. */
export const EXAMPLE_EXTENSION_ID = 'nbblkohofnbpbpkkhheoabbnglgclepb';

export const CHROME_STORE_UPDATE_URL = 'https://clients2.google.com/service/update2/crx';
export const EDGE_STORE_UPDATE_URL = 'https://edge.microsoft.com/extensionwebstorebase/v1/crx';

export interface ExampleProfile {
  /** File-name slug. */
  slug: string;
  title: string;
  summary: string;
  /** Update URL per browser: a store's, or the hospital's own update manifest. */
  updateUrl: { chrome: string; edge: string };
  /** ExtensionSettings runtime host limits (browser-enforced on top of ChartVeil's own allow-list). */
  runtimeBlockedHosts?: string[];
  runtimeAllowedHosts?: string[];
  /** The extension policy (3rdparty) values. `expectedKeys` is added by the generator. */
  policy: Partial<PolicySettings>;
}

export const EXAMPLES: ExampleProfile[] = [
  {
    slug: 'small-clinic',
    title: 'Small clinic',
    summary: 'One EHR in the cloud, one gateway, store install, defaults for everything else.',
    updateUrl: { chrome: CHROME_STORE_UPDATE_URL, edge: EDGE_STORE_UPDATE_URL },
    policy: {
      policyRevision: 'clinic-2026-11-25.1',
      ehrOrigins: ['https://clinic.ehr-cloud.example'],
      gatewayUrl: 'https://llm-gateway.clinic.example/v1',
      requireReview: true,
      allowUnmask: false,
      allowTerms: ['Riverside Family Clinic', 'CBC', 'BMP'],
      draftMarker: 'DRAFT (AI) - Riverside Family Clinic - verify before filing',
    },
  },
  {
    slug: 'large-system',
    title: 'Large health system',
    summary: 'Several EHR hosts, primary and secondary gateway, OIDC, locked templates, self-hosted updates, central audit and feedback, browser-enforced host limits.',
    updateUrl: {
      chrome: 'https://extensions.health.example/chartveil/updates.xml',
      edge: 'https://extensions.health.example/chartveil/updates.xml',
    },
    runtimeBlockedHosts: ['*://*'],
    runtimeAllowedHosts: ['https://ehr.health.example', 'https://*.ehr.health.example'],
    policy: {
      policyRevision: 'hs-2026-11-25.3',
      ehrOrigins: ['https://ehr.health.example', 'https://*.ehr.health.example'],
      gatewayUrl: 'https://llm-gw-east.health.example/v1',
      gatewayUrlSecondary: 'https://llm-gw-west.health.example/v1',
      oidcIssuer: 'https://login.health.example/realms/clinical',
      oidcClientId: 'chartveil-extension',
      oidcScopes: ['openid', 'llm.summarize'],
      maskedEntities: ['NAME', 'DATE', 'AGE', 'PHONE', 'FAX', 'EMAIL', 'SSN', 'MRN', 'ID', 'URL', 'IP', 'ADDRESS', 'LOCATION', 'ZIP', 'ORGANIZATION', 'OTHER'],
      failSafeThreshold: 0.35,
      operator: 'mask',
      allowUnmask: false,
      requireReview: true,
      allowCopyReidentified: true,
      summaryTemplates: [
        { id: 'discharge', name: 'Discharge summary (house style)', prompt: 'Write a discharge summary with diagnosis, course, medications and follow-up. Keep placeholders such as [NAME_1] exactly as written.' },
        { id: 'sbar', name: 'SBAR hand-off', prompt: 'Write an SBAR hand-off. Keep placeholders such as [NAME_1] exactly as written.' },
      ],
      lockTemplates: true,
      idleLockMinutes: 10,
      draftRetentionDays: 3,
      maxDrafts: 20,
      auditEndpoint: 'https://audit.health.example/chartveil',
      maxSelectionChars: 30000,
      allowTerms: ['Mercy Heart Institute', 'St. Example Cancer Center', 'CBC', 'BMP', 'CMP', 'HbA1c'],
      denyTerms: ['Project Bluebird'],
      bannerSelectors: [
        { origin: 'https://ehr.health.example', selectors: ['#patient-banner .name', '#patient-banner .mrn', '#patient-banner .dob'] },
      ],
      feedbackEndpoint: 'https://phi-feedback.health.example/reports',
      draftMarker: 'DRAFT - AI-generated (ChartVeil) - review before signing',
    },
  },
];

/** The 3rdparty policy dictionary for a profile, with `expectedKeys` listing every key it sets. */
export function extensionPolicy(profile: ExampleProfile): Record<string, unknown> {
  const keys = Object.keys(profile.policy);
  return { ...profile.policy, expectedKeys: [...keys, 'expectedKeys'] };
}

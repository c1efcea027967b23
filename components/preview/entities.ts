/**
 * Display names and colour slots per entity type, shared by the preview and the legend.
 * Colours live in preview.css as CSS variables (light and dark); this file only maps names.
 */
import type { EntityType } from '../../utils/detection/types';

export const ENTITY_LABELS: Record<EntityType, string> = {
  NAME: 'Name', DATE: 'Date', AGE: 'Age', PHONE: 'Phone', FAX: 'Fax', EMAIL: 'Email', SSN: 'SSN',
  MRN: 'MRN', ID: 'ID', URL: 'URL', IP: 'IP address', ADDRESS: 'Address', LOCATION: 'Location',
  ZIP: 'ZIP', ORGANIZATION: 'Organization', OTHER: 'Other',
};

/** Entity types in legend order (most common in notes first). */
export const ENTITY_ORDER: readonly EntityType[] = [
  'NAME', 'DATE', 'AGE', 'MRN', 'ID', 'PHONE', 'FAX', 'EMAIL', 'SSN', 'ADDRESS', 'LOCATION', 'ZIP',
  'ORGANIZATION', 'URL', 'IP', 'OTHER',
];

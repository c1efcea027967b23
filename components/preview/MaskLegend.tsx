/**
 * Legend under the preview: one chip per entity type that was masked, with its count, in the
 * same colour as its masks. Renders nothing when nothing was masked.
 */
import type { EntityType } from '../../utils/detection/types';
import { ENTITY_LABELS, ENTITY_ORDER } from './entities';
import './preview.css';

export interface MaskLegendProps {
  counts: Partial<Record<EntityType, number>>;
}

/** @example <MaskLegend counts={{ NAME: 3, DATE: 2 }} /> */
export function MaskLegend({ counts }: MaskLegendProps) {
  const present = ENTITY_ORDER.filter((type) => (counts[type] ?? 0) > 0);
  if (present.length === 0) return <p class="cv-legend-empty">Nothing was masked in this selection.</p>;
  return (
    <ul class="cv-legend" aria-label="Masked items by type" data-testid="mask-legend">
      {present.map((type) => (
        <li key={type} class="cv-legend-item" data-entity={type}>
          <span class="cv-swatch" aria-hidden="true" />
          <span class="cv-legend-label">{ENTITY_LABELS[type]}</span>
          <span class="cv-legend-count" data-testid={`count-${type}`}>{counts[type]}</span>
        </li>
      ))}
    </ul>
  );
}

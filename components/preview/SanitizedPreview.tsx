/**
 * Read-only preview of the sanitized text with every mask highlighted by entity type.
 * Text is rendered as Preact text nodes only (never innerHTML), so HTML in a selection shows as text.
 */
import { useMemo } from 'preact/hooks';
import { ENTITY_LABELS } from './entities';
import { segmentSanitized, type PlaceholderRef } from './segments';
import './preview.css';

export interface SanitizedPreviewProps {
  sanitized: string;
  placeholders: readonly PlaceholderRef[];
}

/** @example <SanitizedPreview sanitized={r.sanitized} placeholders={r.placeholders} /> */
export function SanitizedPreview({ sanitized, placeholders }: SanitizedPreviewProps) {
  const segments = useMemo(() => segmentSanitized(sanitized, placeholders), [sanitized, placeholders]);
  return (
    <div class="cv-preview" data-testid="sanitized-preview" tabIndex={0} aria-label="Sanitized text">
      {segments.map((segment, i) =>
        segment.kind === 'text' ? (
          segment.text
        ) : (
          <mark key={i} class="cv-mask" data-entity={segment.entity} title={ENTITY_LABELS[segment.entity]}>
            {segment.text}
          </mark>
        ),
      )}
    </div>
  );
}

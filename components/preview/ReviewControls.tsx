/**
 * Review controls under the preview: the selected mask with its original and an Un-mask button
 * (only where policy allows), and a small form to mask a word or phrase the engine missed; when
 * the caller supports it, "Report false mask" and "Report missed PHI" (a salted hash, never text).
 * Everything is a native button, input or select, so the whole review works from the keyboard.
 */
import type { RefObject } from 'preact';
import { useState } from 'preact/hooks';
import type { EntityType } from '../../utils/detection/types';
import type { Piece } from '../../utils/review/model';
import { ENTITY_LABELS, ENTITY_ORDER } from './entities';

export interface ReviewNotice { kind: 'ok' | 'warn'; text: string }

export interface ReviewControlsProps {
  selected?: Extract<Piece, { kind: 'mask' }>;
  allowUnmask: boolean;
  unmaskRef: RefObject<HTMLButtonElement | null>;
  phrase: string;
  notice: ReviewNotice | null;
  onPhrase(text: string): void;
  onUnmask(): void;
  onAddMask(entity: EntityType): void;
  /** Reports the selected mask as a false mask; omitted: no button. */
  onReportFalseMask?(): void;
  /** Reports the phrase as missed PHI of `entity`; omitted: no button. */
  onReportMissed?(entity: EntityType): void;
}

/** @example <ReviewControls selected={piece} allowUnmask phrase="" notice={null} ... /> */
export function ReviewControls(p: ReviewControlsProps) {
  const [entity, setEntity] = useState<EntityType>('NAME');
  return (
    <div class="cv-review-controls" data-testid="review-controls">
      <p class="cv-muted cv-review-help">
        Hover or Tab to a mask to see the original (on this device only). {p.allowUnmask ? 'Press Enter, then Un-mask, if it is not PHI.' : 'Un-masking is turned off by your organisation.'}
      </p>
      {p.selected && (
        <div class="cv-review-selected" data-testid="review-selected">
          <span class="cv-mask" data-entity={p.selected.entity}>{p.selected.placeholder}</span>
          <span class="cv-review-original">{ENTITY_LABELS[p.selected.entity]}: “{p.selected.original}”</span>
          {p.allowUnmask && (
            <button type="button" class="cv-button" ref={p.unmaskRef} data-testid="unmask" onClick={() => p.onUnmask()}>Un-mask</button>
          )}
          {p.onReportFalseMask && (
            <button type="button" class="cv-button" data-testid="report-false-mask" onClick={() => p.onReportFalseMask?.()}>Report false mask</button>
          )}
        </div>
      )}
      <form
        class="cv-review-add"
        onSubmit={(e) => {
          e.preventDefault();
          p.onAddMask(entity);
        }}
      >
        <label class="cv-visually-hidden" for="cv-add-phrase">Word or phrase to mask</label>
        <input id="cv-add-phrase" data-testid="add-mask-phrase" placeholder="Select text above, or type it" value={p.phrase} maxLength={200} onInput={(e) => p.onPhrase(e.currentTarget.value)} />
        <label class="cv-visually-hidden" for="cv-add-type">Type</label>
        <select id="cv-add-type" data-testid="add-mask-type" value={entity} onChange={(e) => setEntity(e.currentTarget.value as EntityType)}>
          {ENTITY_ORDER.map((t) => <option key={t} value={t}>{ENTITY_LABELS[t]}</option>)}
        </select>
        <button type="submit" class="cv-button" data-testid="add-mask" disabled={!p.phrase.trim()}>Mask</button>
        {p.onReportMissed && (
          <button type="button" class="cv-button" data-testid="report-missed" disabled={!p.phrase.trim()} onClick={() => p.onReportMissed?.(entity)}>Report missed PHI</button>
        )}
      </form>
      {p.notice && <p class={`cv-review-notice cv-review-${p.notice.kind}`} role="status" data-testid="review-notice">{p.notice.text}</p>}
    </div>
  );
}

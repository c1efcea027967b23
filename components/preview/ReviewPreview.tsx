/**
 * The sanitized preview with review: every mask highlighted by type; hovering or focusing a mask
 * shows its original (local only, via a data attribute + CSS, so the text content stays the
 * sanitized text); evidence ranges highlighted; un-mask and add-mask controls (ReviewControls);
 * "Report false mask" / "Report missed PHI" (onReport: the caller sends a salted hash, never text).
 * Text is rendered as Preact text nodes only, never innerHTML.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import type { EntityType } from '../../utils/detection/types';
import { sourceOffsets, type Piece } from '../../utils/review/model';
import type { FeedbackKind } from '../../utils/review/feedback';
import { ENTITY_LABELS } from './entities';
import { ReviewControls, type ReviewNotice } from './ReviewControls';
import './preview.css';
import './review.css';

export interface ReviewPreviewProps {
  pieces: readonly Piece[];
  /** Ranges of the original source to highlight (evidence links). */
  highlight?: readonly { start: number; end: number }[];
  /** Policy: may the clinician un-mask a false positive? Adding masks is always allowed. */
  allowUnmask: boolean;
  /** Returns the number of occurrences changed (0: nothing changed). */
  onUnmask(placeholder: string): number;
  onAddMask(phrase: string, entity: EntityType): number;
  /** "Report a miss": the caller hashes `text` with a local salt and sends no text. Omitted: no report buttons. */
  onReport?(report: { kind: FeedbackKind; entity?: EntityType; text: string }): Promise<unknown>;
}

/** @example <ReviewPreview pieces={doc.pieces} allowUnmask onUnmask={store.unmask} onAddMask={store.addMask} /> */
export function ReviewPreview(p: ReviewPreviewProps) {
  const [selected, setSelected] = useState<string | null>(null);
  const [phrase, setPhrase] = useState('');
  const [notice, setNotice] = useState<ReviewNotice | null>(null);
  const unmaskButton = useRef<HTMLButtonElement>(null);
  const offsets = useMemo(() => sourceOffsets({ pieces: p.pieces, used: {} }), [p.pieces]);
  const selectedPiece = p.pieces.find((x) => x.kind === 'mask' && x.placeholder === selected) as Extract<Piece, { kind: 'mask' }> | undefined;

  const unmask = (placeholder: string) => {
    if (!p.allowUnmask) return;
    const piece = p.pieces.find((x) => x.kind === 'mask' && x.placeholder === placeholder) as Extract<Piece, { kind: 'mask' }> | undefined;
    const n = p.onUnmask(placeholder);
    if (piece && n) setNotice({ kind: 'ok', text: `Un-masked ${n} × ${ENTITY_LABELS[piece.entity]}. It will be sent as written.` });
    setSelected(null);
  };
  const onMaskKey = (e: KeyboardEvent, placeholder: string) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      setSelected(placeholder);
      queueMicrotask(() => unmaskButton.current?.focus());
    } else if ((e.key === 'Delete' || e.key === 'Backspace') && p.allowUnmask) {
      e.preventDefault();
      unmask(placeholder);
    }
  };
  const report = (kind: FeedbackKind, text: string, entity?: EntityType) => {
    if (!p.onReport || !text.trim()) return;
    p.onReport({ kind, entity, text }).then(
      () => setNotice({ kind: 'ok', text: 'Reported (no text was sent).' }),
      () => setNotice({ kind: 'warn', text: 'Could not record the report. Try again.' }),
    );
  };
  const takeSelection = () => {
    const text = globalThis.getSelection?.()?.toString().trim() ?? '';
    if (text && text.length <= 200 && !text.includes('\n')) setPhrase(text);
  };

  return (
    <div class="cv-review">
      <div
        class="cv-preview" data-testid="sanitized-preview" tabIndex={0} aria-label="Sanitized text"
        onMouseUp={takeSelection} onKeyUp={takeSelection}
        // One handler per event for all masks (delegation): a 30k note has ~600 masks.
        onClick={(e) => withMask(e, setSelected)}
        onFocusIn={(e) => withMask(e, setSelected)}
        onKeyDown={(e) => withMask(e, (placeholder) => onMaskKey(e, placeholder))}
      >
        {p.pieces.map((piece, i) => {
          const range = offsets[i]!;
          if (piece.kind === 'text') return textRuns(piece.text, range.start, p.highlight);
          const lit = overlaps(range, p.highlight);
          return (
            <mark
              key={i}
              class={`cv-mask${lit ? ' cv-hl' : ''}${piece.placeholder === selected ? ' cv-mask-selected' : ''}`}
              data-entity={piece.entity}
              data-placeholder={piece.placeholder}
              data-original={piece.original}
              tabIndex={0}
              aria-label={`${ENTITY_LABELS[piece.entity]} ${piece.placeholder}, original: ${piece.original}`}
            >
              {piece.placeholder}
            </mark>
          );
        })}
      </div>
      <ReviewControls
        selected={selectedPiece}
        allowUnmask={p.allowUnmask}
        unmaskRef={unmaskButton}
        phrase={phrase}
        notice={notice}
        onPhrase={setPhrase}
        onUnmask={() => selectedPiece && unmask(selectedPiece.placeholder)}
        onReportFalseMask={p.onReport && (() => selectedPiece && report('false-mask', selectedPiece.original, selectedPiece.entity))}
        onReportMissed={p.onReport && ((entity) => report('missed-phi', phrase, entity))}
        onAddMask={(entity) => {
          const n = p.onAddMask(phrase, entity);
          setNotice(n ? { kind: 'ok', text: `Masked ${n} × ${ENTITY_LABELS[entity]}.` } : { kind: 'warn', text: 'Not found in the unmasked text (whole words only).' });
          if (n) setPhrase('');
        }}
      />
    </div>
  );
}

/** Calls `then` with the placeholder of the mask an event happened in, if any. */
function withMask(event: Event, then: (placeholder: string) => void): void {
  const mark = (event.target as Element | null)?.closest?.('mark[data-placeholder]');
  const placeholder = mark?.getAttribute('data-placeholder');
  if (placeholder) then(placeholder);
}

/** A text piece as plain text, or split around evidence highlights (a string when none touch it). */
function textRuns(text: string, at: number, highlight?: readonly { start: number; end: number }[]) {
  if (!highlight?.length) return text;
  const cuts = highlight
    .map((r) => ({ start: Math.max(r.start, at) - at, end: Math.min(r.end, at + text.length) - at }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  if (cuts.length === 0) return text;
  const out = [];
  let last = 0;
  for (const [k, c] of cuts.entries()) {
    const start = Math.max(c.start, last);
    if (start > last) out.push(text.slice(last, start));
    if (c.end > start) out.push(<span key={k} class="cv-hl" data-testid="evidence-highlight">{text.slice(start, c.end)}</span>);
    last = Math.max(last, c.end);
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

function overlaps(range: { start: number; end: number }, ranges?: readonly { start: number; end: number }[]): boolean {
  return (ranges ?? []).some((r) => r.start < range.end && r.end > range.start);
}

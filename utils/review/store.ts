/**
 * The panel's review state, shared by the preview section (edits, highlights) and the summary
 * section (sends what was reviewed). Lives in the panel's memory only: it holds originals (PHI)
 * and is never persisted. One review per analysis request; a new request starts a fresh review.
 */
import type { EntityType } from '../detection/types';
import { addMask, fromAnalysis, unmask, type PlaceholderEntry, type ReviewChange, type ReviewDoc } from './model';

export interface ReviewSnapshot {
  requestId: string;
  doc: ReviewDoc;
  /** Ranges of the original source to highlight in the preview (evidence links). */
  highlight: readonly { start: number; end: number }[];
}

export interface ReviewStore {
  get(): ReviewSnapshot | undefined;
  subscribe(fn: (s: ReviewSnapshot | undefined) => void): () => void;
  /** Starts the review of `requestId` unless it is already the current one. */
  open(requestId: string, sanitized: string, placeholders: readonly PlaceholderEntry[]): ReviewSnapshot;
  unmask(placeholder: string): ReviewChange | null;
  addMask(phrase: string, entity: EntityType): ReviewChange | null;
  setHighlight(ranges: readonly { start: number; end: number }[]): void;
  /** Drops the current review (its originals included), e.g. when the vault locks. */
  clear(): void;
}

/**
 * @example const store = createReviewStore((c) => audit.append({ type: 'review', ...c }));
 * store.open(state.requestId, result.sanitized, result.placeholders); store.unmask('[NAME_2]');
 */
export function createReviewStore(onChange?: (change: ReviewChange) => void): ReviewStore {
  let current: ReviewSnapshot | undefined;
  const listeners = new Set<(s: ReviewSnapshot | undefined) => void>();
  const set = (next: ReviewSnapshot) => {
    current = next;
    for (const fn of listeners) fn(current);
  };
  const edit = (fn: (doc: ReviewDoc) => { doc: ReviewDoc; change: ReviewChange }): ReviewChange | null => {
    if (!current) return null;
    const { doc, change } = fn(current.doc);
    if (doc === current.doc) return null;
    set({ ...current, doc, highlight: [] });
    onChange?.(change);
    return change;
  };
  return {
    get: () => current,
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    open(requestId, sanitized, placeholders) {
      if (current?.requestId !== requestId) set({ requestId, doc: fromAnalysis(sanitized, placeholders), highlight: [] });
      return current!;
    },
    unmask: (placeholder) => edit((doc) => unmask(doc, placeholder)),
    addMask: (phrase, entity) => edit((doc) => addMask(doc, phrase, entity)),
    setHighlight(ranges) {
      if (current) set({ ...current, highlight: [...ranges] });
    },
    clear() {
      current = undefined;
      for (const fn of listeners) fn(undefined);
    },
  };
}

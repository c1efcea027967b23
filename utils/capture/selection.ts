/**
 * Reads the current selection of one document: a selection inside a focused textarea or text
 * input first (window.getSelection() does not see those), else the DOM selection. Password
 * fields are never read. Pure DOM, so the same code is unit-tested with happy-dom.
 */
import type { CaptureSource } from './types';

export interface FrameSelection {
  text: string;
  source: CaptureSource;
  /** Whether this frame's document has focus; used to pick a frame when several have selections. */
  focused: boolean;
}

/** Input types whose selection we may read (password, email, number... are excluded). */
const TEXT_INPUT_TYPES = new Set(['text', 'search', 'url', 'tel']);

/**
 * Returns the selected text of `doc`, or an empty text when nothing is selected.
 * @example readSelection(document) // { text: 'BP 120/80', source: 'page', focused: true }
 */
export function readSelection(doc: Document): FrameSelection {
  const focused = safeHasFocus(doc);
  const field = readFieldSelection(doc.activeElement);
  if (field) return { ...field, focused };
  const text = doc.getSelection?.()?.toString() ?? '';
  return { text, source: 'page', focused };
}

function readFieldSelection(el: Element | null): Omit<FrameSelection, 'focused'> | null {
  if (!el) return null;
  const tag = el.tagName;
  const isTextarea = tag === 'TEXTAREA';
  const isInput = tag === 'INPUT' && TEXT_INPUT_TYPES.has((el as HTMLInputElement).type.toLowerCase());
  if (!isTextarea && !isInput) return null;
  const field = el as HTMLTextAreaElement | HTMLInputElement;
  const start = field.selectionStart;
  const end = field.selectionEnd;
  if (start === null || end === null || end <= start) return null;
  return { text: field.value.slice(start, end), source: isTextarea ? 'textarea' : 'input' };
}

function safeHasFocus(doc: Document): boolean {
  try {
    return doc.hasFocus();
  } catch {
    return false;
  }
}

/**
 * Puts a reviewed summary back into the EHR page, inside the content script: into the field the
 * selection came from, else the focused editable field, else the last editable field the user
 * focused. Insertion never deletes the clinician's text: it goes after the current selection (or
 * at the caret), and an `input` event tells the page's framework. Pure DOM (tested with happy-dom).
 */

export type InsertKind = 'textarea' | 'input' | 'contenteditable';

export interface InsertProbe {
  /** This frame has a field to insert into. */
  available: boolean;
  /** That field is the document's active element and the document has focus. */
  focused: boolean;
  /** That field is where the captured selection came from. */
  source: boolean;
}

export interface InsertTracker {
  /** Remember `el` as the field the current capture came from (call after reading a field selection). */
  markSource(el: Element | null): void;
  probe(): InsertProbe;
  /** Inserts `text`; returns the number of characters inserted (0: no target). */
  insert(text: string): number;
  stop(): void;
}

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'url', 'tel', '']);

/** The kind of editable field `el` is, or null (password, number, read-only... are excluded). */
export function editableKind(el: Element | null | undefined): InsertKind | null {
  if (!el || !el.isConnected) return null;
  if (el.tagName === 'TEXTAREA') return (el as HTMLTextAreaElement).readOnly || (el as HTMLTextAreaElement).disabled ? null : 'textarea';
  if (el.tagName === 'INPUT') {
    const input = el as HTMLInputElement;
    return TEXT_INPUT_TYPES.has(input.type.toLowerCase()) && !input.readOnly && !input.disabled ? 'input' : null;
  }
  return (el as HTMLElement).isContentEditable ? 'contenteditable' : null;
}

/**
 * Tracks focus in `doc` so that an insert finds the right field even after the side panel took focus.
 * @example const tracker = createInsertTracker(document); tracker.insert('Summary…') // 10
 */
export function createInsertTracker(doc: Document): InsertTracker {
  let source: Element | null = null;
  let lastFocused: Element | null = null;
  const onFocus = (e: Event) => {
    const el = editableRoot(e.target as Element | null);
    if (el) lastFocused = el;
  };
  doc.addEventListener('focusin', onFocus, true);

  const target = (): Element | null => {
    const active = editableRoot(doc.activeElement);
    if (editableKind(source)) return source;
    if (active) return active;
    return editableKind(lastFocused) ? lastFocused : null;
  };

  return {
    markSource(el) {
      const root = editableRoot(el);
      if (root) source = root;
    },
    probe() {
      const el = target();
      const active = editableRoot(doc.activeElement);
      return { available: el !== null, focused: el !== null && el === active && safeHasFocus(doc), source: el !== null && el === source };
    },
    insert(text) {
      const el = target();
      const kind = editableKind(el);
      if (!el || !kind || !text) return 0;
      return kind === 'contenteditable' ? insertRich(doc, el as HTMLElement, text) : insertField(el as HTMLTextAreaElement | HTMLInputElement, kind, text);
    },
    stop: () => doc.removeEventListener('focusin', onFocus, true),
  };
}

function insertField(field: HTMLTextAreaElement | HTMLInputElement, kind: InsertKind, text: string): number {
  const at = field.selectionEnd ?? field.value.length;
  const before = field.value.slice(0, at);
  const sep = kind === 'textarea' ? (before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n') : (before === '' || /\s$/.test(before) ? '' : ' ');
  const value = kind === 'input' ? text.replace(/\s*\n\s*/g, ' ') : text;
  field.setRangeText(sep + value, at, at, 'end');
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
  return value.length;
}

function insertRich(doc: Document, el: HTMLElement, text: string): number {
  const range = doc.createRange();
  const sel = doc.getSelection();
  const current = sel && sel.rangeCount ? sel.getRangeAt(0) : null;
  if (current && el.contains(current.endContainer)) range.setStart(current.endContainer, current.endOffset);
  else {
    range.selectNodeContents(el);
    range.collapse(false);
  }
  const block = doc.createElement('div');
  for (const [i, line] of text.split('\n').entries()) {
    if (i) block.appendChild(doc.createElement('br'));
    block.appendChild(doc.createTextNode(line));
  }
  range.insertNode(block);
  el.dispatchEvent(new Event('input', { bubbles: true }));
  return text.length;
}

function editableRoot(el: Element | null): Element | null {
  let node: Element | null = el;
  if (editableKind(node) === 'contenteditable') {
    while (node?.parentElement && (node.parentElement as HTMLElement).isContentEditable) node = node.parentElement;
  }
  return editableKind(node) ? node : null;
}

function safeHasFocus(doc: Document): boolean {
  try {
    return doc.hasFocus();
  } catch {
    return false;
  }
}

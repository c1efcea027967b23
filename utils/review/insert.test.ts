// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { createInsertTracker, editableKind } from './insert';

beforeEach(() => {
  document.body.innerHTML = `<textarea id="src">Note text here</textarea><textarea id="other"></textarea>
    <input id="pw" type="password"><input id="sub" type="text" value="Subject"><div id="rich" contenteditable="true"><p>Hi</p></div>
    <textarea id="ro" readonly></textarea>`;
});
const $ = <T extends Element>(id: string) => document.getElementById(id) as unknown as T;

describe('insert tracker', () => {
  it('classifies editable fields and refuses passwords and read-only fields', () => {
    expect(editableKind($('src'))).toBe('textarea');
    expect(editableKind($('sub'))).toBe('input');
    expect(editableKind($('rich'))).toBe('contenteditable');
    expect(editableKind($('pw'))).toBeNull();
    expect(editableKind($('ro'))).toBeNull();
    expect(editableKind(document.body)).toBeNull();
  });

  it('inserts after the source selection without deleting it, and fires input', () => {
    const t = createInsertTracker(document);
    const src = $<HTMLTextAreaElement>('src');
    src.focus();
    src.setSelectionRange(0, 4);
    t.markSource(src);
    let inputs = 0;
    src.addEventListener('input', () => inputs++);
    $<HTMLTextAreaElement>('other').focus(); // the source still wins
    expect(t.probe()).toMatchObject({ available: true, source: true });
    expect(t.insert('SUMMARY')).toBe(7);
    expect(src.value).toBe('Note\n\nSUMMARY text here');
    expect(inputs).toBe(1);
    t.stop();
  });

  it('uses the focused field, else the last focused one, else nothing', () => {
    const t = createInsertTracker(document);
    expect(t.probe().available).toBe(false);
    expect(t.insert('x')).toBe(0);
    const other = $<HTMLTextAreaElement>('other');
    other.focus();
    expect(t.insert('Line 1\nLine 2')).toBe(13);
    expect(other.value).toBe('Line 1\nLine 2');
    other.blur();
    expect(t.probe()).toMatchObject({ available: true, focused: false, source: false });
    const sub = $<HTMLInputElement>('sub');
    sub.focus();
    sub.setSelectionRange(7, 7);
    t.insert('a\nb');
    expect(sub.value).toBe('Subject a b');
  });

  it('appends to a contenteditable as text, never as markup', () => {
    const t = createInsertTracker(document);
    const rich = $<HTMLDivElement>('rich');
    rich.focus();
    t.insert('<img src=x onerror=alert(1)>\nok');
    expect(rich.querySelector('img')).toBeNull();
    expect(rich.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(rich.querySelectorAll('br').length).toBe(1);
  });
});

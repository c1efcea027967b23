// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { readBanner } from './banner';
import { readSelection } from './selection';

afterEach(() => {
  document.body.innerHTML = '';
  document.getSelection()?.removeAllRanges();
});

describe('readSelection', () => {
  it('reads a DOM selection', () => {
    document.body.innerHTML = '<p id="p">PT SEEN BY DR JONES</p>';
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('p')!);
    document.getSelection()!.addRange(range);
    expect(readSelection(document)).toMatchObject({ text: 'PT SEEN BY DR JONES', source: 'page' });
  });

  it('reads the selected part of a focused textarea', () => {
    document.body.innerHTML = '<textarea id="t">Call wife Mary at home</textarea>';
    const t = document.getElementById('t') as HTMLTextAreaElement;
    t.focus();
    t.setSelectionRange(10, 14);
    expect(readSelection(document)).toMatchObject({ text: 'Mary', source: 'textarea' });
  });

  it('reads a text input but never a password field', () => {
    document.body.innerHTML = '<input id="i" type="text" value="MRN 00451234"><input id="p" type="password" value="hunter2">';
    const i = document.getElementById('i') as HTMLInputElement;
    i.focus();
    i.setSelectionRange(4, 12);
    expect(readSelection(document)).toMatchObject({ text: '00451234', source: 'input' });
    const p = document.getElementById('p') as HTMLInputElement;
    p.focus();
    p.setSelectionRange(0, 7);
    expect(readSelection(document).text).not.toContain('hunter2');
  });

  it('returns empty text when nothing is selected', () => {
    document.body.innerHTML = '<p>nothing</p>';
    expect(readSelection(document)).toMatchObject({ text: '', source: 'page' });
  });
});

describe('readBanner', () => {
  it('collects distinct trimmed values and skips invalid selectors', () => {
    document.body.innerHTML = `<div id="b"><span data-phi> DOE,  JANE </span><span data-phi>00451234</span><span data-phi>00451234</span><span>Allergies</span></div>`;
    expect(readBanner(document, ['##bad', '#b [data-phi]'])).toEqual(['DOE, JANE', '00451234']);
  });

  it('bounds the number of items', () => {
    document.body.innerHTML = Array.from({ length: 100 }, (_, i) => `<i class="k">v${i}</i>`).join('');
    expect(readBanner(document, ['.k'])).toHaveLength(32);
  });
});

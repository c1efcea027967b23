// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { addMask, fromAnalysis, unmask, type ReviewDoc } from '../../utils/review/model';
import { ReviewPreview } from './ReviewPreview';

let root: HTMLElement;
afterEach(() => { act(() => render(null, root)); root.remove(); });

/** Mounts a preview bound to a live review doc, like the panel's store does. */
function mountLive(doc: ReviewDoc, allowUnmask = true) {
  root = document.createElement('div');
  document.body.append(root);
  const changes: unknown[] = [];
  const draw = () => act(() => render(
    <ReviewPreview
      pieces={doc.pieces}
      highlight={[{ start: 0, end: 3 }]}
      allowUnmask={allowUnmask}
      onUnmask={(ph) => { const r = unmask(doc, ph); doc = r.doc; changes.push(r.change); draw(); return Object.values(r.change.removed).reduce((a, b) => a + (b ?? 0), 0); }}
      onAddMask={(phrase, entity) => { const r = addMask(doc, phrase, entity); doc = r.doc; changes.push(r.change); draw(); return Object.values(r.change.added).reduce((a, b) => a + (b ?? 0), 0); }}
    />, root));
  draw();
  return { changes, preview: () => root.querySelector('[data-testid="sanitized-preview"]')!, doc: () => doc };
}
const DOC = () => fromAnalysis('Ann has [NAME_1] and [NAME_2], seen by VNA.', [
  { placeholder: '[NAME_1]', entity: 'NAME', original: 'HFpEF' },
  { placeholder: '[NAME_2]', entity: 'NAME', original: 'Bob Ray' },
]);
const key = (el: Element, k: string) => act(() => { el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true })); });

describe('ReviewPreview', () => {
  it('keeps the sanitized text as its text content and carries originals only in attributes', () => {
    const { preview } = mountLive(DOC());
    expect(preview().textContent).toBe('Ann has [NAME_1] and [NAME_2], seen by VNA.');
    const mask = preview().querySelector('mark[data-placeholder="[NAME_1]"]')!;
    expect(mask.getAttribute('data-original')).toBe('HFpEF');
    expect(mask.getAttribute('tabindex')).toBe('0');
    expect(preview().querySelector('.cv-hl')!.textContent).toBe('Ann'); // evidence highlight
  });

  it('un-masks from the keyboard: Enter selects and focuses Un-mask, Delete un-masks directly', () => {
    const live = mountLive(DOC());
    const mask = live.preview().querySelector<HTMLElement>('mark[data-placeholder="[NAME_1]"]')!;
    act(() => mask.focus());
    key(mask, 'Enter');
    expect(root.querySelector('[data-testid="review-selected"]')!.textContent).toContain('HFpEF');
    act(() => root.querySelector<HTMLButtonElement>('[data-testid="unmask"]')!.click());
    expect(live.preview().textContent).toBe('Ann has HFpEF and [NAME_2], seen by VNA.');
    key(live.preview().querySelector('mark[data-placeholder="[NAME_2]"]')!, 'Delete');
    expect(live.preview().textContent).toBe('Ann has HFpEF and Bob Ray, seen by VNA.');
    expect(live.changes).toEqual([{ added: {}, removed: { NAME: 1 } }, { added: {}, removed: { NAME: 1 } }]);
  });

  it('hides un-mask where policy forbids it, but still adds masks', () => {
    const live = mountLive(DOC(), false);
    const mask = live.preview().querySelector<HTMLElement>('mark[data-placeholder="[NAME_1]"]')!;
    key(mask, 'Delete');
    act(() => mask.click());
    expect(root.querySelector('[data-testid="unmask"]')).toBeNull();
    expect(live.preview().textContent).toContain('[NAME_1]');
    const input = root.querySelector<HTMLInputElement>('[data-testid="add-mask-phrase"]')!;
    act(() => { input.value = 'VNA'; input.dispatchEvent(new Event('input', { bubbles: true })); });
    const select = root.querySelector<HTMLSelectElement>('[data-testid="add-mask-type"]')!;
    act(() => { select.value = 'ORGANIZATION'; select.dispatchEvent(new Event('change', { bubbles: true })); });
    act(() => root.querySelector<HTMLButtonElement>('[data-testid="add-mask"]')!.click());
    expect(live.preview().textContent).toBe('Ann has [NAME_1] and [NAME_2], seen by [ORGANIZATION_1].');
    expect(root.querySelector('[data-testid="review-notice"]')!.textContent).toContain('Masked 1');
  });
});

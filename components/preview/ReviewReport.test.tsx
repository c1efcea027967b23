// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { fromAnalysis } from '../../utils/review/model';
import { ReviewPreview } from './ReviewPreview';

let root: HTMLElement;
afterEach(() => { act(() => render(null, root)); root.remove(); });

const DOC = fromAnalysis('Ann has [NAME_1], seen by VNA.', [{ placeholder: '[NAME_1]', entity: 'NAME', original: 'HFpEF' }]);

function mount(onReport: (r: unknown) => Promise<unknown>) {
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(<ReviewPreview pieces={DOC.pieces} allowUnmask onUnmask={() => 0} onAddMask={() => 0} onReport={onReport} />, root));
}
const flush = () => act(async () => { await new Promise((r) => setTimeout(r, 0)); });
const notice = () => root.querySelector('[data-testid="review-notice"]')?.textContent;

describe('ReviewPreview: report a miss', () => {
  it('reports a focused mask as a false mask (next to Un-mask) and confirms', async () => {
    const reports: unknown[] = [];
    mount(async (r) => void reports.push(r));
    const mask = root.querySelector<HTMLElement>('mark[data-placeholder="[NAME_1]"]')!;
    act(() => mask.focus());
    act(() => { mask.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })); });
    const button = root.querySelector<HTMLButtonElement>('[data-testid="report-false-mask"]')!;
    expect(button.tagName).toBe('BUTTON'); // native button: keyboard operable
    act(() => button.click());
    await flush();
    expect(reports).toEqual([{ kind: 'false-mask', entity: 'NAME', text: 'HFpEF' }]);
    expect(notice()).toBe('Reported (no text was sent).');
  });

  it('reports a phrase as missed PHI of the chosen type; a failure says so', async () => {
    const reports: unknown[] = [];
    let fail = false;
    mount(async (r) => { if (fail) throw new Error('x'); reports.push(r); });
    const missed = root.querySelector<HTMLButtonElement>('[data-testid="report-missed"]')!;
    expect(missed.disabled).toBe(true);
    const input = root.querySelector<HTMLInputElement>('[data-testid="add-mask-phrase"]')!;
    act(() => { input.value = 'VNA'; input.dispatchEvent(new Event('input', { bubbles: true })); });
    const select = root.querySelector<HTMLSelectElement>('[data-testid="add-mask-type"]')!;
    act(() => { select.value = 'ORGANIZATION'; select.dispatchEvent(new Event('change', { bubbles: true })); });
    act(() => missed.click());
    await flush();
    expect(reports).toEqual([{ kind: 'missed-phi', entity: 'ORGANIZATION', text: 'VNA' }]);
    expect(notice()).toBe('Reported (no text was sent).');
    fail = true;
    act(() => missed.click());
    await flush();
    expect(notice()).toContain('Could not record');
  });

  it('shows no report buttons when the caller cannot report', () => {
    root = document.createElement('div');
    document.body.append(root);
    act(() => render(<ReviewPreview pieces={DOC.pieces} allowUnmask onUnmask={() => 0} onAddMask={() => 0} />, root));
    expect(root.querySelector('[data-testid="report-missed"]')).toBeNull();
  });
});

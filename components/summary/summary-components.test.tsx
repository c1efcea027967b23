// @vitest-environment jsdom
// jsdom, not happy-dom: DOMPurify does not sanitize correctly under happy-dom 21.
import { mount, mountedRoot } from '../../tests/support/mount';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { placeholderMap, segmentText } from '../../utils/reidentify/stream';
import type { Summarizer } from '../../utils/summary/run';
import { resolveTemplates } from '../../utils/summary/templates';
import { SummaryView, type SummaryViewProps } from './SummaryView';
import { TemplatePicker } from './TemplatePicker';
import { useSummaryRun, type SummaryRunState } from './use-summary';

const $ = (id: string) => mountedRoot().querySelector<HTMLElement>(`[data-testid="${id}"]`);

const map = placeholderMap([{ placeholder: '[NAME_1]', original: 'Anna Smith' }]);
const segments = segmentText('- **[Name_1]** admitted with chest pain.\n- Started aspirin.', map);
const SOURCE = 'Anna Smith came in with chest pain overnight. Aspirin was started. Lives alone.';
const handlers = () => ({ onToggleMasked: vi.fn(), onCopy: vi.fn(), onInsert: vi.fn(), onCancel: vi.fn(), onSignIn: vi.fn(), onRetry: vi.fn(), onEvidence: vi.fn() });
const view = (over: Partial<SummaryViewProps>) => { const h = handlers(); mount(<SummaryView state="done" segments={segments} masked={false} {...h} {...over} />); return h; };

describe('SummaryView', () => {
  it('streams with restored values highlighted and a Cancel button', () => {
    const h = view({ state: 'streaming', segments: segments.slice(0, 2) });
    expect($('summary-view')!.dataset.state).toBe('streaming');
    expect($('summary-body')!.getAttribute('aria-busy')).toBe('true');
    expect($('summary-body')!.querySelector('mark.cv-restored')!.textContent).toBe('Anna Smith');
    expect($('insert')).toBeNull();
    $('cancel')!.click();
    expect(h.onCancel).toHaveBeenCalledOnce();
  });

  it('toggles to the masked view, copies and inserts with the draft marker', () => {
    const h = view({ draftMarker: 'AI-assisted draft, reviewed by the clinician' });
    $('toggle-masked')!.click();
    expect(h.onToggleMasked).toHaveBeenCalledWith(true);
    $('copy')!.click();
    expect(h.onCopy).toHaveBeenCalledWith('- **Anna Smith** admitted with chest pain.\n- Started aspirin.\n\nAI-assisted draft, reviewed by the clinician');
    $('insert')!.click();
    expect(h.onInsert.mock.calls[0]![0]).toContain('Anna Smith');
  });

  it('shows placeholders when masked, and policy can force masked output', () => {
    const h = view({ masked: false, policyForcesMasked: true });
    expect($('summary-body')!.textContent).toContain('Anna Smith');
    $('copy')!.click();
    expect(h.onCopy.mock.calls[0]![0]).toContain('**[NAME_1]**');
    act(() => render(<SummaryView state="done" segments={segments} masked {...handlers()} />, mountedRoot()));
    expect($('summary-body')!.textContent).toContain('[NAME_1]');
    expect($('summary-body')!.textContent).not.toContain('Anna Smith');
    expect($('toggle-masked')!.getAttribute('aria-pressed')).toBe('true');
  });

  it('renders every non-streaming state with its action', () => {
    let h = view({ state: 'signed-out', segments: [], error: { code: 'ERR_GATEWAY_AUTH', message: 'Access token expired: sign in again' } });
    expect(mountedRoot().textContent).toContain('Sign in to your organisation');
    $('sign-in')!.click();
    expect(h.onSignIn).toHaveBeenCalled();
    act(() => render(null, mountedRoot()));
    h = view({ state: 'queued', segments: [], queuedCount: 2 });
    expect(mountedRoot().textContent).toContain('queued');
    expect(mountedRoot().textContent).toContain('(2 waiting)');
    $('retry')!.click();
    expect(h.onRetry).toHaveBeenCalled();
    act(() => render(null, mountedRoot()));
    view({ state: 'error', segments: [], error: { code: 'ERR_GATEWAY_QUOTA', message: 'Daily token quota reached: 100 tokens per user per day.' } });
    expect(mountedRoot().textContent).toContain('Daily quota reached');
    expect($('summary-error')!.textContent).toContain('100 tokens');
    for (const b of mountedRoot().querySelectorAll('button')) expect(b.getAttribute('type')).toBe('button'); // native, keyboard-operable
  });

  it('links summary sentences to source sentences and emits ranges to highlight', () => {
    const h = view({ source: SOURCE });
    const buttons = [...mountedRoot().querySelectorAll<HTMLButtonElement>('[data-testid="evidence-list"] button')];
    expect(buttons).toHaveLength(2);
    act(() => buttons[0]!.click());
    const ranges = h.onEvidence.mock.calls[0]![0] as { start: number; end: number }[];
    expect(SOURCE.slice(ranges[0]!.start, ranges[0]!.end)).toBe('Anna Smith came in with chest pain overnight.');
    expect(buttons[0]!.getAttribute('aria-expanded')).toBe('true');
    expect(mountedRoot().querySelector('.cv-evidence blockquote')!.textContent).toContain('chest pain');
  });
});

describe('TemplatePicker', () => {
  it('selects with native radios, edits unlocked prompts, shows locked ones read-only', () => {
    const onSelect = vi.fn();
    const onPromptChange = vi.fn();
    const onSummarize = vi.fn();
    const templates = resolveTemplates({ policy: { lock: ['soap'] } });
    mount(<TemplatePicker templates={templates} selectedId="soap" onSelect={onSelect} onPromptChange={onPromptChange} onSummarize={onSummarize} />);
    const radios = mountedRoot().querySelectorAll<HTMLInputElement>('input[type="radio"]');
    expect(radios).toHaveLength(5);
    act(() => radios[0]!.click());
    expect(onSelect).toHaveBeenCalledWith('brief');
    expect(mountedRoot().querySelector('textarea')!.readOnly).toBe(true);
    $('summarize')!.click();
    expect(onSummarize).toHaveBeenCalled();
    act(() => render(<TemplatePicker templates={templates} selectedId="brief" onSelect={onSelect} onPromptChange={onPromptChange} onSummarize={onSummarize} disabled />, mountedRoot()));
    expect(mountedRoot().querySelector('textarea')!.readOnly).toBe(false);
    expect(($('summarize') as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('useSummaryRun', () => {
  it('tracks states and segments of a run', async () => {
    const fake: Pick<Summarizer, 'summarize'> = {
      async summarize(_req, cb) {
        cb?.onState?.('sending');
        cb?.onState?.('streaming');
        cb?.onSegments?.(segments.slice(0, 1), segments.slice(0, 1));
        return { state: 'done', segments: [...segments], text: 'x' };
      },
    };
    let run!: SummaryRunState;
    const Probe = () => { run = useSummaryRun(fake); return <span data-testid="s">{run.state}:{run.segments.length}</span>; };
    mount(<Probe />);
    expect($('s')!.textContent).toBe('idle:0');
    await act(async () => { await run.start({ sanitized: 'x', placeholders: [], template: resolveTemplates()[0]! }); });
    expect($('s')!.textContent).toBe(`done:${segments.length}`);
    act(() => run.reset());
    expect($('s')!.textContent).toBe('idle:0');
  });
});

describe('SummarySection', () => {
  it('runs a template against the summarizer and shows restored names when done', async () => {
    const { SummarySection } = await import('./SummarySection');
    const calls: string[] = [];
    const fake: Pick<Summarizer, 'summarize'> = {
      async summarize(req, cb) {
        calls.push(req.template.id);
        cb?.onState?.('sending');
        cb?.onState?.('streaming');
        const segs = segmentText('Seen: [NAME_1].', placeholderMap(req.placeholders));
        cb?.onSegments?.(segs, segs);
        return { state: 'done', segments: segs, text: 'Seen: [NAME_1].' };
      },
    };
    const onInsert = vi.fn();
    mount(<SummarySection summarizer={fake} templates={resolveTemplates()} analysis={{ sanitized: 'Pt [NAME_1] seen.', placeholders: [{ placeholder: '[NAME_1]', original: 'Anna Smith' }] }} signedIn onSignIn={vi.fn()} onCopy={vi.fn()} onInsert={onInsert} draftMarker="AI draft" />);
    act(() => mountedRoot().querySelectorAll<HTMLInputElement>('input[type="radio"]')[2]!.click());
    await act(async () => { $('summarize')!.click(); await new Promise((r) => setTimeout(r, 0)); });
    expect(calls).toEqual(['soap']);
    expect($('summary-body')!.textContent!.trim()).toBe('Seen: Anna Smith.');
    $('insert')!.click();
    expect(onInsert).toHaveBeenCalledWith('Seen: Anna Smith.\n\nAI draft');
  });

  it('asks to sign in first and disables Summarize', async () => {
    const { SummarySection } = await import('./SummarySection');
    const onSignIn = vi.fn();
    mount(<SummarySection summarizer={{ summarize: vi.fn() }} templates={resolveTemplates()} analysis={{ sanitized: 'x', placeholders: [] }} signedIn={false} onSignIn={onSignIn} onCopy={vi.fn()} onInsert={vi.fn()} />);
    expect(($('summarize') as HTMLButtonElement).disabled).toBe(true);
    $('sign-in')!.click();
    expect(onSignIn).toHaveBeenCalled();
  });
});

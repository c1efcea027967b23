// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { MaskLegend } from './MaskLegend';
import { SanitizedPreview } from './SanitizedPreview';

afterEach(() => render(null, document.body));

describe('SanitizedPreview', () => {
  it('highlights each mask with its entity and keeps the text exact', () => {
    const sanitized = 'Seen by [NAME_1] on [DATE_1].';
    render(<SanitizedPreview sanitized={sanitized} placeholders={[{ placeholder: '[NAME_1]', entity: 'NAME' }, { placeholder: '[DATE_1]', entity: 'DATE' }]} />, document.body);
    const root = document.querySelector('[data-testid="sanitized-preview"]')!;
    expect(root.textContent).toBe(sanitized);
    expect([...root.querySelectorAll('mark')].map((m) => [m.textContent, m.getAttribute('data-entity')])).toEqual([['[NAME_1]', 'NAME'], ['[DATE_1]', 'DATE']]);
  });

  it('shows HTML from a selection as text, never as markup', () => {
    render(<SanitizedPreview sanitized={'<img src=x onerror="alert(1)"><script>x()</script>'} placeholders={[]} />, document.body);
    const root = document.querySelector('[data-testid="sanitized-preview"]')!;
    expect(root.querySelector('img, script')).toBeNull();
    expect(root.textContent).toContain('<img src=x');
  });
});

describe('MaskLegend', () => {
  it('lists only masked types with counts, in legend order', () => {
    render(<MaskLegend counts={{ DATE: 2, NAME: 3, ZIP: 0 }} />, document.body);
    const items = [...document.querySelectorAll('.cv-legend-item')].map((li) => li.textContent);
    expect(items).toEqual(['Name3', 'Date2']);
  });

  it('says so when nothing was masked', () => {
    render(<MaskLegend counts={{}} />, document.body);
    expect(document.body.textContent).toContain('Nothing was masked');
  });
});

import { describe, expect, it } from 'vitest';
import { renderPage } from '../../demo/pages';
import { DEMO_PHI_STRINGS } from '../../demo/phi-strings';

describe('DEMO_PHI_STRINGS', () => {
  it('lists only strings that occur in the demo pages', () => {
    const all = ['/', '/frames/outer.html', '/frames/inner.html'].map((p) => renderPage(p)?.body ?? '').join('\n');
    for (const phi of DEMO_PHI_STRINGS) expect(all, phi).toContain(phi.replace(/&/g, '&amp;'));
  });
});

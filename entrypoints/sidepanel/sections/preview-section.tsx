/** Section: the masked preview and legend of the current result (state `done`). */
import { MaskLegend } from '@/components/preview/MaskLegend';
import { SanitizedPreview } from '@/components/preview/SanitizedPreview';
import { PanelSection } from '@/components/panel/PanelSection';
import type { PanelSectionDef, SectionProps } from '../sections';

const SOURCE_LABEL = { page: 'page selection', textarea: 'text box', input: 'input field' } as const;

function PreviewSection({ state }: SectionProps) {
  if (state.status !== 'done') return null;
  const { result } = state;
  const masked = Object.values(result.counts).reduce((a, b) => a + (b ?? 0), 0);
  return (
    <PanelSection id="preview" title="Masked preview" meta={`${masked} masked`}>
      <SanitizedPreview sanitized={result.sanitized} placeholders={result.placeholders} />
      <MaskLegend counts={result.counts} />
      <p class="cv-meta" data-testid="preview-meta">
        <span>{state.chars.toLocaleString()} chars from {SOURCE_LABEL[state.source]}</span>
        <span>{Math.round(result.ms)} ms on device</span>
        <span>model {result.modelVersion}</span>
      </p>
    </PanelSection>
  );
}

export const previewSection: PanelSectionDef = {
  id: 'preview',
  visible: (state) => state.status === 'done',
  Component: PreviewSection,
};

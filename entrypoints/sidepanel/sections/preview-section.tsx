/** Section: the masked preview (with review: un-mask / add mask) and legend of the current result (state `done`). */
import { MaskLegend } from '@/components/preview/MaskLegend';
import { ReviewPreview } from '@/components/preview/ReviewPreview';
import { panelReview } from '@/utils/review/panel';
import { reportMiss } from '@/utils/review/feedback-client';
import { PanelSection } from '@/components/panel/PanelSection';
import type { PanelSectionDef, SectionProps } from '../sections';
import { useLoopSettings, useReview } from './loop-hooks';

const SOURCE_LABEL = { page: 'page selection', textarea: 'text box', input: 'input field' } as const;

function PreviewSection({ state }: SectionProps) {
  if (state.status !== 'done') return null;
  return <ReviewedPreview state={state} />;
}

function ReviewedPreview({ state }: { state: Extract<SectionProps['state'], { status: 'done' }> }) {
  const { result } = state;
  const settings = useLoopSettings();
  const { snapshot, reviewed } = useReview(state.requestId, result);
  const masked = Object.values(reviewed.counts).reduce((a, b) => a + (b ?? 0), 0);
  return (
    <PanelSection id="preview" title="Masked preview" meta={`${masked} masked`}>
      <ReviewPreview
        pieces={snapshot.doc.pieces}
        highlight={snapshot.highlight}
        allowUnmask={settings?.allowUnmask ?? false}
        onUnmask={(placeholder) => count(panelReview.unmask(placeholder)?.removed)}
        onAddMask={(phrase, entity) => count(panelReview.addMask(phrase, entity)?.added)}
        onReport={(r) => reportMiss({ ...r, modelVersion: result.modelVersion })}
      />
      <MaskLegend counts={reviewed.counts} />
      <p class="cv-meta" data-testid="preview-meta">
        <span>{state.chars.toLocaleString()} chars from {SOURCE_LABEL[state.source]}</span>
        <span>{Math.round(result.ms)} ms on device</span>
        <span>model {result.modelVersion}</span>
      </p>
    </PanelSection>
  );
}

const count = (c?: Partial<Record<string, number>>) => Object.values(c ?? {}).reduce((a: number, b) => a + (b ?? 0), 0);

export const previewSection: PanelSectionDef = {
  id: 'preview',
  visible: (state) => state.status === 'done',
  Component: PreviewSection,
};

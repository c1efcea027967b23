/**
 * The panel's feature sections, top to bottom. To add a feature: write
 * `sections/<feature>-section.tsx` exporting a PanelSectionDef, and add it to SECTIONS below.
 * A section decides when it shows (`visible`) and gets the current analysis as props.
 */
import type { FunctionComponent } from 'preact';
import type { AnalysisState } from '@/utils/messaging/panel-state';
import { previewSection } from './sections/preview-section';
import { sitesSection } from './sections/sites-section';
import { summarySection } from './sections/summary-section';
import { vaultSection } from './sections/vault-section';
import { aboutSection } from './sections/about-section';

export interface SectionProps {
  state: AnalysisState;
}

export interface PanelSectionDef {
  id: string;
  /** Return false to hide the section for this state (e.g. the summary before a result exists). */
  visible: (state: AnalysisState) => boolean;
  Component: FunctionComponent<SectionProps>;
}

export const SECTIONS: readonly PanelSectionDef[] = [previewSection, summarySection, vaultSection, sitesSection, aboutSection];

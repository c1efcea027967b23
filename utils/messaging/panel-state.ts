/**
 * The panel's protocol is a state item, not messages: the background writes the current analysis
 * to `session:analysis` and every open panel renders it. Declared once here, with a version.
 * Invariant: PHI-bearing state lives only in storage.session (memory, TRUSTED_CONTEXTS), never in local.
 */
import { storage } from 'wxt/utils/storage';
import type { SerializedError } from '../errors';
import type { CaptureSource } from '../capture/types';
import type { AnalysisResult } from './offscreen-protocol';

export interface Progress {
  done: number;
  total: number;
}

/** The analysis shown in the panel, one state per step of the pipe. */
export type AnalysisState =
  | { status: 'empty' }
  | { status: 'loading'; requestId: string; source: CaptureSource; chars: number; progress: Progress | null }
  | { status: 'error'; requestId: string; error: SerializedError }
  | { status: 'done'; requestId: string; source: CaptureSource; chars: number; result: AnalysisResult };

export const EMPTY_STATE: AnalysisState = { status: 'empty' };

/** Current analysis. Written only by the background; read by the panel. */
export const analysisItem = storage.defineItem<AnalysisState>('session:analysis', {
  fallback: EMPTY_STATE,
  version: 1,
});

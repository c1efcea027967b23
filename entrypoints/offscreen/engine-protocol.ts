/**
 * Messages between the offscreen document and its engine worker (engine.worker.ts). The worker
 * is created by, and only reachable from, the offscreen document, so these never cross an
 * extension boundary; errors travel as SerializedError (code + PHI-free message).
 */
import type { SerializedError } from '@/utils/errors';
import type { AnalysisResult, EngineOverrides, OffscreenStatus } from '@/utils/messaging/offscreen-protocol';

export type EngineStatus = Omit<OffscreenStatus, 'crossOriginIsolated'> & { crossOriginIsolated: boolean };

export type WorkerRequest =
  | { id: number; kind: 'init'; threads: number }
  | { id: number; kind: 'analyze'; text: string; known: string[]; policy: EngineOverrides }
  | { id: number; kind: 'status' };

export type WorkerReply =
  | { id: number; kind: 'result'; value: AnalysisResult | EngineStatus | null }
  | { id: number; kind: 'error'; error: SerializedError }
  | { id: number; kind: 'progress'; done: number; total: number };

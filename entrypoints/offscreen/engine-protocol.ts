/**
 * Messages between the offscreen document and its engine worker (engine.worker.ts). The worker
 * is created by, and only reachable from, the offscreen document, so these never cross an
 * extension boundary; errors travel as SerializedError (code + PHI-free message).
 */
import type { SerializedError } from '@/utils/errors';
import type { AnalysisResult, EngineOverrides, OffscreenStatus } from '@/utils/messaging/offscreen-protocol';

/** `init` (sent once, first) sets ORT's thread count and starts the engine load; it has no reply. */
export type WorkerRequest =
  | { id: number; kind: 'init'; threads: number }
  | { id: number; kind: 'analyze'; text: string; known: string[]; policy: EngineOverrides }
  | { id: number; kind: 'status' };

export type WorkerReply =
  | { id: number; kind: 'result'; value: AnalysisResult | OffscreenStatus }
  | { id: number; kind: 'error'; error: SerializedError }
  | { id: number; kind: 'progress'; done: number; total: number };

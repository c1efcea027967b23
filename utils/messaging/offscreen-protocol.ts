/**
 * Protocol of the offscreen document, the only context that runs the PHI engine (ORT + detectors).
 * Only the background may send these (sender.ts). The reply of `offscreen.sanitize` is the engine's
 * Analysis plus the model version; on failure it is an error reply, never the unmasked text.
 */
import { MAX_KNOWN_ITEM_CHARS, MAX_KNOWN_ITEMS, WIRE_MAX_CHARS } from '../capture/types';
import { ENTITY_TYPES, type EngineLoadTimes, type EntityType } from '../detection/types';
import { isArrayOf, isEmptyObject, isFiniteNumber, isOneOf, isRecord, isStringMax, optional } from './guards';
import type { Validators } from './types';

/**
 * The engine's Analysis as it crosses contexts: the engine's `Analysis` without its spans, plus the
 * model version. Nothing downstream needs the spans (the preview and re-identification work from
 * the sanitized text and the placeholders; `counts` has one per span), and leaving them out makes
 * the reply and the panel state about 60 % smaller (measured by `npm run bench`).
 */
export interface AnalysisResult {
  sanitized: string;
  placeholders: { placeholder: string; entity: EntityType; original: string }[];
  counts: Partial<Record<EntityType, number>>;
  /** Engine time for this request, in milliseconds. */
  ms: number;
  /** Of which each detector's own time (summed over chunks), by detector id; for benchmarks. */
  detectorMs?: Record<string, number>;
  modelVersion: string;
}

export interface OffscreenStatus {
  engineReady: boolean;
  modelVersion: string | null;
  /** ORT's effective `env.wasm.numThreads`. */
  threads: number;
  crossOriginIsolated: boolean;
  /** Sanitize requests the engine has analysed since the document started (warm-up excluded). */
  analyses: number;
  /** Engine start-up in ms, once ready: lexicons and ORT session (loaded side by side), then the warm-up run. */
  loadMs: (EngineLoadTimes & { warmUp: number }) | null;
}

/** Engine settings set by policy or the user (absent = the engine's own default). Never `useModel`. */
export interface EngineOverrides {
  enabledEntities?: EntityType[];
  failSafeThreshold?: number;
  operator?: 'mask' | 'surrogate';
  allowTerms?: string[];
  denyTerms?: string[];
}

const isEngineOverrides = isRecord<EngineOverrides & Record<string, unknown>>({
  enabledEntities: optional(isArrayOf(isOneOf(ENTITY_TYPES), ENTITY_TYPES.length)),
  failSafeThreshold: optional(isFiniteNumber),
  operator: optional(isOneOf(['mask', 'surrogate'] as const)),
  allowTerms: optional(isArrayOf(isStringMax(200), 5000)),
  denyTerms: optional(isArrayOf(isStringMax(200), 5000)),
});

export type OffscreenProtocol = {
  /** Mask PHI in `text`; `known` holds identifiers read from the patient banner. */
  'offscreen.sanitize': { req: { requestId: string; text: string; known: string[]; policy: EngineOverrides }; res: AnalysisResult };
  /** Engine and ORT status, for the panel's diagnostics and for tests/benchmarks. */
  'offscreen.status': { req: Record<string, never>; res: OffscreenStatus };
};

export const offscreenValidators: Validators<OffscreenProtocol> = {
  'offscreen.sanitize': isRecord<OffscreenProtocol['offscreen.sanitize']['req']>({
    requestId: isStringMax(64),
    text: isStringMax(WIRE_MAX_CHARS),
    known: isArrayOf(isStringMax(MAX_KNOWN_ITEM_CHARS), MAX_KNOWN_ITEMS),
    policy: isEngineOverrides,
  }),
  'offscreen.status': isEmptyObject,
};

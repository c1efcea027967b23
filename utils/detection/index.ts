/**
 * The PHI engine: one entry point (`createPhiEngine`) used by the offscreen document and the
 * Node tools alike. It loads lexicons and the NER model once, then `analyze` detects, merges and
 * masks. Invariants: fails closed (ERR_MODEL_LOAD / ERR_MODEL_RUN, never pass-through), empty
 * input is ERR_EMPTY_INPUT, and no PHI reaches an error message or a log.
 */
import { ChartVeilError } from '../errors';
import type { EngineAssets } from './assets';
import { createDenyDetector } from './detectors/deny';
import { RULE_DETECTORS } from './detectors/index';
import { knownDetector } from './detectors/known';
import { createNameDetector } from './detectors/names';
import { createPlaceDetector } from './detectors/places';
import { employerDetector } from './detectors/employers';
import { recordIssuerDetector } from './detectors/record-issuers';
import { loadLexicons, type Lexicons } from './lexicons/index';
import { loadModelDetector, type ModelDetector } from './model-loader';
import { applyOperator, type PlaceholderEntry } from './operators';
import { runPipeline } from './pipeline';
import { activeDetectors } from './registry';
import { ENTITY_TYPES, type Detector, type EngineLoadTimes, type EntityType, type Span } from './types';

export type { EngineAssets } from './assets';
export type { PlaceholderEntry } from './operators';
export type { EngineLoadTimes } from './types';
export { reidentify } from './operators';

export interface EnginePolicy {
  enabledEntities: EntityType[];
  failSafeThreshold: number;
  operator: 'mask' | 'surrogate';
  allowTerms: string[];
  denyTerms: string[];
  useModel: boolean;
}

export interface Analysis {
  spans: Span[];
  sanitized: string;
  placeholders: PlaceholderEntry[];
  counts: Partial<Record<EntityType, number>>;
  ms: number;
  /** Each chunk detector's own time in ms (summed over chunks), by detector id. */
  detectorMs: Record<string, number>;
}

export interface PhiEngine {
  readonly modelVersion: string;
  readonly loadMs: EngineLoadTimes;
  analyze(text: string, opts?: { known?: string[]; onProgress?: (done: number, total: number) => void; policy?: Partial<EnginePolicy> }): Promise<Analysis>;
}

/** Defaults: every type on, mask, model on, fail-safe threshold from the dev-set curve (docs/accuracy.md). */
export const DEFAULT_POLICY: Readonly<EnginePolicy> = {
  enabledEntities: [...ENTITY_TYPES],
  failSafeThreshold: 0.3,
  operator: 'mask',
  allowTerms: [],
  denyTerms: [],
  useModel: true,
};

/** Largest input analysed in one call (UTF-16 units); a 1 MB selection fits. */
export const MAX_INPUT_CHARS = 5_000_000;

function resolvePolicy(base: EnginePolicy, over?: Partial<EnginePolicy>): EnginePolicy {
  const defined = Object.fromEntries(Object.entries(over ?? {}).filter(([, v]) => v !== undefined)) as Partial<EnginePolicy>;
  const p = { ...base, ...defined };
  if (!Array.isArray(p.enabledEntities) || !Array.isArray(p.allowTerms) || !Array.isArray(p.denyTerms)) throw new ChartVeilError('ERR_POLICY_INVALID', 'entity, allow and deny lists must be arrays');
  if (!(p.failSafeThreshold >= 0 && p.failSafeThreshold <= 1)) throw new ChartVeilError('ERR_POLICY_INVALID', 'failSafeThreshold must be in [0, 1]');
  if (p.operator !== 'mask' && p.operator !== 'surrogate') throw new ChartVeilError('ERR_POLICY_INVALID', 'operator must be mask or surrogate');
  return p;
}

/**
 * Creates the engine. Loads lexicons and (unless policy.useModel is false) the NER model.
 * @throws ChartVeilError ERR_MODEL_LOAD if an asset or the model cannot load
 * @example const engine = await createPhiEngine({ assets, ort }); (await engine.analyze('DR SMITH')).sanitized // 'DR [NAME_1]'
 */
export async function createPhiEngine(opts: { assets: EngineAssets; ort: typeof import('onnxruntime-web'); policy?: Partial<EnginePolicy> }): Promise<PhiEngine> {
  const basePolicy = resolvePolicy({ ...DEFAULT_POLICY }, opts.policy);
  // Lexicons and the ORT session load side by side; either failing fails the engine.
  const t0 = performance.now();
  const loadMs: EngineLoadTimes = { lexicons: 0, model: 0, runtime: 0, total: 0 };
  const lexiconsLoad = loadLexicons(opts.assets).finally(() => (loadMs.lexicons = performance.now() - t0));
  const [lexicons, model]: [Lexicons, ModelDetector | null] = await Promise.all([
    lexiconsLoad,
    basePolicy.useModel ? loadModelDetector(opts.assets, opts.ort, lexiconsLoad) : null,
  ]);
  loadMs.runtime = model?.runtimeMs ?? 0;
  loadMs.model = model ? model.runtimeMs + model.sessionMs : 0;
  loadMs.total = performance.now() - t0;
  const lexiconDetectors: Detector[] = [createNameDetector(lexicons), createPlaceDetector(lexicons), employerDetector, recordIssuerDetector];
  return {
    modelVersion: model?.version ?? 'rules-only',
    loadMs,
    async analyze(text, analyzeOpts = {}) {
      const t0 = performance.now();
      if (typeof text !== 'string' || text.trim().length === 0) throw new ChartVeilError('ERR_EMPTY_INPUT', 'Nothing to analyse: the selection is empty');
      if (text.length > MAX_INPUT_CHARS) throw new ChartVeilError('ERR_INPUT_TOO_LARGE', 'The selection is too large to analyse');
      const policy = resolvePolicy(basePolicy, analyzeOpts.policy);
      if (policy.useModel && !model) throw new ChartVeilError('ERR_MODEL_LOAD', 'The PHI model is not loaded');
      const modelDetectors: Detector[] = policy.useModel && model ? [guardModel(model)] : [];
      const detectorMs: Record<string, number> = {};
      const spans = await runPipeline({
        detectorMs,
        text,
        chunkDetectors: activeDetectors([...RULE_DETECTORS, ...lexiconDetectors, ...modelDetectors], policy.enabledEntities),
        docDetectors: [knownDetector, createDenyDetector([...policy.denyTerms])],
        context: { known: analyzeOpts.known ?? [], failSafeThreshold: policy.failSafeThreshold },
        lexicons,
        enabled: policy.enabledEntities,
        allowTerms: policy.allowTerms,
        onProgress: analyzeOpts.onProgress,
      });
      const { sanitized, placeholders } = applyOperator(text, spans, policy.operator);
      const counts: Partial<Record<EntityType, number>> = {};
      for (const s of spans) counts[s.entity] = (counts[s.entity] ?? 0) + 1;
      return { spans, sanitized, placeholders, counts, ms: performance.now() - t0, detectorMs };
    },
  };
}

/** Wraps the model so that any failure while running becomes ERR_MODEL_RUN (fail closed). */
function guardModel(model: ModelDetector): Detector {
  return {
    id: model.id,
    entities: model.entities,
    async detect(text, context) {
      try {
        return await model.detect(text, context);
      } catch (cause) {
        throw new ChartVeilError('ERR_MODEL_RUN', 'The PHI model failed while analysing', { cause });
      }
    },
  };
}

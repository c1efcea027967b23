/**
 * The model's sidecar config (models/phi-ner/model.json), validated before use.
 * Invariant: a model whose features, n-gram layout or labels do not match this build's encoder
 * is refused with ERR_MODEL_LOAD instead of silently producing garbage scores.
 */
import { ChartVeilError } from '../../errors';
import { ENTITY_TYPES, type EntityType } from '../types';
import { FEATURE_NAMES, NGRAM_BUCKETS, NGRAM_SLOTS } from './features';

export interface NerConfig {
  version: string;
  /** labels[0] is 'O'; the rest are entity types. */
  labels: string[];
  /** Tokens per model window and tokens of context on each side of a window's kept centre. */
  window: number;
  context: number;
  /** Tokens each side that can change a token's output (from `arch`), when model.json says. */
  receptiveField?: number;
}

/** Per-side receptive field of a stack of same-padded dilated convolutions, or undefined. */
function receptiveField(arch: unknown): number | undefined {
  if (typeof arch !== 'object' || arch === null) return undefined;
  const { kernel, dilations } = arch as { kernel?: unknown; dilations?: unknown };
  if (typeof kernel !== 'number' || !Array.isArray(dilations) || dilations.some((d) => typeof d !== 'number')) return undefined;
  return ((kernel - 1) / 2) * (dilations as number[]).reduce((a, d) => a + d, 0);
}

function fail(why: string): never {
  throw new ChartVeilError('ERR_MODEL_LOAD', `PHI model config is invalid: ${why}`);
}

/**
 * Validates parsed model.json against this build's tokenizer and feature encoder.
 * @example parseNerConfig(JSON.parse(modelJsonText)).window // 256
 */
export function parseNerConfig(raw: unknown): NerConfig {
  if (typeof raw !== 'object' || raw === null) fail('not an object');
  const c = raw as Record<string, unknown>;
  if (typeof c.version !== 'string' || !c.version) fail('missing version');
  if (c.tokenizer !== 'chartveil-word-v1') fail('unknown tokenizer');
  const feats = c.features;
  if (!Array.isArray(feats) || feats.length !== FEATURE_NAMES.length || feats.some((f, i) => f !== FEATURE_NAMES[i])) fail('feature list differs from this build');
  if (c.ngram_slots !== NGRAM_SLOTS || c.ngram_buckets !== NGRAM_BUCKETS) fail('n-gram layout differs from this build');
  const labels = c.labels;
  if (!Array.isArray(labels) || labels[0] !== 'O' || labels.slice(1).some((l) => !(ENTITY_TYPES as readonly unknown[]).includes(l))) fail('bad labels');
  const window = c.window, context = c.context;
  if (typeof window !== 'number' || typeof context !== 'number' || !(window > 2 * context) || context < 0) fail('bad window');
  return { version: c.version, labels: labels as string[], window, context, receptiveField: receptiveField(c.arch) };
}

/** The entity type of a non-O label index. */
export function labelEntity(config: NerConfig, index: number): EntityType {
  return config.labels[index] as EntityType;
}

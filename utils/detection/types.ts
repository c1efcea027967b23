/**
 * Shared types of the PHI engine. Pure TypeScript, no `browser.*`: the same modules run in the
 * offscreen document, the Node CLI (tools/deid.ts) and Vitest.
 * Offsets are UTF-16 code units (JavaScript string indices), end exclusive.
 */

/** The label set of the `deid` CLI contract (issue 4). Keep exactly these strings. */
export const ENTITY_TYPES = [
  'NAME', 'DATE', 'AGE', 'PHONE', 'FAX', 'EMAIL', 'SSN', 'MRN', 'ID', 'URL', 'IP',
  'ADDRESS', 'LOCATION', 'ZIP', 'ORGANIZATION', 'OTHER',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** One detected stretch of PHI. `score` is the detector's confidence in [0, 1]. */
export interface Span {
  start: number;
  end: number;
  entity: EntityType;
  score: number;
  /** Id of the detector that produced it, e.g. `rules.date`, `lexicon.name`, `model.ner`. */
  detector: string;
}

/** What every detector receives besides the text. */
export interface DetectionContext {
  /** Identifiers already known for this document (patient name, MRN, DOB...). */
  readonly known: readonly string[];
  /** Fail-safe threshold: a token with PHI probability at or above it is masked. */
  readonly failSafeThreshold: number;
}

/** A detector is small, pure and explains itself (Presidio's recognizer shape). */
export interface Detector {
  readonly id: string;
  readonly entities: readonly EntityType[];
  detect(text: string, context: DetectionContext): Span[] | Promise<Span[]>;
}

/** How long engine creation took, in ms (lexicons and model load side by side). */
export interface EngineLoadTimes {
  lexicons: number;
  /** ORT runtime start + model session (0 without the model). */
  model: number;
  /** Of `model`: starting ORT's WASM runtime (compile, instantiate, init), which overlaps reading the model file. */
  runtime: number;
  total: number;
}

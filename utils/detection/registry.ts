/**
 * Detector registry: the list of detectors the pipeline runs, filtered by policy. A detector is
 * kept when any of its entity types is enabled; its spans of disabled types are dropped later.
 * Invariant: switching a type off never switches off a detector's other enabled types.
 */
import type { Detector, EntityType, Span } from './types';

/**
 * Detectors that can emit at least one enabled type.
 * @example activeDetectors(all, ['DATE']) // only detectors that can emit DATE
 */
export function activeDetectors(detectors: readonly Detector[], enabled: readonly EntityType[]): Detector[] {
  const on = new Set(enabled);
  return detectors.filter((d) => d.entities.some((e) => on.has(e)));
}

/** Drops spans whose type policy has switched off. */
export function enabledSpans(spans: readonly Span[], enabled: readonly EntityType[]): Span[] {
  const on = new Set(enabled);
  return spans.filter((s) => on.has(s.entity));
}

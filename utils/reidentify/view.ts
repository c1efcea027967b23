/**
 * Turns re-identification segments into the two versions the panel offers: re-identified
 * (originals, local only) and masked (placeholders). Copy/insert use these, with the optional
 * policy draft marker appended. Unknown placeholders stay masked in both versions.
 */
import { bracketed } from './placeholder.ts';
import type { Segment } from './stream.ts';

export type SummaryVersion = 'reidentified' | 'masked';

/**
 * Plain text of the summary in one version.
 * @example segmentsToText(segs, 'masked') // 'Seen by [NAME_1].'
 */
export function segmentsToText(segments: readonly Segment[], version: SummaryVersion): string {
  return segments.map((s) => (s.kind === 'restored' ? (version === 'masked' ? bracketed(s.key) : s.original) : s.text)).join('');
}

/** Merges adjacent text segments (tidier rendering). Never merges across placeholders. */
export function coalesce(segments: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    const prev = out[out.length - 1];
    if (s.kind === 'text' && prev?.kind === 'text') out[out.length - 1] = { kind: 'text', text: prev.text + s.text };
    else out.push(s);
  }
  return out;
}

/**
 * Which version a copy/insert gives: the user's choice, unless policy forces masked.
 * @example versionFor({ masked: false, policyForcesMasked: true }) // 'masked'
 */
export function versionFor(opts: { masked: boolean; policyForcesMasked?: boolean }): SummaryVersion {
  return opts.masked || opts.policyForcesMasked ? 'masked' : 'reidentified';
}

/**
 * Appends the policy's draft marker (e.g. "AI-assisted draft, reviewed by the clinician") on
 * its own line, once. An empty marker leaves the text unchanged.
 * @example appendDraftMarker('Stable.', 'AI-assisted draft') // 'Stable.\n\nAI-assisted draft'
 */
export function appendDraftMarker(text: string, marker: string | undefined): string {
  const m = marker?.trim();
  if (!m) return text;
  const body = text.trimEnd();
  if (body.endsWith(m)) return body;
  return body ? `${body}\n\n${m}` : m;
}

/**
 * Panel wiring shared by the preview (review) and summary sections: the loop settings from the
 * effective policy (live), and the review of the current analysis from the panel's review store.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { AnalysisResult } from '@/utils/messaging/offscreen-protocol';
import { render, type ReviewedText } from '@/utils/review/model';
import { panelReview } from '@/utils/review/panel';
import type { ReviewSnapshot } from '@/utils/review/store';
import { readEffectivePolicy, watchPolicy } from '@/utils/policy/reader';
import { loopSettingsFrom, type LoopSettings } from '@/utils/summary/loop-settings';

/** The loop settings, re-read whenever policy or user settings change; undefined while loading. */
export function useLoopSettings(): LoopSettings | undefined {
  const [settings, setSettings] = useState<LoopSettings>();
  useEffect(() => {
    const redirect = browser.identity.getRedirectURL();
    let alive = true;
    void readEffectivePolicy().then((p) => alive && setSettings(loopSettingsFrom(p, redirect)), () => undefined);
    const stop = watchPolicy((p) => setSettings(loopSettingsFrom(p, redirect)));
    return () => {
      alive = false;
      stop();
    };
  }, []);
  return settings;
}

/** The review of `requestId` (opened from `result` on first use) and its rendered text, live. */
export function useReview(requestId: string, result: AnalysisResult): { snapshot: ReviewSnapshot; reviewed: ReviewedText } {
  const [snapshot, setSnapshot] = useState<ReviewSnapshot>(() => panelReview.open(requestId, result.sanitized, result.placeholders));
  useEffect(() => {
    setSnapshot(panelReview.open(requestId, result.sanitized, result.placeholders));
    return panelReview.subscribe((s) => s && s.requestId === requestId && setSnapshot(s));
  }, [requestId, result]);
  const reviewed = useMemo(() => render(snapshot.doc), [snapshot.doc]);
  return { snapshot, reviewed };
}

/**
 * Hook: the current analysis from `session:analysis`, live. The background is the only writer;
 * the panel only reads, so every open panel shows the same state.
 */
import { useEffect, useState } from 'preact/hooks';
import { analysisItem, EMPTY_STATE, type AnalysisState } from '@/utils/messaging/panel-state';

/** @example const state = useAnalysis(); if (state.status === 'done') … */
export function useAnalysis(): AnalysisState {
  const [state, setState] = useState<AnalysisState>(EMPTY_STATE);
  useEffect(() => {
    let alive = true;
    void analysisItem.getValue().then((value) => alive && setState(value));
    const unwatch = analysisItem.watch((value) => setState(value ?? EMPTY_STATE));
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  return state;
}

/**
 * Hook: the current analysis from `session:analysis`, live. The background is the only writer;
 * the panel only reads, so every open panel shows the same state. While it shows `loading`, the
 * panel pings the worker so an interrupted request (worker stopped mid-way) turns into an error.
 */
import { useEffect, useState } from 'preact/hooks';
import { sendToBackground } from '@/utils/messaging/client';
import { analysisItem, EMPTY_STATE, type AnalysisState } from '@/utils/messaging/panel-state';

/** While loading, ping the worker this often: a stopped worker restarts and clears a stale state. */
const LOADING_PING_MS = 3000;

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
  useEffect(() => {
    if (state.status !== 'loading') return;
    const timer = setInterval(() => void sendToBackground('bg.ping', {}).catch(() => undefined), LOADING_PING_MS);
    return () => clearInterval(timer);
  }, [state.status]);
  return state;
}

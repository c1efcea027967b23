/**
 * Preact hook that drives one Summarizer run for the panel: state, streamed segments, error,
 * cancel (AbortController) and reset. Holds restored segments in component memory only.
 */
import { useCallback, useRef, useState } from 'preact/hooks';
import type { SerializedError } from '../../utils/errors';
import type { Segment } from '../../utils/reidentify/stream';
import type { Summarizer, SummaryOutcome, SummaryRequest, SummaryState } from '../../utils/summary/run';

export interface SummaryRunState {
  state: SummaryState | 'idle';
  segments: readonly Segment[];
  error?: SerializedError;
  /** Starts a run (cancelling any run in flight). Resolves with its outcome. */
  start(req: SummaryRequest): Promise<SummaryOutcome>;
  cancel(): void;
  reset(): void;
}

/** @example const run = useSummaryRun(summarizer); run.start({ sanitized, placeholders, template }); */
export function useSummaryRun(summarizer: Pick<Summarizer, 'summarize'>): SummaryRunState {
  const [state, setState] = useState<SummaryRunState['state']>('idle');
  const [segments, setSegments] = useState<readonly Segment[]>([]);
  const [error, setError] = useState<SerializedError | undefined>();
  const ctrl = useRef<AbortController | null>(null);

  const start = useCallback(async (req: SummaryRequest) => {
    ctrl.current?.abort();
    const mine = new AbortController();
    ctrl.current = mine;
    setSegments([]);
    setError(undefined);
    const outcome = await summarizer.summarize(req, {
      signal: mine.signal,
      onState: (s) => { if (ctrl.current === mine) setState(s); },
      onSegments: (_added, all) => { if (ctrl.current === mine) setSegments([...all]); },
    });
    if (ctrl.current === mine) {
      setState(outcome.state);
      setError(outcome.error);
      if (outcome.state === 'done') setSegments(outcome.segments);
      ctrl.current = null;
    }
    return outcome;
  }, [summarizer]);

  const cancel = useCallback(() => ctrl.current?.abort(), []);
  const reset = useCallback(() => { ctrl.current?.abort(); ctrl.current = null; setState('idle'); setSegments([]); setError(undefined); }, []);
  return { state, segments, error, start, cancel, reset };
}

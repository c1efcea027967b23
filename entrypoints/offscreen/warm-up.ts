/**
 * Warming the engine up after it loads, off the clinician's clock. V8 optimises the engine's JS
 * and ORT's WASM only after they have run for a while, on background compiler threads. Measured
 * on the 2-core VM (docs/benchmarks.md, "Latest run ... warm-up and spaced runs"): back to back, a 30k-char note took 110-400 ms
 * for its first ~20 analyses and 52-75 ms after; with idle gaps the compiler catches up within a
 * few runs. So the engine runs a synthetic note a few times, with gaps, while nobody waits.
 * Invariant: a real request waits for at most the one pass already running, postpones the next,
 * and the passes stop for good after their budget.
 */

/** Synthetic, PHI-free text touching every detector: names, places, dates, IDs, contact details. */
export const WARM_UP_NOTE = [
  'Warm-up note. PT SEEN BY DR EXAMPLE ON 1/2/2000 AT EXAMPLE GENERAL HOSPITAL, MRN 0000-0000.',
  'NEURO: A&OX3, PERRL. RESP: LS CLEAR, SATS 97% ON 2L NC. WIFE JANE ROE AT BEDSIDE, CALL 555-0100.',
  'Patient is a 60 yo with CHF on lisinopril 10 mg daily; follow up with Dr. Example in 2 weeks.',
  "What's the next step for Jane R., 54F, MRN 0000-1111, seen at Example Medical Center on 4/12?",
  'Lives at 1 Example Rd, Springfield, ZZ 00000. Email jroe@example.org. Admitted March 3, 2000.',
].join('\n') + '\n';

export interface WarmUp {
  /** Resolves once no warm-up pass is running. A real analysis calls `busy()` first, then awaits this. */
  idle(): Promise<void>;
  /** Marks a real analysis as running (until the returned function is called): no pass starts meanwhile. */
  busy(): () => void;
}

/**
 * Runs `pass(0)`, `pass(1)`, ... up to `passes` times, each after `gapMs` with no real analysis running.
 * @example const w = startWarmUp(() => engine.analyze(WARM_UP_NOTE.repeat(4)), { passes: 12, gapMs: 250 });
 *          const done = w.busy(); try { await w.idle(); await engine.analyze(text) } finally { done() }
 */
export function startWarmUp(pass: (index: number) => Promise<unknown>, opts: { passes: number; gapMs: number }): WarmUp {
  let left = opts.passes;
  let running: Promise<void> = Promise.resolve();
  let realRunning = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const schedule = (): void => {
    clearTimeout(timer);
    if (left > 0) timer = setTimeout(tick, opts.gapMs);
  };
  const tick = (): void => {
    if (realRunning > 0) return; // the real analysis reschedules when it ends
    const index = opts.passes - left--;
    // A failed pass is not retried: the real request reports its own error.
    running = pass(index).then(() => undefined, () => void (left = 0)).then(schedule);
  };
  schedule();

  return {
    idle: () => running,
    busy() {
      realRunning++;
      clearTimeout(timer);
      let ended = false;
      return () => {
        if (ended) return;
        ended = true;
        if (--realRunning === 0) schedule();
      };
    },
  };
}

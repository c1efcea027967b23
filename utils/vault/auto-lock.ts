/**
 * Auto-lock: locks the vault when the machine has been idle for N minutes (policy, default 15)
 * or the screen locks. The idle API is injected (the background passes `browser.idle`), so this
 * stays testable. Invariant: every 'idle' or 'locked' report locks, even if a lock is already in
 * progress; nothing here ever unlocks.
 */
import { ChartVeilError } from '../errors';
import type { LockReason } from './vault';

export type IdleState = 'active' | 'idle' | 'locked';

/** The part of `browser.idle` we use. */
export interface IdleApi {
  setDetectionInterval(intervalInSeconds: number): void;
  onStateChanged: {
    addListener(cb: (state: IdleState) => void): void;
    removeListener(cb: (state: IdleState) => void): void;
  };
}

export const DEFAULT_IDLE_MINUTES = 15;
/** Chromium refuses detection intervals below 15 s. */
const MIN_INTERVAL_S = 15;

export interface AutoLock {
  /** Applies a new idle limit (e.g. after a policy change). */
  setMinutes(minutes: number): void;
  stop(): void;
}

/**
 * Starts watching idle state. Register it at the top level of the background script so that an
 * idle event wakes the service worker.
 * @example startAutoLock({ idle: browser.idle, minutes: policy.idleLockMinutes, lock: (r) => vault.lock(r) })
 */
export function startAutoLock(opts: { idle: IdleApi; minutes?: number; lock: (reason: LockReason) => unknown }): AutoLock {
  const apply = (minutes: number) => {
    if (!Number.isFinite(minutes) || minutes <= 0 || minutes > 24 * 60) {
      throw new ChartVeilError('ERR_POLICY_INVALID', 'Idle lock minutes must be between 0 and 1440');
    }
    opts.idle.setDetectionInterval(Math.max(MIN_INTERVAL_S, Math.round(minutes * 60)));
  };
  const listener = (state: IdleState) => {
    if (state === 'idle') void Promise.resolve(opts.lock('idle')).catch(() => {});
    else if (state === 'locked') void Promise.resolve(opts.lock('screen-locked')).catch(() => {});
  };
  apply(opts.minutes ?? DEFAULT_IDLE_MINUTES);
  opts.idle.onStateChanged.addListener(listener);
  return {
    setMinutes: apply,
    stop: () => opts.idle.onStateChanged.removeListener(listener),
  };
}

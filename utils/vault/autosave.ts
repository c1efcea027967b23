/**
 * Debounced autosave for the draft being edited. Invariants: at most one save is in flight; the
 * newest edit always wins (edits made during a save are written right after it); each save is
 * its own transaction, so a kill mid-write loses at most the edits since the last completed save.
 */
import type { Draft, DraftInput } from './types';

export interface AutosaveOptions {
  save: (draft: DraftInput) => Promise<Draft>;
  /** Quiet time before a save, in milliseconds. */
  delayMs?: number;
  /** Called with each stored draft (the first save assigns the id). */
  onSaved?: (draft: Draft) => void;
  /** Called with a save error (e.g. ERR_VAULT_LOCKED); the pending edit is kept for the next try. */
  onError?: (error: unknown) => void;
}

export interface Autosaver {
  /** Records the latest state of the draft and (re)starts the quiet timer. */
  update(draft: DraftInput): void;
  /** Writes the pending edit now; resolves when everything queued so far is stored. */
  flush(): Promise<void>;
  /** Drops the pending edit and the timer (used on lock). */
  cancel(): void;
}

/**
 * @example const autosave = createAutosave({ save: (d) => vault.saveDraft(d), delayMs: 800 })
 *          input.oninput = () => autosave.update({ ...draft, summary: input.value })
 */
export function createAutosave(opts: AutosaveOptions): Autosaver {
  const delay = opts.delayMs ?? 800;
  let pending: DraftInput | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> = Promise.resolve();
  let id: string | undefined;
  let createdAt: number | undefined;

  const write = async (edit: DraftInput | null) => {
    if (!edit) return;
    const next: DraftInput = { ...edit, id: edit.id ?? id, createdAt: edit.createdAt ?? createdAt };
    try {
      const saved = await opts.save(next);
      id = saved.id;
      createdAt = saved.createdAt;
      opts.onSaved?.(saved);
    } catch (error) {
      pending ??= next;
      opts.onError?.(error);
    }
  };

  // Take the edit now (not when the chain gets to it), so the order of saves is the order of edits.
  const kick = () => {
    timer = null;
    const edit = pending;
    pending = null;
    running = running.then(() => write(edit));
    return running;
  };

  return {
    update(draft) {
      pending = draft;
      if (timer) clearTimeout(timer);
      timer = setTimeout(kick, delay);
    },
    flush() {
      if (timer) clearTimeout(timer);
      return kick();
    },
    cancel() {
      if (timer) clearTimeout(timer);
      timer = null;
      pending = null;
    },
  };
}

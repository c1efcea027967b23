/**
 * The panel's in-memory draft extras: the last summary and its template, set by the summary
 * section and read by the vault section's autosave. Memory only (it may hold re-identified text);
 * cleared on lock and when the patient context changes.
 */
export interface DraftExtras {
  /** The analysis the summary belongs to. */
  requestId: string;
  summary: string;
  template: string;
}

type Listener = (extras: DraftExtras | null) => void;

let current: DraftExtras | null = null;
const listeners = new Set<Listener>();

export const draftExtras = {
  get: (): DraftExtras | null => current,
  /** @example draftExtras.set({ requestId, summary: text, template: 'soap' }) */
  set(next: DraftExtras | null): void {
    current = next;
    for (const l of listeners) l(current);
  },
  clear(): void {
    draftExtras.set(null);
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

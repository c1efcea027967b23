/**
 * The drafts list: open, rename, delete (with a confirm step) and delete all. Props in, events
 * out. Invariant: a corrupt draft is shown as such and can still be deleted; it never blocks the
 * rest of the list. Titles are shown only while unlocked (the host passes [] when locked).
 */
import { useState } from 'preact/hooks';
import type { DraftSummary } from '../../utils/vault/types';
import { formatAge } from './vault-text';
import './vault.css';

export interface DraftsListProps {
  drafts: DraftSummary[];
  activeId?: string | null;
  /** Epoch ms used for "5 min ago" (injected for tests). */
  now?: number;
  onOpen: (id: string) => void;
  onRename: (id: string, title: string) => void;
  onDelete: (id: string) => void;
  onDeleteAll: () => void;
  onLock?: () => void;
}

/** @example <DraftsList drafts={list} onOpen={open} onRename={rename} onDelete={del} onDeleteAll={delAll} /> */
export function DraftsList({ drafts, activeId, now = Date.now(), onOpen, onRename, onDelete, onDeleteAll, onLock }: DraftsListProps) {
  const [renaming, setRenaming] = useState<{ id: string; title: string } | null>(null);
  const [confirming, setConfirming] = useState<string | 'all' | null>(null);

  const commitRename = (e: Event) => {
    e.preventDefault();
    if (renaming && renaming.title.trim()) onRename(renaming.id, renaming.title.trim());
    setRenaming(null);
  };

  return (
    <div data-testid="drafts">
      {drafts.length === 0 ? <p class="cv-muted" data-testid="drafts-empty">No saved drafts.</p> : (
        <ul class="cv-drafts">
          {drafts.map((d) => (
            <li key={d.id} class={d.corrupt ? 'cv-draft cv-draft-corrupt' : 'cv-draft'} aria-current={d.id === activeId ? 'true' : undefined} data-testid="draft-item" data-id={d.id}>
              {renaming?.id === d.id ? (
                <form class="cv-row" onSubmit={commitRename}>
                  <input class="cv-input" aria-label="Draft title" value={renaming.title} autoFocus
                    onInput={(e) => setRenaming({ id: d.id, title: (e.currentTarget as HTMLInputElement).value })} />
                  <button class="cv-button" type="submit">Save</button>
                  <button class="cv-button" type="button" onClick={() => setRenaming(null)}>Cancel</button>
                </form>
              ) : (
                <>
                  <button class="cv-draft-main" disabled={d.corrupt} onClick={() => onOpen(d.id)}>
                    <span class="cv-draft-title">{d.corrupt ? 'Damaged draft (cannot be decrypted)' : d.title || 'Untitled draft'}</span>
                    <span class="cv-muted">{formatAge(d.updatedAt, now)}</span>
                  </button>
                  {!d.corrupt && <button class="cv-link" onClick={() => setRenaming({ id: d.id, title: d.title })}>Rename</button>}
                  {confirming === d.id ? (
                    <>
                      <button class="cv-button cv-button-danger" onClick={() => { setConfirming(null); onDelete(d.id); }}>Delete</button>
                      <button class="cv-link" onClick={() => setConfirming(null)}>Keep</button>
                    </>
                  ) : (
                    <button class="cv-link" aria-label="Delete draft" onClick={() => setConfirming(d.id)}>Delete</button>
                  )}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <div class="cv-row" style={{ marginTop: '8px' }}>
        {drafts.length > 0 && (confirming === 'all' ? (
          <>
            <span class="cv-muted">Delete all {drafts.length} drafts for good?</span>
            <button class="cv-button cv-button-danger" onClick={() => { setConfirming(null); onDeleteAll(); }}>Delete all</button>
            <button class="cv-link" onClick={() => setConfirming(null)}>Cancel</button>
          </>
        ) : (
          <button class="cv-button" onClick={() => setConfirming('all')}>Delete all…</button>
        ))}
        {onLock && <button class="cv-button" onClick={onLock}>Lock now</button>}
      </div>
    </div>
  );
}

/**
 * Section: the encrypted drafts vault. Lock screen / drafts list / audit verify + export (the vault
 * helper's VaultSection), an opened draft's view, and autosave of the current analysis (reviewed
 * sanitized text, mapping, summary, template, origin, patient context) while the vault is unlocked.
 * Invariants: on lock every decrypted thing this panel holds (opened draft, review mapping, summary,
 * pending autosave) is dropped; a new patient context starts a new draft and clears the old view.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { PanelSection } from '@/components/panel/PanelSection';
import { VaultSection } from '@/components/vault/VaultSection';
import { sendToBackground } from '@/utils/messaging/client';
import { patientContextItem, type PatientContext } from '@/utils/messaging/patient-context-state';
import { render } from '@/utils/review/model';
import { panelReview } from '@/utils/review/panel';
import type { ReviewSnapshot } from '@/utils/review/store';
import { createAutosave, type Autosaver } from '@/utils/vault/autosave';
import { vaultStateItem } from '@/utils/vault/session-items';
import type { Draft } from '@/utils/vault/types';
import type { VaultState } from '@/utils/vault/vault';
import { draftExtras, type DraftExtras } from '../draft-state';
import type { PanelSectionDef, SectionProps } from '../sections';
import '@/components/vault/vault.css';

/** Live value of a session item (the background is the only writer). */
function useItem<T>(item: { getValue(): Promise<T>; watch(cb: (v: T) => void): () => void }, initial: T): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    let alive = true;
    void item.getValue().then((v) => alive && setValue(v));
    const unwatch = item.watch((v) => setValue(v));
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  return value;
}

function useStore<T>(get: () => T, subscribe: (fn: () => void) => () => void): T {
  const [value, setValue] = useState<T>(get);
  useEffect(() => subscribe(() => setValue(get())), []);
  return value;
}

/** Saves the audit export as a JSONL download. */
function downloadJsonl(jsonl: string): void {
  const url = URL.createObjectURL(new Blob([jsonl], { type: 'application/jsonl' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: `chartveil-audit-${new Date().toISOString().slice(0, 10)}.jsonl` });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function VaultPanel({ state }: SectionProps) {
  const vaultState = useItem<VaultState>(vaultStateItem, 'locked');
  const patient = useItem<PatientContext | null>(patientContextItem, null);
  const review = useStore<ReviewSnapshot | undefined>(panelReview.get, (fn) => panelReview.subscribe(fn));
  const extras = useStore<DraftExtras | null>(draftExtras.get, (fn) => draftExtras.subscribe(fn));
  const [opened, setOpened] = useState<Draft | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [listVersion, setListVersion] = useState(0);
  const [saveError, setSaveError] = useState<string>();
  const autosave = useRef<{ key: string; saver: Autosaver } | null>(null);
  const lastPatient = useRef('');

  const dropDecrypted = () => {
    autosave.current?.saver.cancel();
    autosave.current = null;
    setOpened(null);
    setActiveId(null);
    draftExtras.clear();
    panelReview.clear();
  };

  // A different patient in the banner: the previous patient's view and draft go away.
  useEffect(() => {
    if (!patient?.id) return;
    if (lastPatient.current && patient.id !== lastPatient.current) {
      autosave.current?.saver.cancel();
      autosave.current = null;
      setOpened(null);
      setActiveId(null);
      if (extras && extras.requestId !== patient.requestId) draftExtras.clear();
    }
    lastPatient.current = patient.id;
  }, [patient?.id]);

  // Autosave the current analysis as a draft (one draft per analysis), once its context is known.
  useEffect(() => {
    if (vaultState !== 'unlocked' || state.status !== 'done' || patient?.requestId !== state.requestId) return;
    const key = state.requestId;
    if (autosave.current?.key !== key) {
      void autosave.current?.saver.flush();
      autosave.current = {
        key,
        saver: createAutosave({
          save: (draft) => sendToBackground('bg.draftSave', { draft }),
          onSaved: (d) => {
            setActiveId(d.id);
            setSaveError(undefined);
            setListVersion((v) => v + 1);
          },
          onError: () => setSaveError('The draft could not be saved; it will be retried with your next change.'),
        }),
      };
    }
    const doc = review && review.requestId === key ? render(review.doc) : null;
    autosave.current.saver.update({
      title: `Note of ${new Date().toLocaleDateString()}`,
      sanitizedText: doc?.sanitized ?? state.result.sanitized,
      placeholders: doc?.placeholders ?? state.result.placeholders,
      summary: extras?.requestId === key ? extras.summary : '',
      template: extras?.requestId === key ? extras.template : '',
      origin: patient.origin,
      patientContextId: patient.id,
    });
  }, [vaultState, state, patient, review, extras]);

  useEffect(() => () => void autosave.current?.saver.flush(), []);

  return (
    <PanelSection id="vault" title="Drafts" meta={vaultState === 'unlocked' ? 'Unlocked' : 'Locked'}>
      <VaultSection
        vaultState={vaultState}
        call={(type, data) => sendToBackground(type, data)}
        onOpenDraft={(d) => {
          setOpened(d);
          setActiveId(d.id);
        }}
        onLocked={dropDecrypted}
        onExportAudit={downloadJsonl}
        activeDraftId={activeId}
        listVersion={listVersion}
      />
      {saveError && vaultState === 'unlocked' && <p class="cv-error" role="alert" data-testid="autosave-error">{saveError}</p>}
      {opened && vaultState === 'unlocked' && (
        <div class="cv-draft-view" data-testid="draft-view" data-id={opened.id}>
          <p class="cv-status-title">{opened.title || 'Untitled draft'}</p>
          <pre class="cv-preview" data-testid="draft-view-text">{opened.sanitizedText}</pre>
          {opened.summary && <pre class="cv-preview" data-testid="draft-view-summary">{opened.summary}</pre>}
          <p class="cv-muted">{opened.placeholders.length} masked items · {opened.origin || 'unknown site'}</p>
          <button type="button" class="cv-link" onClick={() => setOpened(null)}>Close draft</button>
        </div>
      )}
    </PanelSection>
  );
}

export const vaultSection: PanelSectionDef = { id: 'vault', visible: () => true, Component: VaultPanel };


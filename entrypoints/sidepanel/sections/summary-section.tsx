/**
 * Section: summarize the reviewed text. Wires the gateway helper's SummarySection to the browser:
 * OIDC sign-in with identity.launchWebAuthFlow (tokens in storage.session only), gateway URLs and
 * templates from policy (dev gateway by default), the offline queue, copy, insert into the EHR
 * through the content script, evidence highlights in the preview, and PHI-free audit entries.
 * Invariant: only the reviewed sanitized text leaves the panel; originals stay in panel memory.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PanelSection } from '@/components/panel/PanelSection';
import { SummarySection } from '@/components/summary/SummarySection';
import { toSerializedError } from '@/utils/errors';
import { createAuth, storageAreaTokenStore, type AuthUser } from '@/utils/gateway/auth';
import { createOfflineQueue } from '@/utils/gateway/queue';
import type { AnalysisResult } from '@/utils/messaging/offscreen-protocol';
import { sendToBackground } from '@/utils/messaging/client';
import { segmentsToText } from '@/utils/reidentify/view';
import { slug } from '@/utils/audit/events';
import { readEffectivePolicy } from '@/utils/policy/reader';
import { auditAppend, sha256OfText, templateSlug, urlSlug } from '@/utils/review/audit';
import { panelReview } from '@/utils/review/panel';
import type { LoopSettings } from '@/utils/summary/loop-settings';
import { createSummarizer, queueSender, type Summarizer, type SummaryRequest } from '@/utils/summary/run';
import { draftExtras } from '../draft-state';
import type { PanelSectionDef, SectionProps } from '../sections';
import { vaultQueueStorage } from '../vault-queue';
import { useLoopSettings, useReview } from './loop-hooks';

function SummaryPanel({ state }: SectionProps) {
  const settings = useLoopSettings();
  if (state.status !== 'done' || !settings) return null;
  const key = [settings.auth.issuer, settings.auth.clientId, ...settings.endpoints].join(' ');
  return <Loop key={key} settings={settings} requestId={state.requestId} result={state.result} />;
}

function Loop({ settings, requestId, result }: { settings: LoopSettings; requestId: string; result: AnalysisResult }) {
  const { reviewed } = useReview(requestId, result);
  const requestIdRef = useRef(requestId);
  requestIdRef.current = requestId;
  const [user, setUser] = useState<AuthUser>();
  const [note, setNote] = useState<{ kind: 'ok' | 'warn'; text: string }>();
  const [queued, setQueued] = useState(0);
  const [delivered, setDelivered] = useState<string[]>([]);

  const auth = useMemo(() => createAuth(settings.auth, {
    launchWebAuthFlow: (d) => browser.identity.launchWebAuthFlow(d),
    store: storageAreaTokenStore(browser.storage.session),
  }), [settings.auth]);
  useEffect(() => void auth.getUser().then(setUser), [auth]);

  const { summarizer, queue } = useMemo(() => {
    const deps = { endpoints: () => settings.endpoints, auth };
    const queue = createOfflineQueue<SummaryRequest>({
      // Encrypted in the vault's queue table (panel memory while the vault is locked).
      storage: vaultQueueStorage<SummaryRequest>(),
      send: queueSender(deps, (outcome) => setDelivered((d) => [...d, segmentsToText(outcome.segments, 'reidentified')])),
      onChange: (items) => setQueued(items.length),
    });
    const inner = createSummarizer({ ...deps, queue });
    const summarizer: Summarizer = {
      async summarize(req, cb) {
        const started = performance.now();
        const gateway = urlSlug(settings.endpoints[0] ?? '');
        void sha256OfText(req.sanitized).then((sanitizedSha256) =>
          auditAppend({ type: 'send', gateway, template: templateSlug(req.template.id), sanitizedSha256, chars: req.sanitized.length }));
        const out = await inner.summarize(req, cb);
        if (out.state === 'signed-out') setUser(undefined);
        if (out.state === 'done') {
          void auditAppend({ type: 'receive', gateway, chars: out.text?.length ?? 0, ms: Math.round(performance.now() - started) });
          draftExtras.set({ requestId: requestIdRef.current, summary: out.text ?? '', template: req.template.id });
        }
        return out;
      },
      flushQueue: () => inner.flushQueue(),
    };
    return { summarizer, queue };
  }, [auth, settings.endpoints]);
  useEffect(() => (queued > 0 ? queue.startAutoFlush() : undefined), [queue, queued > 0]);

  const signIn = () => {
    setNote(undefined);
    auth.signIn().then((u) => {
      setUser(u);
      void auditAppend({ type: 'auth.signIn', issuer: urlSlug(settings.auth.issuer) });
    }, (e: unknown) => setNote({ kind: 'warn', text: toSerializedError(e, 'ERR_AUTH').message }));
  };
  const signOut = () => void auth.signOut().then(() => {
    setUser(undefined);
    void auditAppend({ type: 'auth.signOut' });
  });
  const insert = (text: string) => {
    sendToBackground('bg.insertSummary', { text }).then(({ inserted, chars }) => {
      setNote(inserted ? { kind: 'ok', text: 'Inserted into the note. Review it before signing.' } : { kind: 'warn', text: 'No text field to insert into: click into the note field, then try again.' });
      if (inserted) void insertEvent(text, reviewed.sanitized, result.modelVersion, chars).then(auditAppend);
    }, () => setNote({ kind: 'warn', text: 'The page did not answer; reload it and try again.' }));
  };
  const copy = (text: string) => {
    navigator.clipboard.writeText(text).then(() => setNote({ kind: 'ok', text: 'Copied.' }), () => setNote({ kind: 'warn', text: 'Copy failed.' }));
  };

  return (
    <PanelSection id="summary" title="Summarize" meta={user ? `Signed in${user.name ? ` as ${user.name}` : ''}` : 'Not signed in'}>
      <SummarySection
        summarizer={summarizer}
        templates={settings.templates}
        analysis={reviewed}
        source={reviewed.source}
        signedIn={user !== undefined}
        policyForcesMasked={settings.forceMasked}
        draftMarker={settings.draftMarker}
        queuedCount={queued}
        onSignIn={signIn}
        onCopy={copy}
        onInsert={insert}
        onFlushQueue={() => void summarizer.flushQueue()}
        onEvidence={(ranges) => panelReview.setHighlight(ranges)}
      />
      {note && <p class={`cv-review-notice cv-review-${note.kind}`} role="status" data-testid="loop-note">{note.text}</p>}
      {delivered.length > 0 && (
        <details class="cv-evidence-box" data-testid="queued-delivered">
          <summary class="cv-link">{delivered.length} queued summar{delivered.length > 1 ? 'ies were' : 'y was'} sent when the gateway returned</summary>
          {delivered.map((text, i) => <pre key={i} class="cv-preview">{text}</pre>)}
        </details>
      )}
      {user && <button type="button" class="cv-link cv-signout" data-testid="sign-out" onClick={signOut}>Sign out</button>}
    </PanelSection>
  );
}

/** The insert entry links the output to its input, the model and the policy revision (hashes and slugs only). */
async function insertEvent(output: string, sanitizedInput: string, modelVersion: string, chars: number) {
  const [outputSha256, inputSha256, policy] = await Promise.all([
    sha256OfText(output), sha256OfText(sanitizedInput), readEffectivePolicy().catch(() => undefined),
  ]);
  const model = toSlug(modelVersion);
  const policyRevision = toSlug(policy?.values.policyRevision ?? '');
  return { type: 'insert' as const, chars, outputSha256, inputSha256, ...(model && { model }), ...(policyRevision && { policyRevision }) };
}

function toSlug(text: string) {
  const s = text.toLowerCase().replace(/[^a-z0-9._-]/g, '-').replace(/^[^a-z0-9]+/, '').slice(0, 64);
  return s ? slug(s) : undefined;
}

export const summarySection: PanelSectionDef = {
  id: 'summary',
  visible: (state) => state.status === 'done',
  Component: SummaryPanel,
};

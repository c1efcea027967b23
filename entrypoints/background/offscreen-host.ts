/**
 * Lifecycle of the single offscreen document that hosts the PHI engine. Created lazily on first
 * use; concurrent callers share one in-flight creation promise; existence is always re-checked
 * with runtime.getContexts, so a document survives (and is reused after) a service-worker restart
 * and is re-created when it was closed.
 */
import { browser } from 'wxt/browser';

const OFFSCREEN_PATH = '/offscreen.html';
let creating: Promise<void> | undefined;

async function hasOffscreenDocument(): Promise<boolean> {
  const contexts = await browser.runtime.getContexts({
    contextTypes: ['OFFSCREEN_DOCUMENT'],
    documentUrls: [browser.runtime.getURL(OFFSCREEN_PATH)],
  });
  return contexts.length > 0;
}

/**
 * Resolves once the offscreen document exists. Safe to call from many handlers at once.
 * @example await ensureOffscreen(); await sendToOffscreen('offscreen.sanitize', req)
 */
export async function ensureOffscreen(): Promise<void> {
  if (creating) return creating;
  if (await hasOffscreenDocument()) return;
  creating ??= createDocument().finally(() => {
    creating = undefined;
  });
  return creating;
}

async function createDocument(): Promise<void> {
  try {
    await browser.offscreen.createDocument({
      url: OFFSCREEN_PATH,
      // ORT runs its WASM threads as Web Workers.
      reasons: ['WORKERS'],
      justification: 'Runs the on-device PHI detection model (onnxruntime-web) to mask text before it leaves the device.',
    });
  } catch (error) {
    // A previous service-worker instance may have created it between our check and this call.
    if (!(await hasOffscreenDocument())) throw error;
  }
}

/** Closes the offscreen document if it exists (used after idle, and by tests). */
export async function closeOffscreen(): Promise<void> {
  if (await hasOffscreenDocument()) await browser.offscreen.closeDocument();
}

/**
 * Loads the NER model detector (utils/detection/model/, owned by the model helper) from the
 * engine's assets. Any failure becomes ERR_MODEL_LOAD: the engine fails closed and never runs
 * "rules only" unless policy explicitly says useModel: false.
 */
import { ChartVeilError } from '../errors';
import type { EngineAssets } from './assets';
import type { Lexicons } from './lexicons/index';
import type { Detector } from './types';

export const MODEL_ONNX = 'models/phi-ner/model.onnx';
export const MODEL_JSON = 'models/phi-ner/model.json';

export type ModelDetector = Detector & { version: string; sessionMs: number; runtimeMs: number };

/**
 * An 80-byte ONNX graph (one Identity node, opset 13, built with onnx.helper). A session on it
 * starts ORT's WASM runtime while the model file is still being read, and lets the start-up be
 * measured apart from the model's own session (docs/benchmarks.md).
 */
const RUNTIME_PROBE = 'CAcSCWNoYXJ0dmVpbDo7ChAKAXgSAXkiCElkZW50aXR5EgVwcm9iZVoPCgF4EgoKCAgBEgQKAggBYg8KAXkSCgoICAESBAoCCAFCBAoAEA0=';

/** Starts ORT's runtime (the first session of a document pays for it); resolves with the ms it took. */
async function startRuntime(ort: typeof import('onnxruntime-web')): Promise<number> {
  const t0 = performance.now();
  const probe = await ort.InferenceSession.create(Uint8Array.from(atob(RUNTIME_PROBE), (c) => c.charCodeAt(0)));
  await probe.release();
  return performance.now() - t0;
}

/**
 * Reads the model bytes and config and builds the detector.
 * @throws ChartVeilError ERR_MODEL_LOAD when the files are missing or the session cannot start
 */
export async function loadModelDetector(assets: EngineAssets, ort: unknown, lexicons: Lexicons | Promise<Lexicons>): Promise<ModelDetector> {
  try {
    const [modelBytes, configText, runtimeMs] = await Promise.all([
      assets.readBytes(MODEL_ONNX), assets.readText(MODEL_JSON), startRuntime(ort as typeof import('onnxruntime-web')),
    ]);
    const config: unknown = JSON.parse(configText);
    const { createNerDetector } = await import('./model/index');
    return { ...(await createNerDetector({ ort: ort as never, modelBytes, config, lexicons })), runtimeMs };
  } catch (cause) {
    if (cause instanceof ChartVeilError && cause.code === 'ERR_MODEL_LOAD') throw cause;
    throw new ChartVeilError('ERR_MODEL_LOAD', 'The PHI model could not be loaded', { cause });
  }
}

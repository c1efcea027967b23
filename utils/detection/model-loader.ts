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

export type ModelDetector = Detector & { version: string; sessionMs: number };

/**
 * Reads the model bytes and config and builds the detector.
 * @throws ChartVeilError ERR_MODEL_LOAD when the files are missing or the session cannot start
 */
export async function loadModelDetector(assets: EngineAssets, ort: unknown, lexicons: Lexicons | Promise<Lexicons>): Promise<ModelDetector> {
  try {
    const [modelBytes, configText] = await Promise.all([assets.readBytes(MODEL_ONNX), assets.readText(MODEL_JSON)]);
    const config: unknown = JSON.parse(configText);
    const { createNerDetector } = await import('./model/index');
    return await createNerDetector({ ort: ort as never, modelBytes, config, lexicons });
  } catch (cause) {
    if (cause instanceof ChartVeilError && cause.code === 'ERR_MODEL_LOAD') throw cause;
    throw new ChartVeilError('ERR_MODEL_LOAD', 'The PHI model could not be loaded', { cause });
  }
}

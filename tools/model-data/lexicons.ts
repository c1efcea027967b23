/**
 * Node loading of the engine's lexicons for the corpus generator and the dev-set evaluator:
 * the same `loadLexicons` and asset files the extension uses, so the model's lexicon flags are
 * identical in training and in production.
 */
import { loadLexicons, type Lexicons } from '../../utils/detection/lexicons/index';
import { nodeAssets } from '../node-assets';

/** Loads every lexicon from public/ via the engine's Node assets. Throws ERR_MODEL_LOAD if missing. */
export async function loadNodeLexicons(): Promise<Lexicons> {
  return loadLexicons(nodeAssets());
}

/**
 * EngineAssets for Node hosts (CLI tools, Vitest): 'lexicons/*' is read from public/ and
 * 'models/*' from models/ in the repo, mirroring where the extension build puts them.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EngineAssets } from '../utils/detection/assets';
import { createPhiEngine, type EnginePolicy, type PhiEngine } from '../utils/detection/index';

/** The repository root (this file lives in tools/). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function resolveAsset(path: string): string {
  if (path.includes('..')) throw new Error('Asset path must stay inside the repo');
  if (path.startsWith('models/')) return join(REPO_ROOT, path);
  return join(REPO_ROOT, 'public', path);
}

/**
 * Reads engine assets from the repo.
 * @example const lex = await loadLexicons(nodeAssets())
 */
export function nodeAssets(): EngineAssets {
  return {
    readText: (path) => readFile(resolveAsset(path), 'utf8'),
    readBytes: async (path) => new Uint8Array(await readFile(resolveAsset(path))),
  };
}

/** True when the trained model is present in models/phi-ner/. */
export function modelAvailable(): boolean {
  return existsSync(join(REPO_ROOT, 'models/phi-ner/model.onnx')) && existsSync(join(REPO_ROOT, 'models/phi-ner/model.json'));
}

/**
 * Creates the PHI engine for Node tools, with onnxruntime-web's wasm backend: one ORT thread by
 * default (tests and tools run several at once; on 2 cores it is also the fastest); `threads` to
 * compare (`npm run bench:engine -- --threads N`). ORT reads the count once, at its first session.
 * @example const engine = await createNodeEngine({ useModel: modelAvailable() })
 */
export async function createNodeEngine(policy?: Partial<EnginePolicy>, threads = 1): Promise<PhiEngine> {
  const ort = await import('onnxruntime-web');
  ort.env.wasm.numThreads = threads;
  return createPhiEngine({ assets: nodeAssets(), ort, policy });
}

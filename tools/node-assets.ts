/**
 * EngineAssets for Node hosts (CLI tools, Vitest): 'lexicons/*' is read from public/ and
 * 'models/*' from models/ in the repo, mirroring where the extension build puts them.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EngineAssets } from '../utils/detection/assets';

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

/**
 * WXT build configuration for ChartVeil (Chrome and Edge, MV3).
 * Follows shared/notes/extension-recipe.md: ORT runs from its extern-wasm build shipped at /ort/
 * (WXT's import.meta.url define breaks ORT pthreads otherwise), and the CSP allows only
 * 'wasm-unsafe-eval' on top of 'self'. The manifest key (fixed dev id) is added only to
 * dev/test builds: store zips never carry it.
 */
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { defaultClientConditions } from 'vite';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const require = createRequire(import.meta.url);

/** Public half of the dev/test signing key. Extension id: nbblkohofnbpbpkkhheoabbnglgclepb. */
export const DEV_MANIFEST_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEArUdQ4l53eZVkJzY3/LyDGuWAdivxU61eH8itF9YLHiwRxu1OmsRMLyxS2d5DoQ8KAygW1wSmphI1HmKKfX/NSo9znDl32alk4ITs5VSyiyn+6kw7a0K7aBA8U4nmgn22WKcALdRWd5YoYzDskPiNF/o1vcEs1kuWlH9YVimRTZrszo+8Yo3MYSbw/QsyeieLUGOYbcgE61/Pc/oIylkafdPFOrhf9ICtwkDQWat3mFpdmd/9aoz6tqn6E4NlBmCsBCjbBiruFMo1LfGXusGrUbjl+ot33dYefo3Nc98bJij9b61X/yK0+zGj1BNDioJ1P/o3Bbm60wEq5imNcmDXVQIDAQAB';

const ORT_RUNTIME_FILES = ['ort-wasm-simd-threaded.wasm', 'ort-wasm-simd-threaded.mjs'];
/** Model files shipped at /models/phi-ner/ (the training recipe and model card stay out of the package). */
const MODEL_FILES = ['model.onnx', 'model.json'];

export default defineConfig({
  imports: false,
  // Tests build store zips into a separate folder so they never overwrite the e2e build.
  outDir: process.env.CHARTVEIL_OUT_DIR || '.output',
  vite: () => ({
    plugins: [preact()],
    build: { target: 'es2022' },
    resolve: { conditions: ['onnxruntime-web-use-extern-wasm', ...defaultClientConditions] },
  }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      for (const file of ORT_RUNTIME_FILES) {
        files.push({ absoluteSrc: require.resolve(`onnxruntime-web/${file}`), relativeDest: `ort/${file}` });
      }
      for (const file of MODEL_FILES) {
        const src = resolve('models/phi-ner', file);
        if (existsSync(src)) files.push({ absoluteSrc: src, relativeDest: `models/phi-ner/${file}` });
      }
    },
  },
  manifest: ({ command }) => {
    const storeBuild = command === 'build' && process.env.CHARTVEIL_STORE === '1';
    return {
      name: 'ChartVeil',
      description: 'Summarize EHR text with your organisation\'s LLM. PHI is masked on this device first.',
      ...(storeBuild ? {} : { key: DEV_MANIFEST_KEY }),
      permissions: ['offscreen', 'storage', 'sidePanel', 'contextMenus', 'scripting', 'identity', 'idle'],
      optional_host_permissions: ['https://*/*', 'http://*/*'],
      host_permissions: ['http://127.0.0.1/*'],
      storage: { managed_schema: 'managed_schema.json' },
      content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';" },
      cross_origin_embedder_policy: { value: 'require-corp' },
      cross_origin_opener_policy: { value: 'same-origin' },
      action: { default_title: 'Summarize with ChartVeil' },
      commands: {
        'summarize-selection': {
          suggested_key: { default: 'Alt+Shift+S' },
          description: 'Summarize the selected text with ChartVeil',
        },
      },
    };
  },
});

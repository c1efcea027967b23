/**
 * How the engine reads its assets (lexicons, model) in either host: the offscreen document
 * fetches them from the extension, the Node tools read them from the repo (tools/node-assets.ts).
 */

/** Paths look like 'models/phi-ner/model.onnx' or 'lexicons/first-names.txt'. */
export interface EngineAssets {
  readText(path: string): Promise<string>;
  readBytes(path: string): Promise<Uint8Array>;
}

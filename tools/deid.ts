/**
 * `npm run -s deid -- --jsonl`: the engine as a command-line filter (stable contract, issue 4).
 * JSONL mode reads {"id","text","known"?} lines and writes one {"id","spans","sanitized","ms"}
 * line each; plain mode reads all of stdin and prints the sanitized text. One engine (and one
 * model session) serves every document. Nothing but results goes to stdout; failures are
 * reported per document as {"id","error"} with a stable code, never as pass-through text.
 */
import { createInterface } from 'node:readline';
import { toSerializedError } from '../utils/errors';
import type { PhiEngine } from '../utils/detection/index';
import { createNodeEngine, modelAvailable } from './node-assets';

const out = (line: string) => new Promise<void>((res) => { if (process.stdout.write(line + '\n')) res(); else process.stdout.once('drain', () => res()); });
// Keep stdout for results only: anything a dependency logs goes to stderr.
console.log = (...a: unknown[]) => { process.stderr.write(a.map(String).join(' ') + '\n'); };
console.info = console.log;

async function jsonl(engine: PhiEngine): Promise<number> {
  let failures = 0;
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    let id: unknown = null;
    try {
      const doc = JSON.parse(line) as { id?: unknown; text?: unknown; known?: unknown };
      id = doc.id ?? null;
      const text = typeof doc.text === 'string' ? doc.text : '';
      const known = Array.isArray(doc.known) ? doc.known.filter((k): k is string => typeof k === 'string') : [];
      if (text.trim() === '') { await out(JSON.stringify({ id, spans: [], sanitized: text, ms: 0 })); continue; }
      const a = await engine.analyze(text, { known });
      const spans = a.spans.map((s) => ({ start: s.start, end: s.end, label: s.entity, score: Math.round(s.score * 1000) / 1000 }));
      await out(JSON.stringify({ id, spans, sanitized: a.sanitized, ms: Math.round(a.ms * 1000) / 1000 }));
    } catch (error) {
      failures++;
      await out(JSON.stringify({ id, error: toSerializedError(error, 'ERR_ENGINE').code }));
    }
  }
  return failures;
}

async function plain(engine: PhiEngine): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  const a = await engine.analyze(text);
  process.stdout.write(a.sanitized);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const useModel = modelAvailable() && !args.includes('--no-model');
  const engine = await createNodeEngine({ useModel });
  await engine.analyze('Warm-up: seen by Dr. Example on 1/2/2000.'); // JIT and model warm-up, so `ms` is per-document engine time
  if (args.includes('--jsonl')) {
    const failures = await jsonl(engine);
    process.exitCode = failures ? 1 : 0;
  } else {
    await plain(engine);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`deid failed: ${toSerializedError(error, 'ERR_ENGINE').code}\n`);
  process.exitCode = 2;
});

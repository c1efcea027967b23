/**
 * Held-out sanity set: ChartVeil's own realistic ICU, nursing and clinician-question snippets
 * (fixtures/realistic-notes*.json). Every listed PHI value must be fully masked and listed
 * clinical words must survive, so precision on real shorthand is guarded, not just recall.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine, modelAvailable, nodeAssets } from '../../tools/node-assets';
import { phiMasked, spansOnWord } from '../../tools/note-scoring';
import batch1 from './fixtures/realistic-notes.json';
import batch2 from './fixtures/realistic-notes-2.json';
import batch3 from './fixtures/realistic-notes-3.json';
import batch4 from './fixtures/realistic-notes-4.json';
import batch5 from './fixtures/realistic-notes-5.json';
import batch6 from './fixtures/realistic-notes-6.json';
import batch7 from './fixtures/realistic-notes-7.json';
import batch8 from './fixtures/realistic-notes-8.json';
import batch9 from './fixtures/realistic-notes-9.json';
import batch10 from './fixtures/realistic-notes-10.json';
import batch11 from './fixtures/realistic-notes-11.json';
import batch12 from './fixtures/realistic-notes-12.json';
import batch13 from './fixtures/realistic-notes-13.json';
import batch14 from './fixtures/realistic-notes-14.json';
import batch15 from './fixtures/realistic-notes-15.json';
import batch16 from './fixtures/realistic-notes-16.json';
import batch17 from './fixtures/realistic-notes-17.json';
import batch18 from './fixtures/realistic-notes-18.json';
import batch19 from './fixtures/realistic-notes-19.json';
import batch20 from './fixtures/realistic-notes-20.json';
import batch21 from './fixtures/realistic-notes-21.json';
import batch22 from './fixtures/realistic-notes-22.json';
import batch23 from './fixtures/realistic-notes-23.json';
import batch24 from './fixtures/realistic-notes-24.json';
import batch25 from './fixtures/realistic-notes-25.json';
import batch26 from './fixtures/realistic-notes-26.json';
import batch27 from './fixtures/realistic-notes-27.json';
import batch28 from './fixtures/realistic-notes-28.json';
import batch29 from './fixtures/realistic-notes-29.json';
import batch30 from './fixtures/realistic-notes-30.json';
import batch31 from './fixtures/realistic-notes-31.json';
import batch32 from './fixtures/realistic-notes-32.json';
import batch33 from './fixtures/realistic-notes-33.json';
import batch34 from './fixtures/realistic-notes-34.json';
import batch35 from './fixtures/realistic-notes-35.json';
import batch36 from './fixtures/realistic-notes-36.json';
import batch37 from './fixtures/realistic-notes-37.json';
import batch38 from './fixtures/realistic-notes-38.json';
import batch39 from './fixtures/realistic-notes-39.json';
import batch40 from './fixtures/realistic-notes-40.json';
import batch41 from './fixtures/realistic-notes-41.json';
import batch42 from './fixtures/realistic-notes-42.json';
import batch43 from './fixtures/realistic-notes-43.json';
import batch44 from './fixtures/realistic-notes-44.json';
import batch45 from './fixtures/realistic-notes-45.json';
import batch46 from './fixtures/realistic-notes-46.json';
import batch47 from './fixtures/realistic-notes-47.json';
import batch48 from './fixtures/realistic-notes-48.json';
import batch49 from './fixtures/realistic-notes-49.json';
import batch50 from './fixtures/realistic-notes-50.json';
import batch51 from './fixtures/realistic-notes-51.json';
import batch52 from './fixtures/realistic-notes-52.json';
import batch53 from './fixtures/realistic-notes-53.json';
import batch54 from './fixtures/realistic-notes-54.json';
import batch55 from './fixtures/realistic-notes-55.json';
import batch56 from './fixtures/realistic-notes-56.json';
import batch57 from './fixtures/realistic-notes-57.json';
import batch58 from './fixtures/realistic-notes-58.json';
import batch59 from './fixtures/realistic-notes-59.json';
import batch60 from './fixtures/realistic-notes-60.json';
import batch61 from './fixtures/realistic-notes-61.json';
import batch62 from './fixtures/realistic-notes-62.json';
import batch63 from './fixtures/realistic-notes-63.json';
import batch64 from './fixtures/realistic-notes-64.json';
import batch65 from './fixtures/realistic-notes-65.json';
import batch66 from './fixtures/realistic-notes-66.json';
import batch67 from './fixtures/realistic-notes-67.json';
import { createPhiEngine, type PhiEngine } from './index';

let engine: PhiEngine;
let withModel: PhiEngine | undefined;
beforeAll(async () => {
  engine = await createPhiEngine({ assets: nodeAssets(), ort: {} as never, policy: { useModel: false } });
  if (modelAvailable()) withModel = await createNodeEngine({ useModel: true });
});

const notes = [...batch1.notes, ...batch2.notes, ...batch3.notes, ...batch4.notes, ...batch5.notes, ...batch6.notes, ...batch7.notes, ...batch8.notes, ...batch9.notes, ...batch10.notes, ...batch11.notes, ...batch12.notes, ...batch13.notes, ...batch14.notes, ...batch15.notes, ...batch16.notes, ...batch17.notes, ...batch18.notes, ...batch19.notes, ...batch20.notes, ...batch21.notes, ...batch22.notes, ...batch23.notes, ...batch24.notes, ...batch25.notes, ...batch26.notes, ...batch27.notes, ...batch28.notes, ...batch29.notes, ...batch30.notes, ...batch31.notes, ...batch32.notes, ...batch33.notes, ...batch34.notes, ...batch35.notes, ...batch36.notes, ...batch37.notes, ...batch38.notes, ...batch39.notes, ...batch40.notes, ...batch41.notes, ...batch42.notes, ...batch43.notes, ...batch44.notes, ...batch45.notes, ...batch46.notes, ...batch47.notes, ...batch48.notes, ...batch49.notes, ...batch50.notes, ...batch51.notes, ...batch52.notes, ...batch53.notes, ...batch54.notes, ...batch55.notes, ...batch56.notes, ...batch57.notes, ...batch58.notes, ...batch59.notes, ...batch60.notes, ...batch61.notes, ...batch62.notes, ...batch63.notes, ...batch64.notes, ...batch65.notes, ...batch66.notes, ...batch67.notes];

/** `modelOnly`: values only the model is expected to catch (e.g. lower-case names); rules-only runs skip them. */
async function check(phi: PhiEngine, note: (typeof notes)[number] & { modelOnly?: string[] }, withModelOn: boolean) {
    const a = await phi.analyze(note.text);
    const missed = note.phi.filter((p) => withModelOn || !note.modelOnly?.includes(p)).filter((p) => !phiMasked(note.text, a.spans, p));
    const lost = note.keep.filter((k) => spansOnWord(note.text, a.spans, k)?.length !== 0);
    expect({ missed, lost }).toEqual({ missed: [], lost: [] });
}

describe('realistic notes', () => {
  it.each(notes.map((n, i) => [i, n] as const))('note %i: PHI masked, clinical words kept (rules + lexicons)', async (_, note) => {
    await check(engine, note, false);
  });
  it.skipIf(!modelAvailable()).each(notes.map((n, i) => [i, n] as const))('note %i: same with the model on', async (_, note) => {
    await check(withModel!, note, true);
  });
});

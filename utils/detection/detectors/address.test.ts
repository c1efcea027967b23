import { describe, expect, it } from 'vitest';
import { addressDetector } from './address';
import { claims } from './test-util';

describe('rules.address', () => {
  it.each([
    ['lives at 12 Oak Hill Rd, Apt 3. Pt is stable', ['ADDRESS:12 Oak Hill Rd, Apt 3']],
    ['seen at 12 Oak Hill Rd, Apt 3 now', ['ADDRESS:12 Oak Hill Rd, Apt 3']],
    ['I now live at 9 Diakou Street\n Suite 692\n Kissousa\n Cyprus 91815. Please call', ['ADDRESS:9 Diakou Street\n Suite 692\n Kissousa\n Cyprus 91815']],
    ['LIVES AT 44 ELM ST', ['ADDRESS:44 ELM ST']],
    ['PO Box 1234', ['ADDRESS:PO Box 1234']],
    ['Boston, MA 02114', ['ZIP:02114']],
    ['zip code: 90210', ['ZIP:90210']],
    ['ZIP+4 02114-1234', ['ZIP:02114-1234']],
    ['Koskikatu 25 Helsinki', ['ADDRESS:Koskikatu 25']],
    ['gave 2 tabs per Dr', []],
    ['SEEN 2 DAYS AGO BY DR', []],
    ['platelets 15000 today', []],
  ])('%j -> %j', async (text, expected) => {
    expect(await claims(addressDetector, text)).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { addressDetector } from './address';
import { claims } from './test-util';

describe('rules.address', () => {
  it.each([
    ["Line cook at Sadie's Cantina on 4th St, ~30 h/week", ['ADDRESS:4th St']],
    ['to be filled at Walgreens #07719 on N Jackson Rd, McAllen.', ['ADDRESS:N Jackson Rd']],
    ['filled @ desert sun pharmacy on e speedway blvd, pt has id', ['ADDRESS:e speedway blvd']],
    ['pt on heparin gtt, focus on the road ahead', []],
    ['lives at 12 Oak Hill Rd, Apt 3. Pt is stable', ['ADDRESS:12 Oak Hill Rd, Apt 3']],
    ['seen at 12 Oak Hill Rd, Apt 3 now', ['ADDRESS:12 Oak Hill Rd, Apt 3']],
    ['I now live at 9 Diakou Street\n Suite 692\n Kissousa\n Cyprus 91815. Please call', ['ADDRESS:9 Diakou Street\n Suite 692\n Kissousa\n Cyprus 91815']],
    ['LIVES AT 44 ELM ST', ['ADDRESS:44 ELM ST']],
    ['Address 4417 Magnolia Ave, Apt 3B, Louisville, KY 40215. Phone (502) 555-0187. Discharging from Norton 6/9. Needs RN', ['ADDRESS:4417 Magnolia Ave, Apt 3B, Louisville, KY 40215']],
    ['address: 12 N. Main St. Apt 2, St. Louis, MO 63101 Phone: 314-555-0100', ['ADDRESS:12 N. Main St. Apt 2, St. Louis, MO 63101']],
    ['lives at 80 Elm St, Salem. Daughter Ann visits daily', ['ADDRESS:80 Elm St, Salem']],
    ['PO Box 1234', ['ADDRESS:PO Box 1234']],
    ['son called. goal d/c home to 14 elm st, medway with vna.', ['ADDRESS:14 elm st']],
    ['pt lives at 1420 Elm Ridge Rd, Tupelo MS 38801, no car. any home health agencies', ['ADDRESS:1420 Elm Ridge Rd, Tupelo MS 38801']],
    ['gave 2 tabs per Dr. Elm st', []],
    ['PT TAKES ELIQUIS - FILLED AT CVS ON BRIDGE ST.\nPD ON SCENE', ['ADDRESS:BRIDGE ST']],
    ['T-BONED AT INTERSECTION OF PARK AVE AND CHANDLER ST. OTHER DRIVER', ['ADDRESS:PARK AVE', 'ADDRESS:CHANDLER ST']],
    ['Pharmacy: Walgreens, Lincoln St.\nDaughter states', ['ADDRESS:Lincoln St.']],
    ['lives at 77 Water St Apt 210, Quincy (DMH-funded group residence)', ['ADDRESS:77 Water St Apt 210, Quincy']],
    ['Lives up a hollow off Rt 52, ZIP 24801, no car', ['ADDRESS:Rt 52', 'ZIP:24801']],
    ['the Walgreens on Route 9 in Natick', ['ADDRESS:Route 9']],
    ['route 2 of 3 tried; PO route', []],
    ['INTERPRETER USED. LIVES ON BLUE HILL AVE, MATTAPAN.', ['ADDRESS:BLUE HILL AVE']],
    ['NOTED ON EKG ST ELEVATION. PT ON ROOM AIR, ON HIGH FLOW', []],
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

/**
 * Street address and ZIP detector (rules.address): "123 Main St, Apt 4B", "PO Box 12",
 * "Suite 377", and ZIP codes after a state or a "zip" cue (ZIP+4 anywhere).
 * Invariant: a bare 5-digit number is not a ZIP without a cue (it may be a lab value).
 */
import type { Detector, Span } from '../types';
import { isUpperText, regexAll } from '../text';
import { STATE_CODE_ALT, STATE_NAME_ALT } from './us-states';

const SUFFIX = String.raw`street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl|terrace|ter|parkway|pkwy|circle|cir|highway|hwy|square|sq|trail|trl|loop|plaza|alley|row|crescent|close|pike|turnpike|path|walk|strasse|straße|street`;
const STREET = new RegExp(String.raw`(?<![\w.-])\d{1,6}[A-Za-z]?(?:\s+[NSEW]\.?)?((?:\s+(?:[A-Za-z][A-Za-z'.-]*|\d{1,3}(?:st|nd|rd|th))){1,4}?)\s+(?:${SUFFIX})\b\.?(?:\s+(?:[NS][EW]?|[EW])\b\.?)?`, 'gi');
const EURO_PREFIX = /\b(?:Rue|Via|Viale|Calle|Avenida|Rua|Piazza|Plaza|Ulica|Carrer|Avenue|Boulevard)\s+(?:(?:de|del|della|delle|des|du|la|le|da|do|dos)\s+)?(?:\p{Lu}[\p{L}'-]*\s+){0,3}\p{Lu}[\p{L}'-]*,?\s+\d{1,5}[a-z]?\b/gu;
const EURO_SUFFIX = /\b\p{Lu}[\p{L}-]*(?:strasse|straße|gasse|weg|allee|platz|katu|tie|kuja|vej|vägen|gatan|gate|veien|laan|straat|utca|út|tér|plein|gade|ring)\.?\s+\d{1,5}[a-z]?\b/gu;
const NAMED_STREET = /(?<=\b(?:on|off|at|near|lives on|lives at|and|of)\s|, )(?:[NSEW]\.?\s+|(?:North|South|East|West)\s+)?(?:(?:[A-Z][a-z]+|\d{1,3}(?:st|nd|rd|th))\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Way|Court|Ct|Place|Pl|Terrace|Parkway|Pkwy|Highway|Hwy)\b\.?/g;
/** In lower-case typing, with an abbreviated street type only: "filled @ desert sun pharmacy on e speedway blvd". */
const NAMED_STREET_LOWER = /(?<=\b(?:on|off|near)\s)(?:[nsew]\.?\s+)?(?:[a-z]{3,}\s+){1,2}(?:st|ave|rd|blvd|ln|pkwy|hwy)\b\.?(?!\s*\d)/g;
/** The same in upper-case notes: "ST" only at the end of a phrase ("CVS ON BRIDGE ST."; not "ON EKG ST ELEVATION"). */
const NAMED_STREET_UPPER = /(?<=\b(?:ON|OFF|NEAR|LIVES ON|LIVES AT|AND|OF)\s|, )(?:[A-Z]{2,}\s+){1,3}(?:(?:STREET|AVENUE|AVE|ROAD|RD|BOULEVARD|BLVD|LANE|LN|WAY|TERRACE|PARKWAY|PKWY|HIGHWAY|HWY|DRIVE)\b\.?|ST\b(?=\.?\s*(?:[,;)\n]|$)|\.\s))/g;
const BLOCK_CUE = /\b(?:lives?\s+(?:at|in)|lived\s+(?:at|in)|living\s+at|resides?\s+at|resided\s+at|located\s+at|address(?:\s+is)?\s*:?|moved\s+to|mail(?:ed)?\s+(?:it\s+)?to|send[^.\n]{0,30}?\bto|ship(?:ped)?\s+(?:it\s+)?to|deliver(?:ed)?\s+(?:it\s+)?to|corner\s+of)\s*\n?[ \t>]*(?=\d|(?:P\.?\s?O\.?\s*Box|Unit|PSC|Suite|Apt)\b)/gi;
const BLOCK_STOP = /[?!;]|\.(?=\s+(?:I|I'm|Please|We|My|The|It|He|She|They|Could|Can|Thank|Thanks|Call|What|How|This|That|Also|And|But|Pt|Patient)\b)|\.\s*$|\.\s*\n\s*\n|\n\s*\n/;
/** Labels of the next field: an address block ends before them ("… KY 40215 Phone (502) …"). */
const NEXT_FIELD = /\b(?:Phone|Ph|Tel|Telephone|Cell|Mobile|Home|Work|E-?mail|Fax|DOB|MRN|SSN)\b\s*[:#(]?\s*(?=[\d(+:])|\b(?:Phone|Telephone|E-?mail|Fax)\b/i;
/** Words that end in a period inside an address ("St. Louis", "N. Main St. Apt 2", "P.O. Box"). */
const ADDRESS_ABBREV = /^(?:st|ave|rd|dr|blvd|ln|ct|pl|ter|pkwy|cir|hwy|sq|trl|apt|ste|bldg|fl|rm|mt|ft|pt|no|[a-z]|p\.o|o)$/i;
const UNIT = /^,?\s*(?:Apt|Apartment|Suite|Ste|Unit|Room|Rm|Floor|Fl|Bldg|Building|#)\.?\s*#?\s*[\w-]{1,6}\b/i;
const UNIT_ALONE = /\b(?:[Aa]pt|APT|[Aa]partment|APARTMENT|[Ss]uite|SUITE|Ste|Unit)\.?\s*#?\s*\d{1,5}[A-Za-z]?\b/g;
/** "off Rt 52", "on Route 9 in Natick": a numbered road pins down where someone lives. */
const ROUTE = /(?<=\b(?:on|off|at|near|along|of)\s)(?:Rt|Rte|Route|Hwy|Highway|State\s+Route|County\s+Road|CR|SR)\.?\s?#?\d{1,4}[A-Z]?\b/gi;
const PO_BOX = /\b(?:P\.?\s?O\.?\s*Box|Post\s+Office\s+Box|PSC)\s+\d{1,6}(?:,?\s*Box\s+\d{1,6})?/gi;
const ZIP_AFTER_STATE = new RegExp(String.raw`(?:\b(?:${STATE_CODE_ALT})|\b(?:${STATE_NAME_ALT}))\.?,?\s+(\d{5}(?:-\d{4})?)(?![\d-])`, 'g');
const ZIP_CUE = /\b(?:zip|zipcode|postal\s+code|post\s*code)(?:\s+code)?\s*[:#]?\s*(\d{5}(?:-\d{4})?)(?![\d-])/gi;
const ZIP4 = /(?<![\d-])\d{5}-\d{4}(?![\d-])/g;
const NOT_STREET_WORD = /^(?:ffp|prbcs?|plts?|head|chest|abd|cxr|ekg|ct|mri|kub|liters?|cc|puffs?|amps?|vials?|bags?|mg|mcg|ml|tabs?|times|days?|hours?|hrs?|weeks?|months?|years?|units?|x|of|and|or|the|to|at|in|on|with|for|per|by|from|via|ago|was|is|seen|pt|called|paged|notified|aware|q|po|iv|prn|am|pm|min|mins|doses?|beats|bpm)$/i;

/**
 * Where an address block after a cue ends: at a sentence end, a blank line, the next field's
 * label, after its ZIP code, or a period before a word unless the period closes an address abbreviation
 * ("St. Louis") rather than the address ("KY 40215. Discharging from …").
 */
function blockEnd(window: string): number {
  let end = window.length;
  const stop = BLOCK_STOP.exec(window);
  if (stop) end = stop.index;
  const paren = window.indexOf(' (');
  if (paren >= 0 && paren < end) end = paren; // "Quincy (DMH-funded group residence)"
  const field = NEXT_FIELD.exec(window);
  if (field && field.index < end) end = field.index;
  // It ends after its ZIP code ("Tupelo MS 38801, no car").
  const zip = /\b\p{L}{2,}\.?,?\s+\d{5}(?:-\d{4})?(?![\d-])/u.exec(window);
  if (zip && zip.index + zip[0].length < end) end = zip.index + zip[0].length;
  for (const m of window.slice(0, end).matchAll(/\.(?=\s+\p{L})/gu)) {
    const word = /[\p{L}\p{N}.]*$/u.exec(window.slice(0, m.index))![0];
    if (!ADDRESS_ABBREV.test(word)) return m.index;
  }
  return end;
}

/**
 * Finds street addresses and ZIP codes.
 * @example addressDetector.detect('lives at 12 Oak Hill Rd, Apt 3, Boston, MA 02114', ctx)
 */
export const addressDetector: Detector = {
  id: 'rules.address',
  entities: ['ADDRESS', 'ZIP'],
  detect(text) {
    const spans: Span[] = [];
    const upper = isUpperText(text);
    // A note written in lower case ("goal d/c home to 14 elm st, medway") has lower-case streets.
    const lower = !/\p{Lu}/u.test(text.slice(0, 2000));
    regexAll(STREET, text, (m) => {
      const words = m[1]!.trim().split(/\s+/);
      if (words.some((w) => NOT_STREET_WORD.test(w) || /..\.$/.test(w))) return;
      if (!upper && !lower && !words.every((w) => /^[A-Z0-9]/.test(w))) return;
      let end = m.index + m[0].length;
      const unit = UNIT.exec(text.slice(end, end + 24));
      if (unit) end += unit[0].length;
      spans.push({ start: m.index, end, entity: 'ADDRESS', score: 0.9, detector: 'rules.address' });
    });
    for (const re of [EURO_PREFIX, EURO_SUFFIX]) regexAll(re, text, (m) => spans.push({ start: m.index, end: m.index + m[0].length, entity: 'ADDRESS', score: 0.8, detector: 'rules.address' }));
    regexAll(BLOCK_CUE, text, (m) => {
      const start = m.index + m[0].length;
      const window = text.slice(start, start + 160);
      let body = window.slice(0, blockEnd(window));
      body = body.split('\n').slice(0, 6).join('\n').replace(/[\s,.>]+$/, '');
      if (body.length >= 4 && /\d/.test(body)) spans.push({ start, end: start + body.length, entity: 'ADDRESS', score: 0.8, detector: 'rules.address' });
    });
    regexAll(NAMED_STREET, text, (m) => {
      if (/^(?:St|Saint|Mt|Mount|Dr)\s/.test(m[0])) return;
      spans.push({ start: m.index, end: m.index + m[0].length, entity: 'ADDRESS', score: 0.75, detector: 'rules.address' });
    });
    // A street name made of shorthand or units ("ON EKG ST", "on heparin gtt rd") is no street.
    const street = (score: number) => (m: RegExpExecArray) => {
      if (m[0].split(/\s+/).slice(0, -1).some((w) => NOT_STREET_WORD.test(w))) return;
      spans.push({ start: m.index, end: m.index + m[0].length, entity: 'ADDRESS', score, detector: 'rules.address' });
    };
    regexAll(NAMED_STREET_LOWER, text, street(0.7));
    if (upper) regexAll(NAMED_STREET_UPPER, text, street(0.75));
    regexAll(UNIT_ALONE, text, (m) => spans.push({ start: m.index, end: m.index + m[0].length, entity: 'ADDRESS', score: 0.8, detector: 'rules.address' }));
    regexAll(ROUTE, text, (m) => spans.push({ start: m.index, end: m.index + m[0].length, entity: 'ADDRESS', score: 0.8, detector: 'rules.address' }));
    regexAll(PO_BOX, text, (m) => spans.push({ start: m.index, end: m.index + m[0].length, entity: 'ADDRESS', score: 0.9, detector: 'rules.address' }));
    for (const re of [ZIP_AFTER_STATE, ZIP_CUE]) {
      regexAll(re, text, (m) => {
        const start = m.index + m[0].length - m[1]!.length;
        spans.push({ start, end: start + m[1]!.length, entity: 'ZIP', score: 0.9, detector: 'rules.address' });
      });
    }
    regexAll(ZIP4, text, (m) => spans.push({ start: m.index, end: m.index + m[0].length, entity: 'ZIP', score: 0.85, detector: 'rules.address' }));
    return spans;
  },
};

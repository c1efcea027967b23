/**
 * The word sets and patterns the place detector (places.ts) reads: facility and organisation
 * tails, generic words, movement cues, chain stores and hospitals named by one word.
 * Invariant: a word here changes what places.ts masks; each set says which way.
 */
import { POST_TITLES } from './name-cues';

export const TAIL_GENERIC = new Set(['hospital', 'hosp', 'clinic', 'clinics', 'center', 'centre', 'ctr', 'rehab', 'rehabilitation', 'home', 'health', 'healthcare', 'medical', 'snf', 'ltac', 'ltach', 'med', 'facility', 'residence']);
export const TAILS = new Set(['general', 'hospital', 'hosp', 'clinic', 'clinics', 'center', 'centre', 'ctr', 'rehab', 'rehabilitation', 'infirmary', 'hospice', 'institute', 'manor', 'pavilion', 'memorial', 'healthcare', 'health', 'regional', 'mc', 'inn', 'shelter', 'court', 'snf', 'ltac', 'ltach', 'home', 'village', 'villa', 'gardens', 'lodge', 'residence', 'medical', 'living', 'alliance', 'network', 'medicine', 'practice', 'associates', 'pediatrics', 'physicians', 'partners', 'childrens', 'nursing', 'care', 'authority', 'systems', 'house', 'campus', 'dialysis', 'pharmacy', 'laboratories', 'laboratory', 'lab', 'labs', 'services', 'agency', 'heights', 'school', 'academy', 'university', 'college']);
/**
 * Organisation words that end a name only when capitalised like one ("Buckeye Medical Supply",
 * "Hope Lutheran Church", "Leon County Sheriff's Office", "SPRINGFIELD PD"): in lower case they
 * are ordinary words ("called the office").
 */
export const ORG_TAILS = new Set(['assoc', 'assn', 'group', 'transport', 'medflight', 'lifeflight', 'ambulance', 'sons', 'system', 'association', 'society', 'solutions', 'fund', 'management', 'apothecary', 'llc', 'inc', 'corp', 'ltd', 'company', 'distributors', 'clubhouse', 'nurses', 'diagnostics', 'imaging', 'daycare', 'preschool', 'montessori', 'dentistry', 'collective', 'supply', 'supplies', 'equipment', 'transit', 'transportation', 'church', 'chapel', 'mosque', 'synagogue', 'apartments', 'apts', 'elementary', 'counseling', 'consultants', 'specialists', 'dental', 'corporation', 'foundation', 'ministries', 'orthodontics', 'chiropractic', 'hematology', 'oncology']);
/** Public-body words: a name ending in one is PHI only with a town or county in it ("Springfield PD", not "Social Work Office"). */
export const CIVIC_TAILS = new Set(['board', 'dept', 'department', 'office', 'probation', 'pd', 'police', 'sheriff', "sheriff's"]);
/** A clinician's credential and a comma right before a name ("..., PA-C, Desert Sky Dermatology"). */
export const CREDENTIAL_BEFORE = new RegExp(`\\b(?:${[...POST_TITLES, 'pa-c'].join('|')}),[ \\t]*$`, 'i');
/** Specialties that end a practice name ("at Heartland Cardiology") after a place preposition and a proper word. */
export const SPECIALTY_TAILS = new Set(['endocrine', 'allergy', 'pulmonary', 'cardiology', 'oncology', 'neurology', 'dermatology', 'gastroenterology', 'urology', 'nephrology', 'pulmonology', 'rheumatology', 'endocrinology', 'orthopedics', 'orthopaedics', 'radiology', 'ophthalmology', 'psychiatry', 'obstetrics', 'gynecology', 'hematology']);
/** Street-type words that end a street address. */
export const STREET_SUFFIX = /^(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl|terrace|ter|parkway|pkwy|circle|cir|highway|hwy)$/i;
/** Compass words that may follow a facility name as part of it ("UW Medicine Northwest"). */
export const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'northwest', 'northeast', 'southwest', 'southeast', 'central', 'downtown']);
export const GENERIC = new Set(['district', 'funeral', 'community', 'main', 'halfway', 'peritoneal', 'sober', 'safe', 'open', 'dialysis', 'infusion', 'transplant', 'stroke', 'trauma', 'burn', 'diabetes', 'breast', 'cath', 'echo', 'wound', 'palliative', 'intensive', 'comfort', 'critical', 'respite', 'day', 'personal', 'supportive', 'hospice', 'acute', 'chronic', 'long', 'term', 'transitional', 'memory', 'independent', 'clinical', 'probate', 'municipal', 'internal', 'medicine', 'practice', 'associates', 'pediatrics', 'physicians', 'partners', 'cardiology', 'oncology', 'neurology', 'neurosurgery', 'dermatology', 'gastroenterology', 'urology', 'nephrology', 'pulmonary', 'pulmonology', 'rheumatology', 'endocrinology', 'psychiatry', 'psychiatric', 'radiology', 'imaging', 'ophthalmology', 'eye', 'dental', 'podiatry', 'obstetrics', 'gynecology', 'ent', 'hematology', 'orthopaedic', 'orthopaedics', 'vascular', 'spine', 'sleep', 'pain', 'kidney', 'womens', "women's", 'surgical', 'surgery', 'orthopedic', 'orthopedics', 'med', 'medical', 'health', 'care', 'nursing', 'rehab', 'rehabilitation', 'outside', 'local', 'other', 'same', 'our', 'this', 'that', 'the', 'osh', 'assisted', 'living', 'skilled', 'urgent', 'emergency', 'primary', 'rest', 'group', 'family', 'mental', 'behavioral', 'home', 'her', 'his', 'their', 'your', 'a', 'an', 'sports', 'fire', 'police', 'sheriff', "sheriff's", 'county', 'parish', 'public', 'youth', 'adult', 'juvenile', 'school', 'management', 'treatment', 'addiction', 'methadone', 'detox', 'walk', 'pathology', 'dermatopathology', 'cytology', 'diagnostics', 'dentistry', 'kids', 'doula', 'visiting', 'gi', 'ob', 'gyn', 'renal', 'cardiovascular', 'pediatric', 'peds', 'geriatric', 'neonatal', 'outpatient', 'inpatient', 'durable', 'social', 'human', 'services', 'office', 'department', 'dept', 'board', 'church', 'elementary', 'middle', 'high', 'senior']);
export const MOVE_CUES = new Set(['transfer', 'transferred', 'xfer', 'xferred', 'tx', 'admitted', 'discharged', 'dc', 'sent', 'came', 'arrived', 'returned', 'moved', 'lives', 'living', 'resides', 'born', 'visiting', 'vacation', 'trip', 'traveled', 'travelled', 'flew', 'drove', 'went', 'hometown', 'relocated', 'originally', 'grew', 'flying', 'driving', 'home']);
export const PREPS = new Set(['to', 'from', 'in', 'at', 'of', 'near', 'back', 'into', 'outside']);
/** Words that some town is named, but that mean the word or a language ("CAME FROM HOME", "in English"). */
export const COMMON_PLACES_NOT_TOWNS = new Set([
  'home', 'house', 'bed', 'floor', 'unit', 'chair', 'apartment', 'shelter', 'car', 'street', 'city',
  'town', 'country', 'state', 'area', 'building', 'basement', 'attic', 'community', 'group',
  'facility', 'care', 'pain', 'fear', 'distress', 'poverty', 'isolation', 'van', 'trailer', 'motel',
  'hotel', 'camp', 'park', 'woods', 'south', 'north', 'east', 'west', 'florida', 'work', 'church',
  'jail', 'prison', 'surgery', 'dialysis', 'clinic', 'place', 'time', 'range', 'order', 'progress',
  'bath', 'transit', 'english', 'spanish', 'french', 'german', 'italian', 'portuguese', 'chinese',
  'arabic', 'russian', 'polish', 'creole', 'vietnamese', 'person', 'general', 'private'
]);
/** A chain store with its store number ("RITE AID #1142", "Walgreens #07719"): the number names one shop. */
export const CHAIN_STORE = /\b(?:CVS|Walgreens|Rite\s+Aid|Wal-?Mart|Costco|Kroger|Safeway|Publix|H-E-B|HEB|Meijer|Wegmans|Target|Duane\s+Reade|Albertsons|Hy-Vee|Giant\s+Eagle|Stop\s*&\s*Shop|Sam['’]s\s+Club)(?:\s*\/?\s*(?:Pharmacy|Drug|Drugs|Store)\s*(?:#|No\.?)?|\s*(?:#|No\.?|Store\s*#?))\s?\d{2,6}(?:-\d{2,6})?\b/gi;
/** "Our Lady of Lourdes", "OUR LADY OF THE LAKE", "Our Lady of Czestochowa Parish": Catholic hospitals and parishes. */
export const OUR_LADY = /\bOur\s+Lady\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]+(?:\s+(?!Hospital|Medical|Parish|Church|ED|ER\b)\p{Lu}[\p{L}'’-]+)?(?:\s+(?:Hospital|Medical\s+Center|Regional\s+Medical\s+Center|Parish|Church))?/giu;
/** Hospitals named by a word alone ("CAME FROM MERCY", "at Holy Name", "from Baptist East"): only right after from/at/to, never before a church word. */
export const BARE_HOSPITAL = /(?<=\b(?:from|at|to|@)[ \t]+(?:the[ \t]+)?)(?:Mercy|Holy[ \t]+Name|Good[ \t]+Sam(?:aritan)?|Baptist|Methodist|Presbyterian|Presby|Lutheran|Adventist)(?:[ \t]+(?:East|West|North|South|Central|Regional|General))?\b(?![ \t]+(?:church|chapel|services?|congregation|faith|minister|pastor|tradition)\b)/giu;
/** Care-place words that end a lower-case place name after a place preposition ("@ desert sun pharmacy"). */
export const LOWER_TAILS = new Set(['hospice', 'pharmacy', 'rehab', 'nursing', 'hospital', 'hosp', 'clinic', 'ctr', 'center', 'manor', 'dialysis']);
export const LOWER_PLACE_CUE = /(?:\b(?:at|from|to|with|via|through|call|called)|@)[ \t]+$/;
export const SAINTS = new Set(['st', 'saint', 'mt', 'mount', 'ste']);
export const PLACE_PREPOSITION = /^(?:at|from|to|in|into|near)$/i;
export const ABBREVIATED_DIRECTIONS = new Map([['n', 'north'], ['no', 'north'], ['s', 'south'], ['so', 'south'], ['e', 'east'], ['w', 'west']]);
/** State codes that are also words or clinical shorthand; they count only after a comma or before a ZIP. */
export const AMBIGUOUS_CODES = new Set(['IN', 'OR', 'ME', 'OK', 'HI', 'OH', 'PA', 'MA', 'MD', 'DE', 'CO', 'LA', 'AL', 'ID', 'MS', 'MT', 'AR', 'SC', 'ND', 'GA', 'VA', 'MO', 'NE', 'WA', 'PR', 'VI', 'DC', 'MI', 'IA', 'KS', 'NM']);

/**
 * Context cues for person names: titles before and credentials after a name, relatives and care
 * roles, and verbs that introduce a person ("seen by", "spoke with"). Lower case, no dots.
 * Kept in one place so the name detector and its tests agree on them.
 */

export const PRE_TITLES = new Set(['dr', 'doctor', 'mr', 'mrs', 'ms', 'miss', 'mx', 'prof', 'professor', 'mister', 'drs', 'ofc', 'officer', 'sgt', 'sergeant', 'deputy', 'detective', 'rev', 'reverend', 'deacon', 'rabbi', 'imam', 'pandit', 'pastor']);
/** Whether a lower-case word is a title, a credential or a role ("dr", "rn", "son"): never a name by itself. */
export function isTitleOrRole(lower: string): boolean {
  return PRE_TITLES.has(lower) || POST_TITLES.has(lower) || ROLES.has(lower);
}
/** Whether a span's text starts with a title ("Dr. Okafor", "Mrs Lee"): it names a person. */
export function startsWithTitle(text: string): boolean {
  return PRE_TITLES.has(text.split(/[\s.]/)[0]!.toLowerCase());
}
export const POST_TITLES = new Set(['md', 'rn', 'np', 'pa', 'do', 'phd', 'lpn', 'cna', 'crna', 'pharmd', 'dds', 'dmd', 'aprn', 'fnp', 'dnp', 'lcsw', 'licsw', 'lsw', 'lmft', 'lmhc', 'lpc', 'cma', 'cnm', 'psyd', 'msw', 'rrt', 'facs', 'facp', 'mph', 'bsn', 'msn', 'ccrn', 'cen', 'cnl', 'bsw', 'lmsw', 'mha', 'mhs', 'lnha']);
export const ROLES = new Set([
  'wife', 'husband', 'son', 'daughter', 'mother', 'father', 'mom', 'dad', 'brother', 'sister', 'sibling',
  'spouse', 'partner', 'friend', 'fiance', 'fiancee', 'boyfriend', 'girlfriend', 'niece', 'nephew', 'aunt',
  'uncle', 'cousin', 'grandson', 'granddaughter', 'grandmother', 'grandfather', 'grandma', 'grandpa',
  'neighbor', 'neighbour', 'caregiver', 'guardian', 'hcp', 'poa', 'proxy', 'pcp', 'attending', 'resident',
  'intern', 'fellow', 'surgeon', 'cardiologist', 'oncologist', 'nephrologist', 'neurologist', 'psychiatrist',
  'therapist', 'pharmacist', 'physician', 'provider', 'dietitian', 'chaplain', 'sw', 'cm', 'mgr', 'manager', 'nurse', 'rn', 'np',
  'stepdaughter', 'stepson', 'law', 'inlaws', 'nok', 'contact', 'emergency', 'stepmother', 'stepfather', 'inlaw', 'roommate', 'landlord', 'employer', 'boss',
  'dtr', 'dau', 'bro', 'dil', 'sil', 'abuela', 'abuelo', 'auntie', 'aunty', 'stepdad', 'stepmom', 'godmother', 'godfather', 'director', 'coordinator', 'supervisor', 'teacher', 'coach', 'interpreter', 'translator', 'monk', 'rt', 'cna', 'lpn', 'pct', 'rrt', 'sons', 'daughters', 'brothers', 'sisters', 'grandsons', 'granddaughters',
  'patient', 'pt', 'mrs', 'named', 'name', 'aka', 'signed', 'cosigned', 'electronically', 'dictated', 'transcribed',
]);
/** Family and friends (a subset of ROLES): after one, a word a contact verb follows is a nickname. */
export const RELATIVES = new Set([
  'wife', 'husband', 'son', 'daughter', 'mother', 'father', 'mom', 'dad', 'brother', 'sister', 'spouse', 'partner',
  'friend', 'fiance', 'fiancee', 'boyfriend', 'girlfriend', 'niece', 'nephew', 'aunt', 'uncle', 'cousin', 'grandson',
  'granddaughter', 'grandmother', 'grandfather', 'grandma', 'grandpa', 'neighbor', 'neighbour', 'stepdaughter',
  'stepson', 'stepmother', 'stepfather', 'dtr', 'dau', 'bro', 'dil', 'sil', 'roommate', 'abuela', 'abuelo', 'auntie', 'aunty', 'law', 'stepdad', 'stepmom', 'godmother', 'godfather',
]);
export const VERB_CUES = new Set([
  'by', 'with', 'called', 'paged', 'per', 'informed', 'notified', 'contacted', 'updated', 'cc', 'dw',
  'consulted', 'spoke', 'met', 'visited', 'accompanied', 'asked', 'told', 'texted', 'emailed', 'thanks', 'thank', 'dear', 'attn', 'from', 'to',
]);
/** Cues that only count when followed by a word in the name lexicons, not for unknown words. */
export const WEAK_VERB_CUES = new Set(['with', 'from', 'to', 'per', 'by', 'updated', 'thanks', 'thank']);

/** Words that never start or continue a name, whatever the lexicons say. */
export const FUNCTION_WORDS = new Set((
  'a an and are as at be been but by can could did do does for from had has have he her here him his how i if in ' +
  'into is it its may me might must my no nor not now of off on once only or our out over she should so some than ' +
  'that the their them then there these they this those to too up upon us was we were what when where which while ' +
  'who whom why will with would you your yes am pm today tonight tomorrow yesterday also again all any each per via re'
).split(' '));

/** Suffixes that mark a word as medical vocabulary even when no lexicon lists it. */
export const MEDICAL_SUFFIX = /(?:itis|osis|emia|aemia|ectomy|otomy|ostomy|plasty|scopy|graphy|gram|pathy|algia|cardia|pnea|pnoea|uria|megaly|oma|omas|mab|nib|pril|sartan|olol|statin|azole|cillin|mycin|floxacin|cycline|prazole|tidine|dipine|azepam|azolam|barbital|caine|sone|olone|profen|oxacin|vir|parin|plasia|trophy|lysis|rrhea|rrhage|penia|philia|cytosis|genic|ectasia|stasis|tomy|scope|ology|ologist|iatry|iatrist|ectomies|otomies)$/i;

/** Words after an eponym that show it is used as a term ("Chaddock reflex", "Framingham Risk Score"). */
export const EPONYM_USE = /^(?:['’]s?)?(?:\s*-\s*[\p{L}]+)?\s+(?:risk\s+|\p{Lu}{1,6}\s+)?(?:definition|technique|needle|disease|syndrome|sign|signs|test|score|scale|criteria|fracture|catheter|tube|procedure|maneuvers?|manoeuvre|reflex|palsy|lymphoma|sarcoma|tumou?r|ulcer|classification|disorder|phenomenon|triad|type|grade|stage|class|rule|equation|formula|index|position|operation|repair|incision|node|nodes|cell|cells|body|bodies|virus|infection|study|trial|protocol|questionnaire|pouch|anastomosis|resuscitation|shunts?|drains?|valve|ring|lines?|solution|block|grading|stain|sensor|inhaler|dressing|stockings?|filter|collar|mask|pump|splint|levels?|lift|wipes|bed|boots|mattress|stools?|urine|emesis|drainage|sputum|secretions|output|serology|titers?|vaccines?|antibod(?:y|ies)|defect|hernia|nomogram|device|patch|act|cysts?|scissors|clamps?|retractors?|forceps|stitch|sutures?|sheath|fascia|ligament|triangle|angle|approach)\b/iu;

/** A dose, or a route or schedule that only drugs take (not "IV", which is also a name suffix, unless a schedule follows it). */
export const DRUG_AFTER = /^[ \t]+(?:\d+(?:\.\d+)?[ \t]?(?:mg|mcg|ug|g|gm|ml|units?|u|ng|meq|mmol|mg\/kg|mcg\/kg|puffs?|tabs?|caps?)(?![\p{L}])|(?:po|sq|subq|sc|sl|pr|bid|tid|qid|qd|qhs|q\d{1,2}h|prn|gtt|drip|nebs?|inh|inhaled|infusion)\b|iv[ \t]+(?:push|bolus|q\d|daily|bid|tid|prn|drip|gtt|infusion|once)\b)/iu;

/** A visit or call right after a relative's word and the next word: that word is what the family calls them. */
export const NICKNAME_AFTER = /^\s*,?\s*(?:\)|(?:called|calls|visited|visits|phoned|texted|arrived|flying|flew|drove|driving|wants|brought|brings|is\s+(?:hcp|poa)|at\s+(?:the\s+)?bedside|in\s+to\s+visit|is|was|has|says|said|states|stated|reports|reported|agrees|agreed|confirmed|declined|who|on\s+\d|\(|(?:and|&)\s+(?:his\s+|her\s+)?(?:wife|husband|son|daughter|dtr|mother|father|mom|dad|brother|sister|grand\w+|\w+-in-law|dil|sil|fiancee?|girlfriend|boyfriend|partner))\b)/i;
/**
 * Words that say how a relative is, or what they did, rather than what they are called.
 * (Function words never get this far: the rule runs after the function-word check.)
 */
export const NOT_NICKNAMES = new Set(['present', 'aware', 'anxious', 'upset', 'tearful', 'supportive', 'concerned', 'involved', 'remains', 'states', 'reports', 'wants', 'asks', 'requests', 'agrees', 'plans', 'left', 'came', 'went', 'just', 'still', 'never', 'last', 'first', 'both', 'later', 'earlier', 'already', 'twice', 'briefly', 'reportedly', 'apparently', 'finally', 'initially', 'previously', 'recently', 'emergently', 'visiting', 'visited', 'called', 'cannot']);

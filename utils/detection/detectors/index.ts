/**
 * The rule detectors: pure regex/context rules that need no lexicon asset. The gateway also runs
 * them as a server-side PHI tripwire on already-sanitized text, so placeholders such as
 * [NAME_1] or [DATE_3] must never match any of them (tested in index.test.ts).
 */
import type { Detector } from '../types';
import { addressDetector } from './address';
import { ageDetector } from './ages';
import { dateDetector } from './dates';
import { idDetector } from './ids';
import { phoneDetector } from './phones';
import { webDetector } from './web';

/** Every rule detector, in the order the pipeline runs them. */
export const RULE_DETECTORS: Detector[] = [dateDetector, ageDetector, phoneDetector, webDetector, idDetector, addressDetector];

export { addressDetector, ageDetector, dateDetector, idDetector, phoneDetector, webDetector };

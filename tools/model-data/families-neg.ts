/**
 * PHI-free template families: the clinical text around PHI (exam, assessment, vitals, labs,
 * plans, orders, shorthand). Real notes are mostly this, and the model must learn that
 * capitalised shorthand, eponyms, doses, scores and name-like words are not PHI.
 */
import type { Family } from './template';

const SHARED = [
  'Gen: {abbr}, NAD. HEENT: PERRL, EOMI. Neck: supple. CV: RRR, {ratio}. Lungs: {abbrs}. Abd: soft, NT/ND.',
  '{vitals}, {vitals}, {vitals}, {vitals}.',
  '{lab}, {lab}, {lab}, {lab}, {lab}.',
  'A/P: {ageOk} with {dx}, {dx}, and {eponym}.',
  '- continue {dose}\n- {dose}\n- f/u {lab} in AM',
  'Plan: {proc}; {specialty} consult; {negPhrase}.',
  '{negPhrase}. {negPhrase}.',
  '{sx} improved after {dose}. {score}.',
  'Hx {dx} dx {year}, s/p {proc} {year}. {dur}.',
  'ROS: negative for {sx}, {sx}, {sx}.',
  '{abbrs}. {abbrs}. {abbrs}.',
  'Neuro: {score}, {score}. No focal deficits.',
  'Seen by {specialty} and {specialty}; recs appreciated.',
  'Dr. on call aware. {specialty} to see in AM.',
  'Discussed with Dr. {specialtyCap} fellow; no changes.',
  '{eponym}; {eponym}; {dx}.',
  '{room}, {unit}. {abbrs}.',
  'Pain {ratio}, {dose} given at {time}.',
  'Weaned to {vitals}. Goal {vitals}.',
  'Strict I/O, daily weights, {abbrs}, fall precautions, aspiration precautions.',
];

export const NEG_FAMILIES: Family[] = [
  { id: 'neg.a', genre: 'clinical', casing: 'asis', templates: [...SHARED.slice(0, 14),
    'Tolerating {drug}; will uptitrate. {dur}.', 'Cultures NGTD x{int}. Afebrile {dur}.',
    'EKG: NSR, rate {int}0, no ST changes. Echo: {score}.', 'Diet: {abbr}. Activity: as tolerated. Code: {abbr}.',
    'Mobility: {score}, PT/OT eval, {negPhrase}.', 'Vent: {vitals}, SBT today, RSBI {int}0.',
    'Insulin sliding scale; FS {int}0-{int}0. A1c pending.', 'Given {dose} and {dose} in ED; {sx} resolved.',
    '{sx} x {int} days, worse with exertion, better with rest.', 'No {sx}, no {sx}, no {sx}.',
    'Labs notable for {lab} and {lab}; {ratio}.', 'Wound: clean, dry, intact; {score}.',
    'ICU day {int}, {dx} improving, {negPhrase}.', 'Home meds reconciled; {drug} held, {drug} resumed.',
  ] },
  { id: 'neg.b', genre: 'clinical', casing: 'upper', templates: [...SHARED.slice(14),
    '{abbrs} {vitals} {abbrs}', 'PT TOLERATING {drug}, {score}, {negPhrase}.',
    'NO ACUTE EVENTS O/N. {vitals}. {lab}.', 'CONT {dose}. {abbrs}. RECHECK {lab}.',
  ] },
];

/**
 * Template families outside the note body: clinician questions to an LLM, referral letters,
 * social history, headers and sign-offs, phone messages and administrative blocks.
 */
import type { Family } from './template';

export const OTHER_FAMILIES: Family[] = [
  { id: 'query.a', genre: 'query', casing: 'asis', templates: [
    "What's the next step for {ptShort}, {ageOk}, MRN {mrn}, seen at {facility} on {date}?",
    'How should I manage {dx} in {ptShort} ({ageOk}) who was started on {dose} by {doctor}?',
    'Summarize the recent notes for {patient}, DOB {date}, admitted to {facility} {date}.',
    'Can you draft a letter to {doctor} at {facility} about {ptFirst} {ptLast}, MRN: {mrn}?',
    'Is {drug} safe with {drug} for a {ageOk} with {eponym}? Pt is {ptShort}.',
    'Rec mgmt of {ageOk} w/ {dx}, seen by {doctor} at {facility} on {date}. Looking for alt tx options.',
    'My patient {patient} ({ageOld}) has {dx}; {relative} asks about hospice.',
    'What are the guidelines for {dx} in a {ageOk}? No PHI here, just general.',
    'Explain {eponym} for a patient handout.',
    'Patient {ptShort}, phone {phone}, email {email}, needs a follow-up reminder on {date}.',
  ] },
  { id: 'query.b', genre: 'query', casing: 'asis', templates: [
    'Please review: {ptFirst} {ptLast}, SSN {ssn}, insurance ID {idNum}, discharged from {facility} {date}.',
    'Given labs {lab} and {lab}, what would you do for {ptShort} at {facility}?',
    'For {patient} (acct {idNum}) seen {date}, write a prior auth for {drug}.',
    'Any interactions between {drug} and {drug}? Asking for a {ageOk} in {unit}.',
    'I saw {ptShort} at {facility} yesterday ({date}); {sx} and {sx}. Differential?',
    'Draft a reply to {email} for {patient}, {ageOld}, living at {street}, {city} {zip}.',
    'Patient portal {url} shows login from {ip}; pt {ptShort} asks about {drug}.',
  ] },
  { id: 'query.c', genre: 'query', casing: 'lower', templates: [
    'what dose of {drug} for {ptShort} {ageOk} w/ {dx}, cr {int}?',
    'pt {ptFirst} from {city} with {eponym}, seen at {facility} {shortDate}, next steps?',
    'can u summarize {ptLast} note from dr {drBare} on {date}',
  ] },
  { id: 'referral.a', genre: 'referral', casing: 'asis', templates: [
    'Dear Dr. {drBare},\n\nThank you for seeing {patient} (DOB {date}) for evaluation of {dx}.',
    'I referred {ptFirst} to your clinic at {facility} after {proc} on {date}.',
    'Please contact me at {phone} or {email} with any questions.',
    'Sincerely,\n{doctor}\n{facility}\n{address}\nTel {phone} | Fax {phone}',
    'Re: {ptLF}, MRN {mrn}, insurance {company} member ID {idNum}.',
  ] },
  { id: 'referral.b', genre: 'referral', casing: 'asis', templates: [
    'To whom it may concern: {patient} has been under my care since {date} for {dx}.',
    'Kind regards, {doctor}, {specialty}, {facility}.',
    'Referral to {specialty} ({doctor}) for {dx}; urgent. Fax records to {phone}.',
  ] },
  { id: 'social.a', genre: 'social', casing: 'asis', templates: [
    "Social: pt's daughter {ptFirstRel} lives nearby in {city}; son {anyFirst} in {state}.",
    'Lives with {relativeRole} {ptFirstRel} in a house in {city}. Retired from {company}.',
    'Emergency contact: {relative}, {phone}.',
    'Married to {anyName} for {int} years. Grew up in {country}.',
    'Works at {company} as a nurse. ETOH socially. No IVDU.',
  ] },
  { id: 'social.b', genre: 'social', casing: 'lower', templates: [
    'pt lives w/ {relativeRole} {ptFirstRel} at {street}, {city}.',
    'sister {anyFirst} visiting from {country}. {negPhrase}.',
    "nickname {nick}, prefers to be called {nick}.",
  ] },
  { id: 'header.a', genre: 'header', casing: 'asis', templates: [
    'Patient: {ptLF}    MRN: {mrn}    DOB: {date}    Age: {ageOk}',
    'Name: {patient}  Acct#: {idNum}  Adm: {date}  Room: {room}',
    'PATIENT NAME: {ptLF}\nMEDICAL RECORD #: {mrn}\nDATE OF SERVICE: {date}',
    'Pt: {patient} | {ageOld} | MRN {mrn} | {facility} | {unit}',
    '{facility} - {unit} - {room}',
    'Encounter {idNum} - {date} - {doctor}',
    'SSN: {ssn}  Phone: {phone}  Address: {address}',
    'Portal: {url} (IP {ip})',
    'Address: {street}, {city}, {state} {zip}',
    'Home: {street}\n{city}, {state} {zip}\nCell {phone}',
  ] },
  { id: 'signoff.a', genre: 'signoff', casing: 'asis', templates: [
    '{doctor}\nPGY-2, Internal Medicine\nPager {pager}',
    'Electronically signed: {doctor} {date} {time}',
    '-- {nurse}, RN {time}',
    'Note written by {doctor}; attending {doctor}.',
    'Co-signed {date} by {doctor}.',
  ] },
  { id: 'message.a', genre: 'message', casing: 'asis', templates: [
    'Phone message: {relative} called at {time} asking about {drug} refill. Callback {phone}.',
    'Pt emailed from {email} re: {sx}. Advised to call {phone}.',
    'Voicemail left for {patient} at {phone} on {date}.',
    'Spoke with pharmacist {anyFirst} at {company} pharmacy ({phone}).',
    'Appt scheduled with {doctor} on {weekday}, {date} at {time}.',
  ] },
  { id: 'message.b', genre: 'message', casing: 'upper', templates: [
    'RETURNED CALL TO {relative}, NO ANSWER, LM @ {phone}.',
    'PT CALLED FROM {city} - RAN OUT OF {drug}. PHARMACY {company}.',
    'EMAIL FROM {email} FWD TO DR {drBare}; SEE {url}.',
    'PT ({ageOld}) DAUGHTER {ptFirstRel} CALLED, LIVES IN {city} {zip}.',
  ] },
];

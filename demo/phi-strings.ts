/**
 * Every PHI string that appears in the demo notes and banner. Leak tests scan network traffic,
 * logs and the profile on disk for these; none may ever appear outside the page and PHI-holding
 * extension memory. Keep in sync with demo/notes.ts (tests/unit/demo-phi-strings.test.ts checks presence).
 */
export const DEMO_PHI_STRINGS: readonly string[] = [
  // patient
  'Margaret', 'Holloway', 'HOLLOWAY', 'MARGARET', '00482913', '03/14/1951', '7719-22031',
  // relatives
  'Walter', 'WALTER', 'JUNE HOLLOWAY', 'June',
  // clinicians
  'OKAFOR', 'Okafor', 'Chinedu', 'PRZYBYLSKI', 'Przybylski', 'Helen Vasquez', 'Vasquez',
  // organisations and places
  'St. Brendan Regional', 'Cedar Park Family Practice', '4410 SW Alder Rd', 'Beaverton', '97005',
  '1187 NE Larkspur Ln', '97211',
  // contact details
  '(503) 555-0147', '503-555-0192', 'w.holloway@example.net',
  // dates
  '11/18/2026', '11/15/2026', '11/20/2026', '12/02/2026', '11/28/2026',
];

/**
 * Synthetic clinical notes for the demo EHR. Every patient, clinician, place, number and date is
 * made up (phone numbers use the fictional 555-01xx range, emails example.net). Each note is a
 * list of paragraphs so the page renders one <p> per paragraph (triple-click selects one).
 */

export interface DemoPatient {
  name: string;
  bannerName: string;
  mrn: string;
  dob: string;
  sex: string;
}

export const PATIENT: DemoPatient = {
  name: 'Margaret A. Holloway',
  bannerName: 'HOLLOWAY, MARGARET A',
  mrn: '00482913',
  dob: '03/14/1951',
  sex: 'F',
};

/** ICU nursing note: upper case, telegraphic, abbreviations between the PHI. */
export const ICU_NURSING_NOTE: readonly string[] = [
  'NPN 0700-1900 MICU 4B',
  'NEURO: PT A&OX3, MAE, PERRLA. DENIES PAIN. SLEPT 4-5 HRS OVERNOC.',
  'CV: NSR 80S-90S, NO ECTOPY. SBP 118-134. K 3.6 REPLETED W/ 20 MEQ KCL PO. TRACE BLE EDEMA.',
  'RESP: LS CLEAR UPPER, DIMINISHED @ BASES. 2L NC, SATS 95-97%. IS TO 1000CC. NO SOB AT REST.',
  'GI/GU: ABD SOFT NT/ND, +BS. TOL CLEARS, ADV TO CARDIAC DIET. FOLEY D/C 1400, VOIDING QS. LASIX 40 IV X1, NEG 1.2L.',
  'SOCIAL: HUSBAND WALTER AT BEDSIDE MOST OF DAY, UPDATED BY DR OKAFOR. DAUGHTER JUNE HOLLOWAY CALLED FROM PORTLAND, CB (503) 555-0147.',
  'PLAN: CALL OUT TO 7 WEST WHEN BED AVAIL. ECHO 11/19 AM. F/U W/ DR PRZYBYLSKI RE: TTE. K/MG IN AM.',
];

/** Progress note: sentence case, labelled identifiers, a PCP with a practice address. */
export const PROGRESS_NOTE: readonly string[] = [
  'Progress Note, hospital day 4. Date of service 11/18/2026.',
  'Margaret Holloway is a 75 y/o woman (MRN 00482913) admitted with acute on chronic HFpEF, seen today with her husband Walter at bedside.',
  'S: Feels "much better." Dyspnea improved, slept flat on 2 pillows. No chest pain. Ate most of breakfast.',
  'O: T 98.6, HR 84, BP 126/70, RR 16, SpO2 96% on 2 L. Faint bibasilar crackles, trace bilateral LE edema. Na 138, K 3.6, Cr 1.1 (baseline 0.9), BNP 640 (from 1,210).',
  'A/P: 1. HFpEF exacerbation, improving: switch to PO furosemide 40 mg daily, daily weights, strict I/O. 2. Mild AKI, likely prerenal: BMP in AM. 3. Dispo: home with VNA in 1-2 days; walks with a Merivale rollator.',
  'PCP Dr. Helen Vasquez at Cedar Park Family Practice, 4410 SW Alder Rd, Beaverton, OR 97005, notified by phone at 503-555-0192. Signed: Chinedu Okafor, MD, St. Brendan Regional Medical Center.',
];

/** Discharge summary (shown in the nested iframe). */
export const DISCHARGE_SUMMARY: readonly string[] = [
  'DISCHARGE SUMMARY. Patient: Holloway, Margaret A. MRN: 00482913. Account: 7719-22031. Admitted 11/15/2026, discharged 11/20/2026.',
  'Hospital course: Mrs. Holloway presented to the St. Brendan Regional ED on 11/15/2026 with five days of progressive dyspnea and orthopnea. She diuresed 4.1 L on IV furosemide, creatinine peaked at 1.3 and returned to 1.0. TTE on 11/19 showed EF 60% with grade II diastolic dysfunction.',
  'Discharge medications: furosemide 40 mg PO daily, potassium chloride 20 mEq PO daily, metoprolol succinate 25 mg daily, atorvastatin 40 mg nightly.',
  'Follow-up: Dr. Helen Vasquez in 7 days. Cardiology with Dr. Anna Przybylski on 12/02/2026. Emergency contact: husband Walter Holloway, 1187 NE Larkspur Ln, Portland, OR 97211, w.holloway@example.net.',
];

/** A clinician's question, pre-filled in the note editor textarea. */
export const CLINICIAN_QUESTION =
  'Can you summarize the last 48 h for Margaret Holloway (MRN 00482913, DOB 03/14/1951)? ' +
  'She is 75, HFpEF, creatinine 1.1 on 11/18 after diuresis. Her daughter June asks whether she can fly back to Portland on 11/28/2026.';

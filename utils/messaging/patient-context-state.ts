/**
 * The patient context of the current analysis: `session:patientContext`, written by the background
 * when a capture is analysed (an opaque keyed id of the EHR banner's identifiers, never the
 * identifiers) and read by the panel, which starts a new draft and drops the previous patient's
 * view when it changes. Memory-only storage (TRUSTED_CONTEXTS), cleared on vault lock.
 */
import { storage } from 'wxt/utils/storage';

export interface PatientContext {
  /** Opaque id ('pc-…'), or '' when the page shows no patient banner. */
  id: string;
  /** The analysis it belongs to. */
  requestId: string;
  /** Origin of the EHR page the text came from ('' when unknown). */
  origin: string;
}

export const patientContextItem = storage.defineItem<PatientContext | null>('session:patientContext', {
  fallback: null,
  version: 1,
});

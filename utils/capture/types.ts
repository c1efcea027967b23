/**
 * What a capture is: the selected text, where it came from, and known identifiers read from the
 * patient banner. Shared by the content script, the background and the panel.
 * Invariant: captured text is PHI; it travels only in runtime messages and storage.session.
 */

export const CAPTURE_SOURCES = ['page', 'textarea', 'input'] as const;
/** `page` = a DOM selection, `textarea`/`input` = a selection inside a form field. */
export type CaptureSource = (typeof CAPTURE_SOURCES)[number];

export interface CapturedSelection {
  text: string;
  source: CaptureSource;
}

/** Hard cap on text carried by one message (UTF-16 units). The policy maximum is lower and checked in the background. */
export const WIRE_MAX_CHARS = 4_000_000;

/** Known identifiers per capture (patient name, MRN, DOB...): a banner never holds more. */
export const MAX_KNOWN_ITEMS = 32;
export const MAX_KNOWN_ITEM_CHARS = 200;

/**
 * What the panel tells a clinician for each error code: a title and what to do next.
 * Switching on the stable code (never on message text) keeps wording in one place and PHI-free.
 */
import type { ErrorCode } from '../../utils/errors';

export interface ErrorText {
  title: string;
  hint: string;
}

/**
 * @example describeError('ERR_MODEL_LOAD').title === 'The on-device PHI model could not load'
 */
export function describeError(code: ErrorCode): ErrorText {
  switch (code) {
    case 'ERR_EMPTY_INPUT':
      return { title: 'Nothing selected', hint: 'Select text in the chart, then use “Summarize with ChartVeil” or press Capture selection.' };
    case 'ERR_INPUT_TOO_LARGE':
      return { title: 'Selection is too large', hint: 'Select a shorter part of the chart (your organisation sets the maximum).' };
    case 'ERR_MODEL_LOAD':
      return { title: 'The on-device PHI model could not load', hint: 'Nothing was sent anywhere. Reload the extension; if it persists, contact IT.' };
    case 'ERR_MODEL_RUN':
    case 'ERR_ENGINE':
      return { title: 'PHI masking failed', hint: 'Nothing was sent anywhere. Try again; if it persists, contact IT.' };
    case 'ERR_OFFSCREEN_UNAVAILABLE':
      return { title: 'The masking engine did not respond', hint: 'Nothing was sent anywhere. Try the selection again.' };
    case 'ERR_CANCELLED':
      return { title: 'Replaced by a newer selection', hint: 'The newest selection is being processed.' };
    case 'ERR_ORIGIN_NOT_ALLOWED':
      return { title: 'ChartVeil is not enabled on this site', hint: 'Add the EHR site under Sites, or ask IT to allow it.' };
    case 'ERR_SENDER_REJECTED':
    case 'ERR_BAD_MESSAGE':
      return { title: 'Request refused', hint: 'An unexpected message was blocked. Try again from the chart.' };
    default:
      return { title: 'Something went wrong', hint: `Error ${code}. Nothing was sent anywhere.` };
  }
}

/**
 * What the summary section says for each state and gateway error code. Switches on stable codes
 * only; the gateway's own message (PHI-free by construction) is shown as detail when present.
 */
import type { ErrorCode } from '../../utils/errors';

/** @example gatewayErrorTitle('ERR_GATEWAY_QUOTA') === 'Daily quota reached' */
export function gatewayErrorTitle(code: ErrorCode): string {
  switch (code) {
    case 'ERR_GATEWAY_AUTH':
    case 'ERR_AUTH': return 'Sign-in needed';
    case 'ERR_GATEWAY_QUOTA': return 'Daily quota reached';
    case 'ERR_GATEWAY_PHI_REJECTED': return 'The gateway found PHI and refused the request';
    case 'ERR_GATEWAY_UNAVAILABLE': return 'The gateway is unreachable';
    case 'ERR_GATEWAY_TIMEOUT': return 'The gateway stopped responding';
    case 'ERR_GATEWAY_RESPONSE': return 'The gateway sent an unusable answer';
    case 'ERR_CANCELLED': return 'Summary cancelled';
    case 'ERR_EMPTY_INPUT': return 'Nothing to summarize';
    case 'ERR_POLICY_LOCKED': return 'Locked by policy';
    default: return 'Summary failed';
  }
}

/** A hint for what to do next. */
export function gatewayErrorHint(code: ErrorCode): string {
  switch (code) {
    case 'ERR_GATEWAY_PHI_REJECTED': return 'Nothing was forwarded. Review the masks (something identifying is still visible), then try again.';
    case 'ERR_GATEWAY_QUOTA': return 'Your organisation limits daily use; the quota resets at midnight UTC.';
    case 'ERR_GATEWAY_TIMEOUT':
    case 'ERR_GATEWAY_RESPONSE': return 'Try again. If it keeps happening, contact IT.';
    case 'ERR_CANCELLED': return 'Choose a template and summarize again when ready.';
    default: return '';
  }
}

/**
 * ChartVeil errors carry a stable `code`: class identity does not survive messaging between
 * extension contexts, the code does, and the UI switches on it. Messages never contain PHI.
 */

export const ERROR_CODES = [
  'ERR_EMPTY_INPUT',
  'ERR_INPUT_TOO_LARGE',
  'ERR_MODEL_LOAD',
  'ERR_MODEL_RUN',
  'ERR_ENGINE',
  'ERR_SENDER_REJECTED',
  'ERR_BAD_MESSAGE',
  'ERR_OFFSCREEN_UNAVAILABLE',
  'ERR_VAULT_LOCKED',
  'ERR_VAULT_PASSPHRASE',
  'ERR_VAULT_CORRUPT',
  'ERR_POLICY_INVALID',
  'ERR_POLICY_LOCKED',
  'ERR_GATEWAY_UNAVAILABLE',
  'ERR_GATEWAY_AUTH',
  'ERR_GATEWAY_QUOTA',
  'ERR_GATEWAY_PHI_REJECTED',
  'ERR_GATEWAY_TIMEOUT',
  'ERR_GATEWAY_RESPONSE',
  'ERR_AUTH',
  'ERR_CANCELLED',
  'ERR_ORIGIN_NOT_ALLOWED',
  'ERR_AUDIT_TAMPERED',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** An error safe to show, log and send between contexts: code plus a PHI-free message. */
export class ChartVeilError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ChartVeilError';
    this.code = code;
  }
}

/** Plain-object form for `runtime.sendMessage` (which drops class identity). */
export interface SerializedError {
  code: ErrorCode;
  message: string;
}

/**
 * Converts any thrown value into a serializable error. Unknown errors get `fallback` and a
 * generic message, because their text may quote input (and so PHI).
 * @example toSerializedError(new ChartVeilError('ERR_VAULT_LOCKED', 'Vault is locked')).code === 'ERR_VAULT_LOCKED'
 */
export function toSerializedError(error: unknown, fallback: ErrorCode = 'ERR_ENGINE'): SerializedError {
  if (error instanceof ChartVeilError) return { code: error.code, message: error.message };
  if (isSerializedError(error)) return { code: error.code, message: error.message };
  return { code: fallback, message: 'Unexpected internal error' };
}

export function isSerializedError(value: unknown): value is SerializedError {
  return (
    typeof value === 'object' && value !== null &&
    typeof (value as SerializedError).code === 'string' &&
    (ERROR_CODES as readonly string[]).includes((value as SerializedError).code) &&
    typeof (value as SerializedError).message === 'string'
  );
}

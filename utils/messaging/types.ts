/**
 * The wire shape shared by every ChartVeil protocol: `{ type, data }` requests with a discriminated,
 * context-prefixed `type` ("bg.", "offscreen.", "content.") and `{ ok, value | error }` replies.
 * Errors cross contexts as SerializedError (code + PHI-free message), never as raw exceptions.
 */
import type { SerializedError } from '../errors';

/** A protocol maps each message type to its request and response payloads. */
export type Protocol = Record<string, { req: unknown; res: unknown }>;

export interface Envelope<T extends string = string, D = unknown> {
  type: T;
  data: D;
}

export type Reply<R> = { ok: true; value: R } | { ok: false; error: SerializedError };

/** Who sent a message, as established by `classifySender` (never by the message itself). */
export type SenderClass = 'extension-page' | 'content-script' | 'other';

/** What a handler learns about its sender: the class plus browser-filled tab/frame ids. */
export interface SenderInfo {
  class: SenderClass;
  /** Browser-computed origin of the sending frame (used to re-check allowed origins, never to grant trust). */
  origin?: string;
  tabId?: number;
  windowId?: number;
  frameId?: number;
}

export type Handler<P extends Protocol, K extends keyof P> = (
  data: P[K]['req'],
  sender: SenderInfo,
) => P[K]['res'] | Promise<P[K]['res']>;

/** One handler per message type of a protocol: the routes table of a context. */
export type Handlers<P extends Protocol> = { [K in keyof P]: Handler<P, K> };

/** One runtime guard per message type: payloads from other contexts are untrusted input. */
export type Validators<P extends Protocol> = { [K in keyof P]: (data: unknown) => data is P[K]['req'] };

/** True when `value` looks like `{ type: string, data }`. */
export function isEnvelope(value: unknown): value is Envelope {
  return (
    typeof value === 'object' && value !== null &&
    typeof (value as Envelope).type === 'string' && 'data' in (value as object)
  );
}

/**
 * Builds a context's `runtime.onMessage` listener from its routes table. Order of checks: is it
 * an envelope of this context's prefix (else stay silent so the owning context answers), may this
 * sender send this type, does the payload pass its guard; only then the handler runs.
 */
import { ChartVeilError, toSerializedError } from '../errors';
import { describeSender, isAllowedSender, type RuntimeSender, type SelfIdentity } from './sender';
import { isEnvelope, type Handlers, type Protocol, type Reply, type SenderInfo, type Validators } from './types';

export interface RouterOptions<P extends Protocol> {
  /** Type prefix this context owns, e.g. `bg.`. */
  prefix: string;
  handlers: Handlers<P>;
  validators: Validators<P>;
  self: SelfIdentity;
  /** Called with the type and a PHI-free reason when a message is rejected (for counters/tests). */
  onReject?: (type: string, reason: 'sender' | 'payload' | 'unknown-type', sender: SenderInfo) => void;
}

export type MessageListener = (
  message: unknown,
  sender: RuntimeSender,
  sendResponse: (reply: Reply<unknown>) => void,
) => true | undefined;

/**
 * Returns a listener for `browser.runtime.onMessage.addListener`. It returns `true` (async reply)
 * only for messages it answers.
 * @example browser.runtime.onMessage.addListener(createRouter({ prefix: 'bg.', handlers: routes, validators: bgValidators, self }))
 */
export function createRouter<P extends Protocol>(options: RouterOptions<P>): MessageListener {
  const { prefix, handlers, validators, self, onReject } = options;
  return (message, rawSender, sendResponse) => {
    if (!isEnvelope(message) || !message.type.startsWith(prefix)) return undefined;
    const sender = describeSender(rawSender, self);
    const type = message.type;
    const fail = (reason: 'sender' | 'payload' | 'unknown-type', error: ChartVeilError) => {
      onReject?.(type, reason, sender);
      sendResponse({ ok: false, error: toSerializedError(error) });
      return undefined;
    };
    if (!Object.hasOwn(handlers, type)) return fail('unknown-type', new ChartVeilError('ERR_BAD_MESSAGE', 'Unknown message type'));
    if (!isAllowedSender(type, sender.class)) {
      return fail('sender', new ChartVeilError('ERR_SENDER_REJECTED', 'Sender may not send this message'));
    }
    if (!validators[type]!(message.data)) return fail('payload', new ChartVeilError('ERR_BAD_MESSAGE', 'Malformed message payload'));
    Promise.resolve()
      .then(() => handlers[type]!(message.data as P[string]['req'], sender))
      .then(
        (value) => sendResponse({ ok: true, value }),
        (error: unknown) => sendResponse({ ok: false, error: toSerializedError(error) }),
      );
    return true;
  };
}

/** Unwraps a reply: returns the value or throws the ChartVeilError it carries. */
export function unwrapReply<R>(reply: unknown): R {
  if (typeof reply !== 'object' || reply === null || typeof (reply as Reply<R>).ok !== 'boolean') {
    throw new ChartVeilError('ERR_BAD_MESSAGE', 'No reply from the receiving context');
  }
  const r = reply as Reply<R>;
  if (r.ok) return r.value;
  const error = toSerializedError(r.error, 'ERR_BAD_MESSAGE');
  throw new ChartVeilError(error.code, error.message);
}

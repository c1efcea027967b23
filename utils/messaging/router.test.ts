import { describe, expect, it, vi } from 'vitest';
import { bgValidators, type BgProtocol } from './bg-protocol';
import { createRouter, unwrapReply } from './router';
import type { Handlers, Reply } from './types';
import { vaultValidators } from '../vault/protocol';
import { wireValidators } from './wire-protocol';

/** The vault and audit/queue routes: no-op mocks (the vault's own tests cover the service). */
const sliceMocks = () => Object.fromEntries([...Object.keys(vaultValidators), ...Object.keys(wireValidators)]
  .map((k) => [k, vi.fn(async () => null)])) as unknown as Omit<Handlers<BgProtocol>, 'bg.selectionCaptured' | 'bg.captureActiveTab' | 'bg.sanitizeProgress' | 'bg.getAllowedOrigins' | 'bg.ping' | 'bg.insertSummary'>;

const self = { id: 'ourid', origin: 'chrome-extension://ourid' };
const contentSender = { id: 'ourid', origin: 'http://127.0.0.1:1234', tab: { id: 5, windowId: 1 }, frameId: 2 };
const pageSender = { id: 'ourid', origin: 'chrome-extension://ourid' };

function setup() {
  const handlers: Handlers<BgProtocol> = {
    'bg.selectionCaptured': vi.fn(async () => ({ accepted: true })),
    'bg.captureActiveTab': vi.fn(async () => ({ captured: true })),
    'bg.sanitizeProgress': vi.fn(() => null),
    'bg.getAllowedOrigins': vi.fn(async () => ({ origins: ['http://127.0.0.1/*'] })),
    'bg.ping': vi.fn(async () => ({ alive: true as const })),
    'bg.insertSummary': vi.fn(async () => ({ inserted: true, chars: 1 })),
    ...sliceMocks(),
  };
  const rejects: string[] = [];
  const listener = createRouter<BgProtocol>({
    prefix: 'bg.', handlers, validators: bgValidators, self,
    onReject: (type, reason) => rejects.push(`${type}:${reason}`),
  });
  const call = (msg: unknown, sender: object) =>
    new Promise<{ returned: unknown; reply: Reply<unknown> | undefined }>((resolve) => {
      let returned: unknown;
      const timer = setTimeout(() => resolve({ returned, reply: undefined }), 20);
      returned = listener(msg, sender, (reply) => { clearTimeout(timer); resolve({ returned, reply }); });
    });
  return { handlers, rejects, call };
}

describe('createRouter', () => {
  it('routes a valid content-script selection to its handler with tab and frame ids', async () => {
    const { handlers, call } = setup();
    const { returned, reply } = await call({ type: 'bg.selectionCaptured', data: { text: 'x', source: 'page' } }, contentSender);
    expect(returned).toBe(true);
    expect(reply).toEqual({ ok: true, value: { accepted: true } });
    expect(handlers['bg.selectionCaptured']).toHaveBeenCalledWith(
      { text: 'x', source: 'page' }, { class: 'content-script', origin: 'http://127.0.0.1:1234', tabId: 5, windowId: 1, frameId: 2 });
  });

  it('stays silent for other contexts\' types and non-envelopes', async () => {
    const { call } = setup();
    for (const msg of [{ type: 'offscreen.sanitize', data: {} }, 'hello', null, { type: 'bg.x' }]) {
      const { returned, reply } = await call(msg, pageSender);
      expect(returned).toBeUndefined();
      expect(reply).toBeUndefined();
    }
  });

  it('rejects a content script asking for a panel-only action', async () => {
    const { handlers, rejects, call } = setup();
    const { reply } = await call({ type: 'bg.captureActiveTab', data: {} }, contentSender);
    expect(reply).toMatchObject({ ok: false, error: { code: 'ERR_SENDER_REJECTED' } });
    expect(handlers['bg.captureActiveTab']).not.toHaveBeenCalled();
    expect(rejects).toEqual(['bg.captureActiveTab:sender']);
  });

  it('rejects senders from other extensions and malformed payloads', async () => {
    const { handlers, call } = setup();
    const other = await call({ type: 'bg.selectionCaptured', data: { text: 'x', source: 'page' } }, { ...contentSender, id: 'evil' });
    expect(other.reply).toMatchObject({ ok: false, error: { code: 'ERR_SENDER_REJECTED' } });
    for (const data of [{ text: 5, source: 'page' }, { text: 'x', source: 'url' }, { text: 'x', source: 'page', extra: 1 }, null]) {
      const bad = await call({ type: 'bg.selectionCaptured', data }, contentSender);
      expect(bad.reply).toMatchObject({ ok: false, error: { code: 'ERR_BAD_MESSAGE' } });
    }
    expect(handlers['bg.selectionCaptured']).not.toHaveBeenCalled();
  });

  it('rejects unknown and prototype types', async () => {
    const { call } = setup();
    for (const type of ['bg.nope', 'bg.__proto__']) {
      const { reply } = await call({ type, data: {} }, pageSender);
      expect(reply).toMatchObject({ ok: false, error: { code: 'ERR_BAD_MESSAGE' } });
    }
  });

  it('turns a handler exception into a PHI-free error reply', async () => {
    const { handlers, call } = setup();
    vi.mocked(handlers['bg.getAllowedOrigins']).mockRejectedValueOnce(new Error('patient John Smith'));
    const { reply } = await call({ type: 'bg.getAllowedOrigins', data: {} }, pageSender);
    expect(reply).toEqual({ ok: false, error: { code: 'ERR_ENGINE', message: 'Unexpected internal error' } });
  });
});

describe('unwrapReply', () => {
  it('returns values and rethrows coded errors', () => {
    expect(unwrapReply({ ok: true, value: 3 })).toBe(3);
    expect(() => unwrapReply({ ok: false, error: { code: 'ERR_MODEL_LOAD', message: 'm' } })).toThrow(expect.objectContaining({ code: 'ERR_MODEL_LOAD' }));
    expect(() => unwrapReply(undefined)).toThrow(expect.objectContaining({ code: 'ERR_BAD_MESSAGE' }));
  });

  it('keeps content scripts away from the vault and the audit log, and checks audit events', async () => {
    const { handlers, call, rejects } = setup();
    for (const msg of [
      { type: 'bg.vaultUnlock', data: { passphrase: 'x' } },
      { type: 'bg.auditAppend', data: { event: { type: 'capture', chars: 1 } } },
      { type: 'bg.queueLoad', data: {} },
    ]) {
      const { reply } = await call(msg, contentSender);
      expect(reply).toMatchObject({ ok: false });
    }
    expect(handlers['bg.vaultUnlock']).not.toHaveBeenCalled();
    await call({ type: 'bg.auditAppend', data: { event: { type: 'capture', chars: 1, note: 'Jane Doe' } } }, pageSender);
    expect(handlers['bg.auditAppend']).not.toHaveBeenCalled();
    await call({ type: 'bg.auditAppend', data: { event: { type: 'capture', chars: 1 } } }, pageSender);
    expect(handlers['bg.auditAppend']).toHaveBeenCalledTimes(1);
    expect(rejects.length).toBeGreaterThanOrEqual(4);
  });
});

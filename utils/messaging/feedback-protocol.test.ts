import { describe, expect, it, vi } from 'vitest';
import { buildFeedbackReport } from '../review/feedback';
import { bgValidators, type BgProtocol } from './bg-protocol';
import { createRouter } from './router';
import { isAllowedSender } from './sender';
import type { Handlers, Reply } from './types';

const self = { id: 'ourid', origin: 'chrome-extension://ourid' };
const contentSender = { id: 'ourid', origin: 'http://127.0.0.1:1234', tab: { id: 5, windowId: 1 }, frameId: 0 };
const pageSender = { id: 'ourid', origin: 'chrome-extension://ourid' };

function setup() {
  const handlers = Object.fromEntries(Object.keys(bgValidators).map((k) => [k, vi.fn(async () => null)])) as unknown as Handlers<BgProtocol>;
  vi.mocked(handlers['bg.feedbackReport']).mockResolvedValue({ delivered: 'audit' });
  const listener = createRouter<BgProtocol>({ prefix: 'bg.', handlers, validators: bgValidators, self });
  const call = (msg: unknown, sender: object) => new Promise<Reply<unknown> | undefined>((resolve) => {
    const timer = setTimeout(() => resolve(undefined), 20);
    listener(msg, sender, (reply) => { clearTimeout(timer); resolve(reply); });
  });
  return { handlers, call };
}

describe('bg.feedbackReport route', () => {
  it('is for extension pages only', () => {
    expect(isAllowedSender('bg.feedbackReport', 'extension-page')).toBe(true);
    expect(isAllowedSender('bg.feedbackReport', 'content-script')).toBe(false);
    expect(isAllowedSender('bg.feedbackReport', 'other')).toBe(false);
  });

  it('routes a valid report from the panel and rejects the same report from a content script', async () => {
    const { handlers, call } = setup();
    const report = await buildFeedbackReport({ kind: 'false-mask', entity: 'NAME', text: 'HFpEF', salt: 'e'.repeat(64), modelVersion: 'm1' });
    expect(await call({ type: 'bg.feedbackReport', data: { report } }, contentSender)).toMatchObject({ ok: false, error: { code: 'ERR_SENDER_REJECTED' } });
    expect(handlers['bg.feedbackReport']).not.toHaveBeenCalled();
    expect(await call({ type: 'bg.feedbackReport', data: { report } }, pageSender)).toEqual({ ok: true, value: { delivered: 'audit' } });
    expect(handlers['bg.feedbackReport']).toHaveBeenCalledTimes(1);
  });

  it('rejects a report that carries text', async () => {
    const { handlers, call } = setup();
    const report = await buildFeedbackReport({ kind: 'missed-phi', text: 'x', salt: 'e'.repeat(64), modelVersion: 'm1' });
    for (const data of [{ report: { ...report, text: 'Margaret Holloway' } }, { report, text: 'Margaret Holloway' }]) {
      expect(await call({ type: 'bg.feedbackReport', data }, pageSender)).toMatchObject({ ok: false, error: { code: 'ERR_BAD_MESSAGE' } });
    }
    expect(handlers['bg.feedbackReport']).not.toHaveBeenCalled();
  });
});

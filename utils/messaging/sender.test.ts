import { describe, expect, it } from 'vitest';
import { classifySender, isAllowedSender, SENDER_RULES } from './sender';

const self = { id: 'nbblkohofnbpbpkkhheoabbnglgclepb', origin: 'chrome-extension://nbblkohofnbpbpkkhheoabbnglgclepb' };

describe('classifySender', () => {
  it.each([
    ['service worker / offscreen (no tab, our origin)', { id: self.id, origin: self.origin }, 'extension-page'],
    ['our context without origin field', { id: self.id }, 'extension-page'],
    ['side panel page opened in a tab', { id: self.id, origin: self.origin, tab: { id: 3 }, frameId: 0 }, 'extension-page'],
    ['content script in a frame', { id: self.id, origin: 'http://127.0.0.1:8080', tab: { id: 3 }, frameId: 7 }, 'content-script'],
    ['content script whose page claims an extension-like url', { id: self.id, origin: 'http://evil.test', tab: { id: 3 }, frameId: 0 }, 'content-script'],
    ['another extension', { id: 'abcdefghijklmnopabcdefghijklmnop', origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop' }, 'other'],
    ['no id at all (web page)', { origin: 'http://127.0.0.1:8080', tab: { id: 1 }, frameId: 0 }, 'other'],
    ['our id, no tab, foreign origin', { id: self.id, origin: 'http://127.0.0.1:8080' }, 'other'],
    ['our id, tab without frame id', { id: self.id, origin: 'http://127.0.0.1:8080', tab: { id: 3 } }, 'other'],
  ] as const)('%s', (_name, sender, expected) => {
    expect(classifySender(sender, self)).toBe(expected);
  });
});

describe('isAllowedSender', () => {
  it('lets content scripts only report selections and ask for the engine to warm up (no text)', () => {
    const allowed = Object.keys(SENDER_RULES).filter((t) => isAllowedSender(t, 'content-script'));
    expect(allowed.sort()).toEqual(['bg.selectionCaptured', 'bg.warmEngine']);
  });
  it('never allows class other, nor unknown or inherited types', () => {
    for (const type of Object.keys(SENDER_RULES)) expect(isAllowedSender(type, 'other')).toBe(false);
    expect(isAllowedSender('bg.unknown', 'extension-page')).toBe(false);
    expect(isAllowedSender('toString', 'extension-page')).toBe(false);
    expect(isAllowedSender('__proto__', 'extension-page')).toBe(false);
  });
  it('keeps offscreen and content types for extension contexts only', () => {
    expect(isAllowedSender('offscreen.sanitize', 'content-script')).toBe(false);
    expect(isAllowedSender('offscreen.sanitize', 'extension-page')).toBe(true);
    expect(isAllowedSender('bg.captureActiveTab', 'content-script')).toBe(false);
  });
});

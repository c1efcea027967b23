/**
 * Email, URL and IP detector (rules.web). URLs include bare domains with a known TLD; IPs are
 * validated IPv4 octets or IPv6 groups. Invariant: clock times ("10:30:00") are not IPv6.
 */
import type { Detector, Span } from '../types';
import { regexAll } from '../text';

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}\b/g;
const URL_FULL = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"'`]+/gi;
const TLD = 'com|org|net|edu|gov|mil|int|io|co|us|uk|ca|au|de|fr|it|es|nl|be|ch|at|se|no|dk|fi|pl|cz|hu|pt|gr|ie|ee|lv|lt|cy|ru|jp|cn|in|br|mx|info|biz|health|care|med|app|dev|me|tv|ly';
const DOMAIN = new RegExp(String.raw`(?<![@\w.-])(?:[A-Za-z0-9-]+\.)+(?:${TLD})(?:\.[a-z]{2})?\b(?:\/[^\s<>"'\`]*)?`, 'gi');
const IPV4 = /(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\d.]|\.\d)/g;
const IPV6 = /(?<![\w:])(?:[0-9a-f]{1,4}:){2,7}(?::|[0-9a-f]{1,4})(?![\w:])/gi;

function trimUrl(s: string): string {
  return s.replace(/[.,;:!?)\]]+$/, '');
}

/**
 * Finds emails, URLs and IP addresses.
 * @example webDetector.detect('mail a.b@x.org or see www.x.org, host 10.0.0.1', ctx) // EMAIL, URL, IP
 */
export const webDetector: Detector = {
  id: 'rules.web',
  entities: ['EMAIL', 'URL', 'IP'],
  detect(text) {
    const spans: Span[] = [];
    const add = (start: number, len: number, entity: 'EMAIL' | 'URL' | 'IP', score: number) =>
      spans.push({ start, end: start + len, entity, score, detector: 'rules.web' });
    regexAll(EMAIL, text, (m) => add(m.index, m[0].length, 'EMAIL', 0.97));
    regexAll(URL_FULL, text, (m) => add(m.index, trimUrl(m[0]).length, 'URL', 0.95));
    regexAll(DOMAIN, text, (m) => {
      const s = trimUrl(m[0]);
      if (/^\d+(\.\d+)*$/.test(s.split('/')[0]!)) return;
      add(m.index, s.length, 'URL', 0.85);
    });
    regexAll(IPV4, text, (m) => add(m.index, m[0].length, 'IP', 0.95));
    regexAll(IPV6, text, (m) => {
      const groups = m[0].split(':').filter(Boolean);
      if (groups.length < 3 || !groups.some((g) => /[a-f]/i.test(g) || g.length >= 3)) return;
      add(m.index, m[0].length, 'IP', 0.9);
    });
    return spans;
  },
};

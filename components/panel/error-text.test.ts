import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../utils/errors';
import { describeError } from './error-text';

describe('describeError', () => {
  it('has a title and hint for every code', () => {
    for (const code of ERROR_CODES) {
      const text = describeError(code);
      expect(text.title.length).toBeGreaterThan(3);
      expect(text.hint.length).toBeGreaterThan(3);
    }
  });
  it('tells the user nothing left the device when masking fails', () => {
    expect(describeError('ERR_MODEL_LOAD').hint).toMatch(/Nothing was sent/);
    expect(describeError('ERR_MODEL_RUN').hint).toMatch(/Nothing was sent/);
  });
});

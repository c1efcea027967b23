import { describe, expect, it } from 'vitest';
import { chromiumLaunchArgs, parseStartArgs } from './start';

describe('parseStartArgs', () => {
  it('runs headed with a display and headless without one or with --headless', () => {
    expect(parseStartArgs([], { DISPLAY: ':0' }).headless).toBe(false);
    expect(parseStartArgs([], {}).headless).toBe(true);
    expect(parseStartArgs(['--headless'], { DISPLAY: ':0' }).headless).toBe(true);
  });
  it('reads ports and falls back on invalid ones', () => {
    expect(parseStartArgs(['--port', '9000', '--gateway-port', '0'], {})).toMatchObject({ demoPort: 9000, gatewayPort: 0 });
    expect(parseStartArgs(['--port', 'x'], {}).demoPort).toBe(8123);
    expect(parseStartArgs(['--port', '70000'], {}).demoPort).toBe(8123);
  });
});

describe('chromiumLaunchArgs', () => {
  const base = { extensionDir: '/ext', profileDir: '/tmp/p', url: 'http://127.0.0.1:8123/' };
  it('loads only our extension in a fresh profile and opens the demo last', () => {
    const args = chromiumLaunchArgs({ ...base, headless: false, isRoot: false });
    expect(args).toContain('--disable-extensions-except=/ext');
    expect(args).toContain('--load-extension=/ext');
    expect(args).toContain('--user-data-dir=/tmp/p');
    expect(args).not.toContain('--no-sandbox');
    expect(args.at(-1)).toBe(base.url);
  });
  it('adds --headless and --no-sandbox only when asked', () => {
    const args = chromiumLaunchArgs({ ...base, headless: true, isRoot: true });
    expect(args).toEqual(expect.arrayContaining(['--headless', '--no-sandbox']));
  });
});

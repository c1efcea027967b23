import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyzeCapture } from './analysis';
import { captureFromTab } from './capture-tab';
import { COMMAND_ID, MENU_ID, registerTriggers } from './triggers';

vi.mock('./analysis', () => ({ analyzeCapture: vi.fn(async () => undefined) }));
vi.mock('./capture-tab', () => ({
  captureFromTab: vi.fn(async () => ({ text: 'DR OKAFOR', source: 'page', frameIds: [0, 3] })),
  readKnown: vi.fn(async () => ['HOLLOWAY, MARGARET A']),
  accessibleFrames: vi.fn(async () => [0, 3]),
}));
vi.mock('./offscreen-host', () => ({ ensureOffscreen: vi.fn(async () => undefined) }));
vi.mock('./policy-inputs', () => ({
  captureSettings: vi.fn(async () => ({ maxSelectionChars: 1000, engine: {}, bannerSelectors: () => ['#b'] })),
  tabUrl: vi.fn(async () => 'http://127.0.0.1:8123/'),
}));

type Listener = (...args: unknown[]) => void;

function captureListeners() {
  const listeners: Record<string, Listener> = {};
  vi.spyOn(browser.contextMenus.onClicked, 'addListener').mockImplementation((fn) => void (listeners.menu = fn as Listener));
  vi.spyOn(browser.commands.onCommand, 'addListener').mockImplementation((fn) => void (listeners.command = fn as Listener));
  vi.spyOn(browser.action.onClicked, 'addListener').mockImplementation((fn) => void (listeners.action = fn as Listener));
  const open = vi.fn(async () => undefined);
  (browser.sidePanel as unknown as { open: typeof open }).open = open;
  registerTriggers();
  return { listeners, open };
}

const tab = { id: 7, windowId: 2 };

describe('triggers', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.clearAllMocks();
  });

  it.each([
    ['context menu', (l: Record<string, Listener>) => l.menu!({ menuItemId: MENU_ID, frameId: 3 }, tab), 3],
    ['keyboard command', (l: Record<string, Listener>) => l.command!(COMMAND_ID, tab), undefined],
    ['toolbar action', (l: Record<string, Listener>) => l.action!(tab), undefined],
  ])('%s opens the panel synchronously (user gesture), then captures and analyzes', async (_name, fire, frameId) => {
    const { listeners, open } = captureListeners();
    fire(listeners);
    expect(open).toHaveBeenCalledWith({ windowId: 2 }); // called before the listener awaited anything
    await vi.waitFor(() => expect(analyzeCapture).toHaveBeenCalled());
    expect(captureFromTab).toHaveBeenCalledWith(7, frameId, expect.any(Promise));
    expect(analyzeCapture).toHaveBeenCalledWith(
      { text: 'DR OKAFOR', source: 'page' }, ['HOLLOWAY, MARGARET A'], expect.objectContaining({ maxSelectionChars: 1000 }), expect.any(Promise),
    );
  });

  it('ignores other menu items, other commands and tabs without ids', async () => {
    const { listeners, open } = captureListeners();
    listeners.menu!({ menuItemId: 'other' }, tab);
    listeners.command!('other-command', tab);
    listeners.action!({ windowId: 2 });
    await new Promise((r) => setTimeout(r, 10));
    expect(open).not.toHaveBeenCalled();
    expect(captureFromTab).not.toHaveBeenCalled();
  });
});

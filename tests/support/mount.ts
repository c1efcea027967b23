/**
 * Renders Preact components into a fresh element for DOM unit tests (happy-dom or jsdom), and
 * unmounts them after each test so no component outlives its test.
 */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach } from 'vitest';

let root: HTMLElement | null = null;

/**
 * Mounts `node` into a new element appended to document.body.
 * @example const el = mount(<LockScreen … />); el.querySelector('button')
 */
export function mount(node: ComponentChild): HTMLElement {
  const el = document.createElement('div');
  document.body.append(el);
  act(() => render(node, el));
  root = el;
  return el;
}

/** The element of the latest mount in this test. */
export function mountedRoot(): HTMLElement {
  if (!root) throw new Error('mount() was not called in this test');
  return root;
}

afterEach(() => {
  if (!root) return;
  const el = root;
  act(() => render(null, el));
  el.remove();
  root = null;
});

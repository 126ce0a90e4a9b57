// Renders Preact into a linkedom document for unit tests in Node, with small event helpers.
// Test-only; nothing in the extension imports it.
import { parseHTML } from 'linkedom';
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

export interface Mounted {
  root: HTMLElement;
  document: Document;
  window: Window;
  rerender(vnode: ComponentChild): void;
  unmount(): void;
  /** All elements with this data-testid. */
  byTestId(id: string): HTMLElement[];
  /** An agent's click: the browser marks such events `isTrusted`. */
  click(element: Element | null | undefined): void;
  /** A click dispatched by a page script (`isTrusted` false), which sensitive actions must ignore. */
  scriptedClick(element: Element | null | undefined): void;
  /** Dispatches an event of `type` with extra properties (key, clientX, …) on `element`. */
  fire(element: Element | EventTarget | null | undefined, type: string, props?: Record<string, unknown>): Event;
  /** Sets an input's value and fires `input`. */
  type(element: Element | null | undefined, value: string): void;
  /** Selects the option with `value` in a <select> and fires `change`. */
  choose(select: Element | null | undefined, value: string): void;
}

export function mount(vnode: ComponentChild): Mounted {
  const { document, window } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
  // Preact creates elements through the global document.
  (globalThis as { document?: unknown }).document = document;
  const root = document.getElementById('root') as unknown as HTMLElement;
  act(() => render(vnode, root));

  const fire: Mounted['fire'] = (element, type, props = {}) => {
    if (!element) throw new Error(`no element to fire ${type} on`);
    const event = new window.Event(type, { bubbles: true, cancelable: true }) as Event;
    for (const [name, value] of Object.entries(props)) Object.defineProperty(event, name, { value });
    act(() => {
      element.dispatchEvent(event);
    });
    return event;
  };
  return {
    root,
    document: document as unknown as Document,
    window: window as unknown as Window,
    rerender: (next) => act(() => render(next, root)),
    unmount: () => act(() => render(null, root)),
    byTestId: (id) => [...root.querySelectorAll(`[data-testid="${id}"]`)] as HTMLElement[],
    click: (element) => void fire(element, 'click', { isTrusted: true }),
    scriptedClick: (element) => void fire(element, 'click', { isTrusted: false }),
    fire,
    type(element, value) {
      (element as HTMLInputElement).value = value;
      fire(element, 'input', { isTrusted: true });
    },
    choose(select, value) {
      const option = select?.querySelector(`option[value="${value}"]`) as HTMLOptionElement | null;
      if (!option) throw new Error(`no option ${value}`);
      option.selected = true;
      fire(select, 'change', { isTrusted: true });
    },
  };
}

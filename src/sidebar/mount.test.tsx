import { expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { act } from 'preact/test-utils';
import { mountSidebar } from './mount';
import { PREVIEW_SAMPLES, loggingActions } from './preview';
import type { SidebarProps } from './Sidebar';

test('mounts, re-renders with new state, and unmounts', () => {
  const { document } = parseHTML('<!doctype html><html><body><div id="c"></div></body></html>');
  (globalThis as { document?: unknown }).document = document;
  const container = document.getElementById('c')!;
  const props: SidebarProps = {
    state: PREVIEW_SAMPLES['english-angry'].state,
    actions: loggingActions(),
    locale: 'en',
    theme: 'light',
    collapsed: false,
    width: 360,
    onToggleCollapsed: () => {},
    onResize: () => {},
    shortcutTarget: null,
  };
  let mounted!: ReturnType<typeof mountSidebar>;
  act(() => {
    mounted = mountSidebar(container, props);
  });
  expect(container.querySelector('[data-testid="ticket-subject"]')!.textContent).toBe('Charged twice for the March invoice');
  act(() => mounted.update({ ...props, state: PREVIEW_SAMPLES.arabic.state, locale: 'ar' }));
  expect(container.querySelector('[data-testid="ticket-subject"]')!.textContent).toBe('تم خصم المبلغ مرتين ولم يرد أحد');
  expect(container.querySelector('[data-testid="sidebar"]')!.getAttribute('dir')).toBe('rtl');
  act(() => mounted.unmount());
  expect(container.querySelector('[data-testid="sidebar"]')).toBeNull();
});

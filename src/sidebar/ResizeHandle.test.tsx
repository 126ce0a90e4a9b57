import { expect, test, vi } from 'vitest';
import { mount } from '../ui/test-dom';
import { ResizeHandle, widthAfterKey } from './ResizeHandle';
import { sidebarCss } from './styles';

test('arrow keys move the inner edge: towards the page widens, in both directions', () => {
  expect(widthAfterKey('ArrowLeft', false, 360, 'ltr')).toBe(376);
  expect(widthAfterKey('ArrowRight', false, 360, 'ltr')).toBe(344);
  expect(widthAfterKey('ArrowRight', false, 360, 'rtl')).toBe(376);
  expect(widthAfterKey('ArrowLeft', true, 360, 'rtl')).toBe(296);
  expect(widthAfterKey('Home', false, 360, 'ltr')).toBe(280);
  expect(widthAfterKey('End', false, 360, 'ltr')).toBe(640);
  expect(widthAfterKey('ArrowLeft', false, 636, 'ltr')).toBe(640);
  expect(widthAfterKey('a', false, 360, 'ltr')).toBeNull();
});

test('the handle is a focusable separator that resizes by keyboard and by dragging', () => {
  const onResize = vi.fn();
  const onDrag = vi.fn();
  const view = mount(<ResizeHandle width={360} dir="ltr" label="Resize sidebar" onDrag={onDrag} onResize={onResize} />);
  const handle = view.root.querySelector('[role="separator"]')!;
  expect(handle.getAttribute('tabindex')).toBe('0');
  expect(handle.getAttribute('aria-valuenow')).toBe('360');
  view.fire(handle, 'keydown', { key: 'ArrowLeft', shiftKey: false });
  expect(onResize).toHaveBeenLastCalledWith(376);

  view.fire(handle, 'pointerdown', { button: 0, clientX: 1000, pointerId: 1 });
  view.fire(handle, 'pointermove', { clientX: 900, pointerId: 1 });
  expect(onDrag).toHaveBeenLastCalledWith(460);
  view.fire(handle, 'pointerup', { clientX: 100, pointerId: 1 });
  expect(onResize).toHaveBeenLastCalledWith(640);
  // After release, moving does nothing.
  view.fire(handle, 'pointermove', { clientX: 500, pointerId: 1 });
  expect(onDrag).toHaveBeenCalledTimes(1);
});

test('in RTL, dragging the edge to the right widens the sidebar', () => {
  const onResize = vi.fn();
  const view = mount(<ResizeHandle width={360} dir="rtl" label="r" onDrag={() => {}} onResize={onResize} />);
  const handle = view.root.querySelector('[role="separator"]')!;
  view.fire(handle, 'pointerdown', { button: 0, clientX: 360, pointerId: 1 });
  view.fire(handle, 'pointerup', { clientX: 400, pointerId: 1 });
  expect(onResize).toHaveBeenLastCalledWith(400);
});

test('the stylesheet loads nothing remote, has both themes and mirrors for RTL', () => {
  const css = sidebarCss();
  expect(css).not.toMatch(/url\(|@import|https?:/);
  expect(css).toContain("[data-theme='dark']");
  expect(css).toMatch(/\.sf\[dir='rtl'\] { right: auto; left: 0;/);
  expect(css).toContain('white-space: pre-wrap');
});

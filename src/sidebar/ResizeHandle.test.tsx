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

test('in a frame that grows during the drag (the sidebar frame, on the page edge), the width follows the pointer, not the frame', () => {
  // The frame is anchored on the page's right edge: widened by 100 px, its left edge and so its clientX
  // origin move 100 px left, and the same pointer reads 100 px more.
  const onDrag = vi.fn();
  const onResize = vi.fn();
  const onDragStart = vi.fn();
  const view = mount(<ResizeHandle width={360} dir="ltr" label="r" onDrag={onDrag} onResize={onResize} onDragStart={onDragStart} />);
  const handle = view.root.querySelector('[role="separator"]')!;
  view.fire(handle, 'pointerdown', { button: 0, clientX: 2, pointerId: 1, view: { innerWidth: 364 } });
  // Told first, so that the frame grows to the widest before the pointer leaves it (the drag's pointer
  // events do not follow the pointer out of the frame).
  expect(onDragStart).toHaveBeenCalledTimes(1);
  view.fire(handle, 'pointermove', { clientX: 2 - 100 + 100, pointerId: 1, view: { innerWidth: 464 } });
  expect(onDrag).toHaveBeenLastCalledWith(460);
  view.fire(handle, 'pointerup', { clientX: 2 - 150 + 100, pointerId: 1, view: { innerWidth: 464 } });
  expect(onResize).toHaveBeenLastCalledWith(510);
  // On the left edge (RTL) the frame grows to the right: its origin stays.
  const rtl = mount(<ResizeHandle width={360} dir="rtl" label="r" onDrag={onDrag} onResize={onResize} />);
  const edge = rtl.root.querySelector('[role="separator"]')!;
  rtl.fire(edge, 'pointerdown', { button: 0, clientX: 360, pointerId: 1, view: { innerWidth: 364 } });
  rtl.fire(edge, 'pointerup', { clientX: 400, pointerId: 1, view: { innerWidth: 404 } });
  expect(onResize).toHaveBeenLastCalledWith(400);
});

test('a drag released where the handle did not see it (outside the sidebar frame) ends at the next move without a button, resizing nothing', () => {
  const onDrag = vi.fn();
  const onResize = vi.fn();
  const view = mount(<ResizeHandle width={360} dir="ltr" label="r" onDrag={onDrag} onResize={onResize} />);
  const handle = view.root.querySelector('[role="separator"]')!;
  view.fire(handle, 'pointerdown', { button: 0, clientX: 1000, pointerId: 1 });
  view.fire(handle, 'pointermove', { clientX: 950, buttons: 1, pointerId: 1 });
  expect(onDrag).toHaveBeenLastCalledWith(410);
  view.fire(handle, 'pointermove', { clientX: 900, buttons: 0, pointerId: 1 });
  view.fire(handle, 'pointermove', { clientX: 800, buttons: 0, pointerId: 1 });
  expect(onDrag).toHaveBeenCalledTimes(1);
  expect(onResize).not.toHaveBeenCalled();
});

test('the stylesheet loads nothing remote, has both themes and mirrors for RTL', () => {
  const css = sidebarCss();
  expect(css).not.toMatch(/url\(|@import|https?:/);
  expect(css).toContain("[data-theme='dark']");
  expect(css).toMatch(/\.sf\[dir='rtl'\] { right: auto; left: 0;/);
  expect(css).toContain('white-space: pre-wrap');
});

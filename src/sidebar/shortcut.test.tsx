import { expect, test, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import { mount } from '../ui/test-dom';
import { isEditableTarget, isToggleShortcut, useToggleShortcut } from './shortcut';

const key = (init: Partial<KeyboardEvent>) =>
  ({
    key: 'S',
    code: 'KeyS',
    altKey: true,
    shiftKey: true,
    ctrlKey: false,
    metaKey: false,
    repeat: false,
    isComposing: false,
    ...init,
  }) as KeyboardEvent;

test('Alt+Shift+S toggles, other combinations do not', () => {
  expect(isToggleShortcut(key({}), false)).toBe(true);
  expect(isToggleShortcut(key({ shiftKey: false }), false)).toBe(false);
  expect(isToggleShortcut(key({ ctrlKey: true }), false)).toBe(false); // AltGr on Windows is Ctrl+Alt
  expect(isToggleShortcut(key({ metaKey: true }), false)).toBe(false);
  expect(isToggleShortcut(key({ code: 'KeyD', key: 'D' }), false)).toBe(false);
  expect(isToggleShortcut(key({ repeat: true }), false)).toBe(false);
  expect(isToggleShortcut(key({ isComposing: true }), false)).toBe(false);
});

test('in an editor only the exact physical key counts; elsewhere the letter on any layout does', () => {
  const dvorakS = key({ code: 'Semicolon', key: 'S' });
  expect(isToggleShortcut(dvorakS, false)).toBe(true);
  expect(isToggleShortcut(dvorakS, true)).toBe(false);
  expect(isToggleShortcut(key({ key: 'Í' }), true)).toBe(true); // macOS Alt+Shift+S
});

test('inputs, textareas and contenteditable regions are editable; buttons and plain text are not', () => {
  const { document } = parseHTML(
    '<div><input id="text"><input id="box" type="checkbox"><textarea id="area"></textarea>' +
      '<div contenteditable="true"><p><span id="inEditor">x</span></p></div><button id="btn">b</button><p id="plain">p</p></div>',
  );
  const el = (id: string) => document.getElementById(id);
  expect(isEditableTarget(el('text'))).toBe(true);
  expect(isEditableTarget(el('area'))).toBe(true);
  expect(isEditableTarget(el('inEditor'))).toBe(true);
  expect(isEditableTarget(el('box'))).toBe(false);
  expect(isEditableTarget(el('btn'))).toBe(false);
  expect(isEditableTarget(el('plain'))).toBe(false);
  expect(isEditableTarget(null)).toBe(false);
});

test('the hook toggles on the shortcut, stops the event, and stops listening on unmount', () => {
  const onToggle = vi.fn();
  const target = parseHTML('<div id="t"></div>').document.getElementById('t')!;
  function Host() {
    useToggleShortcut(onToggle, target);
    return <p>host</p>;
  }
  const view = mount(<Host />);
  const fired = view.fire(target, 'keydown', { key: 'S', code: 'KeyS', altKey: true, shiftKey: true, ctrlKey: false, metaKey: false });
  expect(onToggle).toHaveBeenCalledTimes(1);
  expect(fired.defaultPrevented).toBe(true);
  view.fire(target, 'keydown', { key: 's', code: 'KeyS', altKey: false, shiftKey: false, ctrlKey: false, metaKey: false });
  expect(onToggle).toHaveBeenCalledTimes(1);
  view.unmount();
  view.fire(target, 'keydown', { key: 'S', code: 'KeyS', altKey: true, shiftKey: true, ctrlKey: false, metaKey: false });
  expect(onToggle).toHaveBeenCalledTimes(1);
});

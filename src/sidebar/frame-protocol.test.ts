import { describe, expect, it } from 'vitest';
import { initialSidebarState } from './state';
import { FRAME_PAGE, isOwnFrameSender, isOwnTabTopSender, parseFrameRequest, parseFrameView } from './frame-protocol';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const NONCE = '0123456789abcdef0123456789abcdef';
const view = {
  state: initialSidebarState,
  locale: 'en',
  theme: 'light',
  collapsed: false,
  width: 360,
  dir: 'ltr',
  actions: ['insert', 'copy', 'dismissNotice'],
};

describe('the view the content script sends the frame', () => {
  it('is taken when it is addressed to this frame and well formed', () => {
    expect(parseFrameView({ kind: 'sidebar-frame-view', to: NONCE, view }, NONCE)?.width).toBe(360);
  });

  it('is refused when addressed to another frame of the page (a page script framing our page itself)', () => {
    expect(parseFrameView({ kind: 'sidebar-frame-view', to: 'f'.repeat(32), view }, NONCE)).toBeUndefined();
  });

  it('is refused when malformed: unknown locale, width out of range, an action that does not exist, a panel without status', () => {
    for (const bad of [
      { ...view, locale: 'xx' },
      { ...view, width: 5000 },
      { ...view, actions: ['insert', 'eval'] },
      { ...view, state: { ...initialSidebarState, cue: { text: 'x' } } },
      { ...view, dir: 'up' },
    ])
      expect(parseFrameView({ kind: 'sidebar-frame-view', to: NONCE, view: bad }, NONCE)).toBeUndefined();
    expect(parseFrameView('sidebar-frame-view', NONCE)).toBeUndefined();
    expect(parseFrameView(null, NONCE)).toBeUndefined();
  });
});

describe('what the frame asks the content script', () => {
  it('takes each request with its own arguments', () => {
    expect(parseFrameRequest({ kind: 'sidebar-frame-ready', from: NONCE })).toEqual({ kind: 'sidebar-frame-ready', from: NONCE });
    expect(parseFrameRequest({ kind: 'sidebar-frame-resize', from: NONCE, width: 400 })).toMatchObject({ width: 400 });
    expect(parseFrameRequest({ kind: 'sidebar-frame-drag', from: NONCE })).toEqual({ kind: 'sidebar-frame-drag', from: NONCE });
    const insert = { kind: 'sidebar-frame-action', from: NONCE, name: 'insert', args: ['Hello', { kind: 'draft', id: 'd1' }] };
    expect(parseFrameRequest(insert)).toEqual(insert);
    expect(parseFrameRequest({ kind: 'sidebar-frame-action', from: NONCE, name: 'rateDraft', args: ['d1', 'up'] })).toBeDefined();
    expect(parseFrameRequest({ kind: 'sidebar-frame-action', from: NONCE, name: 'dismissNotice', args: [] })).toBeDefined();
  });

  it('refuses an unknown action, wrong arguments, or a width out of range', () => {
    for (const bad of [
      { kind: 'sidebar-frame-action', from: NONCE, name: 'constructor', args: [] },
      { kind: 'sidebar-frame-action', from: NONCE, name: 'insert', args: [{ toString: 'x' }] },
      { kind: 'sidebar-frame-action', from: NONCE, name: 'insert', args: ['Hi', { kind: 'draft', id: 'd' }, 'extra'] },
      { kind: 'sidebar-frame-action', from: NONCE, name: 'retry', args: ['everything'] },
      { kind: 'sidebar-frame-action', from: NONCE, name: 'recordEvent', args: ['suggestion-shown'] },
      { kind: 'sidebar-frame-resize', from: NONCE, width: Number.NaN },
      { kind: 'sidebar-frame-resize', from: NONCE, width: 10_000 },
      { kind: 'sidebar-frame-drag', from: 'x' },
      { kind: 'sidebar-frame-ready' },
      { kind: 'sidebar-frame-view', to: NONCE, view },
    ])
      expect(parseFrameRequest(bad), JSON.stringify(bad)).toBeUndefined();
  });
});

describe('senders', () => {
  const frameUrl = `chrome-extension://${ID}${FRAME_PAGE}`;
  it('the content script takes requests from our frame page only', () => {
    expect(isOwnFrameSender({ id: ID, url: frameUrl, frameId: 5 }, ID)).toBe(true);
    expect(isOwnFrameSender({ id: ID, url: `moz-extension://uuid${FRAME_PAGE}`, frameId: 5 }, ID)).toBe(true);
    // The background, the options page, another extension, a page's frame, our page as a tab.
    expect(isOwnFrameSender({ id: ID, url: `chrome-extension://${ID}/background.js` }, ID)).toBe(false);
    expect(isOwnFrameSender({ id: ID, url: `chrome-extension://${ID}/options.html`, frameId: 3 }, ID)).toBe(false);
    expect(isOwnFrameSender({ id: 'other', url: `chrome-extension://other${FRAME_PAGE}`, frameId: 5 }, ID)).toBe(false);
    expect(isOwnFrameSender({ id: ID, url: `https://evil.example${FRAME_PAGE}`, frameId: 5 }, ID)).toBe(false);
    // As Chrome reports a sender to a content script: id, url, origin.
    expect(isOwnFrameSender({ id: ID, url: frameUrl }, ID)).toBe(true);
    expect(isOwnFrameSender({ id: ID, frameId: 5 }, ID)).toBe(false);
  });

  it("the frame takes views from its own tab's top frame only", () => {
    expect(isOwnTabTopSender({ id: ID, tab: { id: 7 }, frameId: 0 }, ID, 7)).toBe(true);
    expect(isOwnTabTopSender({ id: ID, tab: { id: 8 }, frameId: 0 }, ID, 7)).toBe(false);
    expect(isOwnTabTopSender({ id: ID, tab: { id: 7 }, frameId: 2 }, ID, 7)).toBe(false);
    expect(isOwnTabTopSender({ id: 'other', tab: { id: 7 }, frameId: 0 }, ID, 7)).toBe(false);
    expect(isOwnTabTopSender({ id: ID, frameId: 0 }, ID, 7)).toBe(false);
    expect(isOwnTabTopSender({ id: ID, tab: { id: 7 }, frameId: 0 }, ID, undefined)).toBe(false);
  });
});

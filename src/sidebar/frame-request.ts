// What the content script takes from the sidebar frame (src/content/frame-view.ts; docs/sidebar-frame.md),
// checked by hand: zod on the helpdesk page (its core evaluated on every load) ate part of what the frame
// takes off the page's main thread. As strict as the zod schema the frame page's side keeps
// (FrameRequestSchema in ./frame-protocol.ts): frame-request.test.ts gives both the same messages and
// requires the same verdicts and the same output. No zod import here, and none in what imports it on the page.
import { DRAFT_TOOLS } from '../drafts/tool-names';
import { SIDEBAR_MAX_WIDTH, SIDEBAR_MIN_WIDTH } from '../settings/sidebar-width';
import type { SidebarActions } from './state';

/** The extension page the frame loads (web-accessible on the hosted helpdesks' pages only). */
export const FRAME_PAGE = '/sidebar-frame.html';

type Check = (value: unknown) => boolean;
const isString: Check = (value) => typeof value === 'string';
const isBoolean: Check = (value) => typeof value === 'boolean';
const oneOf =
  (values: readonly unknown[]): Check =>
  (value) =>
    values.includes(value);
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isOrigin: Check = (value) => isRecord(value) && oneOf(['draft', 'snippet'])(value.kind) && isString(value.id);
const isEvent: Check = (value) => isRecord(value) && isString(value.type);
const tuple =
  (...items: Check[]): Check =>
  (args) =>
    Array.isArray(args) && args.length === items.length && items.every((check, i) => check(args[i]));
const DIRECTIONS = ['up', 'down'];

/** Each SidebarActions method with a check of its arguments (the same as ACTION_ARGS in ./frame-protocol.ts). */
const ACTION_CHECKS: Record<keyof SidebarActions, Check> = {
  insert: tuple(isString, isOrigin),
  copy: tuple(isString, isOrigin),
  rateDraft: (args) => tuple(isString, oneOf(DIRECTIONS))(args) || tuple(isString, oneOf(DIRECTIONS), isString)(args),
  rateCue: tuple(isBoolean),
  retry: tuple(oneOf(['ticket', 'cue', 'snippets', 'drafts'])),
  dismissNotice: tuple(),
  search: tuple(isString),
  pinSnippet: tuple(isString, isBoolean),
  reviseDraft: tuple(isString, oneOf(DRAFT_TOOLS)),
  showHeldDrafts: tuple(),
  // The event's fields are checked where it is recorded (the background parses every reported event).
  recordEvent: tuple(isEvent),
  openDashboard: tuple(),
  syncHelpCenter: tuple(),
  retryCustomerContext: tuple(),
  retrySummary: tuple(),
  askModelSummary: tuple(),
  polishReply: tuple(),
  decideEdit: tuple(isString, isBoolean),
  acceptAllEdits: tuple(),
  translateReply: tuple(),
  copyTranslation: tuple(),
};
export type ActionName = keyof SidebarActions;

export type FrameRequest =
  | { kind: 'sidebar-frame-ready' | 'sidebar-frame-toggle' | 'sidebar-frame-focus-out' | 'sidebar-frame-drag'; from: string }
  | { kind: 'sidebar-frame-resize'; from: string; width: number }
  | { kind: 'sidebar-frame-action'; from: string; name: ActionName; args: unknown[] };

const BARE = ['sidebar-frame-ready', 'sidebar-frame-toggle', 'sidebar-frame-focus-out', 'sidebar-frame-drag'];
const isWidth: Check = (value) =>
  Number.isSafeInteger(value) && (value as number) >= SIDEBAR_MIN_WIDTH && (value as number) <= SIDEBAR_MAX_WIDTH;

/** A request from the frame, or undefined when it is not one (each action's arguments checked). */
export function parseFrameRequest(message: unknown): FrameRequest | undefined {
  if (!isRecord(message) || !isString(message.from) || !/^[0-9a-f]{32}$/.test(message.from as string)) return undefined;
  const { kind, from } = message as { kind: unknown; from: string };
  if (BARE.includes(kind as string)) return { kind, from } as FrameRequest;
  if (kind === 'sidebar-frame-resize') return isWidth(message.width) ? { kind, from, width: message.width as number } : undefined;
  const { name, args } = message;
  if (kind !== 'sidebar-frame-action' || !isString(name) || !Object.hasOwn(ACTION_CHECKS, name as string)) return undefined;
  return ACTION_CHECKS[name as ActionName](args) ? { kind, from, name: name as ActionName, args: [...(args as unknown[])] } : undefined;
}

interface Sender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number };
}

/**
 * The content script's check: the message comes from our frame page. Chrome tells a content script the
 * sender's id, url and origin only (no tab or frame), so the frame page itself refuses to speak unless it is
 * a direct child of a top frame (entrypoints/sidebar-frame/main.tsx); web pages cannot message a content script.
 */
export function isOwnFrameSender(sender: Sender, extensionId: string): boolean {
  if (sender.id !== extensionId || !sender.url) return false;
  const url = /^(chrome|moz)-extension:\/\/[^/]+(\/[^?#]*)/.exec(sender.url);
  return url?.[2] === FRAME_PAGE;
}

/** The frame's check: the message comes from our content script in the top frame of the frame's own tab. */
export function isOwnTabTopSender(sender: Sender, extensionId: string, tabId: number | undefined): boolean {
  return sender.id === extensionId && tabId !== undefined && sender.tab?.id === tabId && sender.frameId === 0;
}

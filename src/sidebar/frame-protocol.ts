// What the content script's frame host and the sidebar frame say to each other (issue 15,
// src/content/frame-view.ts, entrypoints/sidebar-frame; docs/sidebar-frame.md). Both ends check every
// message and its sender before acting: the content script's state carries ticket
// text and model output, and any extension page in the tab (a copy of our frame a page script made) hears
// what the content script sends. Imported by the frame page only: the content script's frame host checks the
// requests by hand (./frame-request.ts, zod being costly on the helpdesk page), tested against these schemas.
import * as z from 'zod/mini';
import { UI_LOCALES, type UiLocale } from '../i18n/index';
import { DRAFT_TOOLS } from '../drafts/tool-names';
import { SIDEBAR_MAX_WIDTH, SIDEBAR_MIN_WIDTH } from '../settings/sidebar-width';
import type { SidebarActions, SidebarState } from './state';
import type { ReportedFields } from '../stats/events';

// The frame page's address and the senders' checks are zod-free, for the content script (./frame-request.ts).
export { FRAME_PAGE, isOwnFrameSender, isOwnTabTopSender } from './frame-request';

/** Each frame names itself by a random nonce; the content script answers the first frame that says ready. */
const Nonce = z.string().check(z.regex(/^[0-9a-f]{32}$/));

const Origin = z.object({ kind: z.enum(['draft', 'snippet']), id: z.string() });
const Id = z.string();
/** Each SidebarActions method with its arguments, checked against the interface below. */
const ACTION_ARGS = {
  insert: z.tuple([z.string(), Origin]),
  copy: z.tuple([z.string(), Origin]),
  rateDraft: z.union([z.tuple([Id, z.enum(['up', 'down'])]), z.tuple([Id, z.enum(['up', 'down']), z.string()])]),
  rateCue: z.tuple([z.boolean()]),
  retry: z.tuple([z.enum(['ticket', 'cue', 'snippets', 'drafts'])]),
  dismissNotice: z.tuple([]),
  search: z.tuple([z.string()]),
  pinSnippet: z.tuple([Id, z.boolean()]),
  reviseDraft: z.tuple([Id, z.enum(DRAFT_TOOLS)]),
  showHeldDrafts: z.tuple([]),
  // The event's fields are checked where it is recorded: the background parses every reported event
  // (ReportedFieldsSchema, src/messaging/protocol.ts); the full schema here would add zod's classic API.
  recordEvent: z.tuple([z.looseObject({ type: z.string() })]) as z.ZodMiniType<[ReportedFields]>,
  openDashboard: z.tuple([]),
  syncHelpCenter: z.tuple([]),
  retryCustomerContext: z.tuple([]),
  retrySummary: z.tuple([]),
  askModelSummary: z.tuple([]),
  polishReply: z.tuple([]),
  decideEdit: z.tuple([Id, z.boolean()]),
  acceptAllEdits: z.tuple([]),
  translateReply: z.tuple([]),
  copyTranslation: z.tuple([]),
} satisfies { [K in keyof SidebarActions]-?: z.ZodMiniType<Parameters<NonNullable<SidebarActions[K]>>> };
// And no action of the interface is missing from the table (a new one must be added here to reach the page).
const everyAction: Record<keyof SidebarActions, unknown> = ACTION_ARGS;
export type ActionName = keyof typeof ACTION_ARGS;
const ACTION_NAMES = Object.keys(everyAction) as [ActionName, ...ActionName[]];

const Width = z.int().check(z.minimum(SIDEBAR_MIN_WIDTH), z.maximum(SIDEBAR_MAX_WIDTH));
const Panel = z.looseObject({ status: z.enum(['loading', 'empty', 'error', 'ready']) });
/**
 * The state's outline: the panels and their statuses, the fields the sidebar reads first. The panels'
 * data are not checked deeper: Preact renders them as text (no HTML from the state), and they come from
 * our own content script, whose sender is checked; what this catches is a message of another shape.
 */
const State = z.looseObject({
  ticket: Panel,
  cue: Panel,
  snippets: Panel,
  drafts: Panel,
  composerMode: z.nullable(z.enum(['public', 'internal'])),
  notice: z.nullable(z.object({ kind: z.enum(['info', 'warning']), text: z.string() })),
  pinnedSnippetIds: z.array(z.string()),
  customerContext: z.optional(Panel),
  threadSummary: z.optional(Panel),
});

const ViewSchema = z.object({
  state: State,
  locale: z.enum(UI_LOCALES),
  theme: z.enum(['light', 'dark']),
  /** The page's side: the frame sits on the left for a right-to-left UI language. */
  dir: z.enum(['ltr', 'rtl']),
  collapsed: z.boolean(),
  width: Width,
  holdDraftsWhenHandlePersonally: z.optional(z.boolean()),
  actions: z.array(z.enum(ACTION_NAMES)),
});

/** The Sidebar's props as data: its callbacks become the names of the actions the page side offers. */
export interface FrameView extends Omit<z.output<typeof ViewSchema>, 'state' | 'locale'> {
  state: SidebarState;
  locale: UiLocale;
}

const ViewMessage = z.object({ kind: z.literal('sidebar-frame-view'), to: Nonce, view: ViewSchema });
export type FrameViewMessage = { kind: 'sidebar-frame-view'; to: string; view: FrameView };

const FrameRequestSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('sidebar-frame-ready'), from: Nonce }),
  z.object({ kind: z.literal('sidebar-frame-toggle'), from: Nonce }),
  /** Escape in the frame: the focus goes back to the page (the reply box). */
  z.object({ kind: z.literal('sidebar-frame-focus-out'), from: Nonce }),
  /** The width the agent chose (a drag's release or a key on the resize edge): saved. */
  z.object({ kind: z.literal('sidebar-frame-resize'), from: Nonce, width: Width }),
  /** A drag of the resize edge begins: the frame grows to the widest until the width chosen (resize) comes. */
  z.object({ kind: z.literal('sidebar-frame-drag'), from: Nonce }),
  z.object({
    kind: z.literal('sidebar-frame-action'),
    from: Nonce,
    name: z.enum(ACTION_NAMES),
    args: z.array(z.unknown()),
  }),
]);
/** From the frame to the content script of its tab (top frame). */
export type FrameRequest = z.output<typeof FrameRequestSchema>;

/**
 * A request from the frame, or undefined when it is not one (each action's arguments checked). The schema
 * of record: the content script checks by hand (./frame-request.ts), tested against this for every verdict.
 */
export function parseFrameRequest(message: unknown): FrameRequest | undefined {
  const parsed = FrameRequestSchema.safeParse(message);
  if (!parsed.success) return undefined;
  if (parsed.data.kind === 'sidebar-frame-action' && !ACTION_ARGS[parsed.data.name].safeParse(parsed.data.args).success) return undefined;
  return parsed.data;
}

/** The view in `message` if it is a well-formed view addressed to the frame named `nonce`. */
export function parseFrameView(message: unknown, nonce: string): FrameView | undefined {
  const parsed = ViewMessage.safeParse(message);
  return parsed.success && parsed.data.to === nonce ? (parsed.data.view as FrameView) : undefined;
}

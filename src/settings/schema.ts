// All user settings, typed once. Stored as one item (see ./storage.ts); this file has no browser
// APIs so the schema and migrations are tested in Node. API keys do NOT belong here: storage.local
// is readable by content scripts.
import * as z from 'zod/mini';
import { HELPDESKS } from '../ticket/schema';
import { UI_LOCALES } from '../i18n/index';
import { parseHttpsOrigin } from './origins';
import { clampSidebarWidth } from './sidebar-width';
import { DEFAULT_SIDEBAR_SETTINGS } from './sidebar-settings';
import { isAccountName } from '../knowledge/account';

export const SETTINGS_VERSION = 1;

export { resolveTheme } from './sidebar-settings';
export { SIDEBAR_DEFAULT_WIDTH, SIDEBAR_MAX_WIDTH, SIDEBAR_MIN_WIDTH, clampSidebarWidth } from './sidebar-width';

export const UI_LANGUAGE_CHOICES = ['auto', ...UI_LOCALES] as const;
export const THEME_CHOICES = ['auto', 'light', 'dark'] as const;

export const CustomHelpdeskOrigin = z.object({
  origin: z.string(),
  helpdesk: z.enum(HELPDESKS),
  /** The hosted account this domain is an alias of (the subdomain of acme.zendesk.com), see knowledge/account.ts. */
  account: z.optional(z.string()),
});
export type CustomHelpdeskOrigin = z.infer<typeof CustomHelpdeskOrigin>;

export const Settings = z.object({
  uiLanguage: z.enum(UI_LANGUAGE_CHOICES),
  theme: z.enum(THEME_CHOICES),
  sidebar: z.object({ collapsed: z.boolean(), width: z.number() }),
  holdDraftsWhenHandlePersonally: z.boolean(),
  /**
   * On a held-back ticket, still ask the provider for its reading of the customer (one small request with
   * the redacted public messages, no drafts). Off by default: the hold-back promises that nothing leaves.
   */
  readingWhenHeld: z.boolean(),
  customHelpdeskOrigins: z.array(CustomHelpdeskOrigin),
  /** The name the agent's stats events carry beside their pseudonymous id; may be empty. */
  agentName: z.string(),
  /** Share of tickets (0..HOLDOUT_MAX_SHARE) in the randomized holdout that shows no drafts; 0 is off. */
  holdoutShare: z.number(),
  /** Stats events older than this many days are deleted on start and daily; 0 keeps them all. */
  statsRetentionDays: z.number(),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  ...DEFAULT_SIDEBAR_SETTINGS,
  readingWhenHeld: false,
  customHelpdeskOrigins: [],
  agentName: '',
  holdoutShare: 0,
  statsRetentionDays: 180,
};

/** Ten years: a longer retention is "keep everything", which is 0. */
export const STATS_RETENTION_MAX_DAYS = 3650;

export const AGENT_NAME_MAX = 100;
/** Above half the tickets, the holdout would cost agents more than the comparison is worth. */
export const HOLDOUT_MAX_SHARE = 0.5;

// Field by field, so one bad value (a hand-edited store, an older build) resets only itself.
const Lenient = z.object({
  uiLanguage: z.catch(Settings.shape.uiLanguage, DEFAULT_SETTINGS.uiLanguage),
  theme: z.catch(Settings.shape.theme, DEFAULT_SETTINGS.theme),
  sidebar: z.catch(
    z.object({
      collapsed: z.catch(z.boolean(), DEFAULT_SETTINGS.sidebar.collapsed),
      width: z.catch(z.number(), DEFAULT_SETTINGS.sidebar.width),
    }),
    () => ({ ...DEFAULT_SETTINGS.sidebar }),
  ),
  holdDraftsWhenHandlePersonally: z.catch(z.boolean(), DEFAULT_SETTINGS.holdDraftsWhenHandlePersonally),
  readingWhenHeld: z.catch(z.boolean(), DEFAULT_SETTINGS.readingWhenHeld),
  customHelpdeskOrigins: z.catch(z.array(z.unknown()), []),
  agentName: z.catch(z.string(), DEFAULT_SETTINGS.agentName),
  holdoutShare: z.catch(z.number(), DEFAULT_SETTINGS.holdoutShare),
  statsRetentionDays: z.catch(z.number(), DEFAULT_SETTINGS.statsRetentionDays),
});

/** Any stored value → valid settings: unknown fields dropped, bad ones defaulted, width clamped. */
export function normalizeSettings(value: unknown): Settings {
  const parsed = Lenient.parse(value !== null && typeof value === 'object' ? value : {});
  const origins: CustomHelpdeskOrigin[] = [];
  for (const entry of parsed.customHelpdeskOrigins) {
    const candidate = CustomHelpdeskOrigin.safeParse(entry);
    if (!candidate.success) continue;
    const check = parseHttpsOrigin(
      candidate.data.origin,
      origins.map((o) => o.origin),
    );
    if (!check.ok) continue;
    // Only a subdomain-shaped account name is kept; anything else leaves the domain its own account.
    const account = candidate.data.account?.trim().toLowerCase();
    const mapped = account && isAccountName(account) ? { account } : {};
    origins.push({ origin: check.origin, helpdesk: candidate.data.helpdesk, ...mapped });
  }
  return {
    ...parsed,
    sidebar: { collapsed: parsed.sidebar.collapsed, width: clampSidebarWidth(parsed.sidebar.width) },
    customHelpdeskOrigins: origins,
    agentName: parsed.agentName.trim().slice(0, AGENT_NAME_MAX),
    holdoutShare: Number.isFinite(parsed.holdoutShare) ? Math.min(HOLDOUT_MAX_SHARE, Math.max(0, parsed.holdoutShare)) : 0,
    statsRetentionDays: Number.isFinite(parsed.statsRetentionDays)
      ? Math.min(STATS_RETENTION_MAX_DAYS, Math.max(0, Math.round(parsed.statsRetentionDays)))
      : DEFAULT_SETTINGS.statsRetentionDays,
  };
}

export type SettingsMigration = (old: Record<string, unknown>) => Record<string, unknown>;

/**
 * Step `n` turns a version n-1 value into version n; WXT runs them before the first read
 * (./versioned-item.ts). Version 1 is the first stored shape, so there are no steps yet; a renamed or
 * restructured field adds one here, bumps SETTINGS_VERSION, and adds a case to migrations.wxt.test.ts with a
 * stored value of the old shape.
 */
export const SETTINGS_MIGRATIONS: Record<number, SettingsMigration> = {};

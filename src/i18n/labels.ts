// Localized names for the values other modules produce (cue enums, ticket statuses, languages).
import type { Emotion, HandleReason, TicketCue, Trigger } from '../cue/types';
import { en } from './en';
import { t, type MessageKey, type UiLocale } from './index';

export const emotionLabel = (locale: UiLocale, emotion: Emotion): string => t(locale, `emotion.${emotion}`);
export const triggerLabel = (locale: UiLocale, trigger: Trigger): string => t(locale, `trigger.${trigger}`);
export const reasonLabel = (locale: UiLocale, reason: HandleReason): string => t(locale, `reason.${reason}`);
export const trendLabel = (locale: UiLocale, trend: TicketCue['trend']): string => t(locale, `trend.${trend}`);

// Zendesk and Freshdesk spell statuses differently ("On-hold", "Waiting on Customer"); the ones we
// know get a translation, anything else is shown as the helpdesk wrote it.
type StatusKey = Extract<MessageKey, `status.${string}`>;
const STATUS_KEYS: Record<string, StatusKey> = {
  new: 'status.new',
  open: 'status.open',
  pending: 'status.pending',
  hold: 'status.hold',
  'on-hold': 'status.hold',
  'on hold': 'status.hold',
  solved: 'status.solved',
  resolved: 'status.resolved',
  closed: 'status.closed',
};

export function statusLabel(locale: UiLocale, status: string): string {
  const key = STATUS_KEYS[status.trim().toLowerCase()];
  return key ? t(locale, key) : status;
}

// The deterministic draft checks (src/drafts/checks.ts) name their findings by kind; known kinds get
// a short localized label beside the check's own detail.
type FlagKey = Extract<MessageKey, `flag.${string}`>;
export function flagLabel(locale: UiLocale, kind: string): string | null {
  const key = `flag.${kind}`;
  return key in en ? t(locale, key as FlagKey) : null;
}

/** "German" / "Deutsch" / "الألمانية" for a BCP 47 tag, from the browser's own data (no catalog bytes). */
export function languageName(locale: UiLocale, tag: string): string {
  try {
    return cached(languageNames, locale, () => new Intl.DisplayNames([locale], { type: 'language' })).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

export function formatPercent(locale: UiLocale, fraction: number): string {
  return cached(percentFormats, locale, () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 })).format(
    fraction,
  );
}

// Intl objects are slow to create (tens of ms for the first in a page) and the sidebar renders often:
// one per locale, made once.
const languageNames = new Map<UiLocale, Intl.DisplayNames>();
const percentFormats = new Map<UiLocale, Intl.NumberFormat>();
function cached<T>(cache: Map<UiLocale, T>, locale: UiLocale, make: () => T): T {
  let value = cache.get(locale);
  if (value === undefined) cache.set(locale, (value = make()));
  return value;
}

/**
 * Creates the sidebar's Intl formatters ahead of their first render. The first Intl.NumberFormat in a
 * page costs tens of milliseconds; made while the background analyzes the ticket, it costs nothing.
 */
export function prepareFormats(locale: UiLocale): void {
  formatPercent(locale, 0);
  languageName(locale, locale);
}

// Why a model call failed, by DraftError kind (src/drafts/errors.ts); unknown kinds get the generic line.
type DraftErrorKey = Extract<MessageKey, `draftError.${string}`>;
export function draftErrorText(locale: UiLocale, kind: string): string {
  const key = `draftError.${kind}`;
  return key in en ? t(locale, key as DraftErrorKey) : t(locale, 'panel.error');
}

// Localized names for the values other modules produce (cue enums, ticket statuses, languages).
import type { Emotion, HandleReason, TicketCue, Trigger } from '../cue/types';
import { hasMessage, t, type MessageKey, type UiLocale } from './index';

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
  return hasMessage(key) ? t(locale, key as FlagKey) : null;
}

/**
 * "German" / "Deutsch" / "الألمانية" for a language tag. The names come from the background with the
 * catalog (src/i18n/language-names.ts, from the browser's Intl data): creating an Intl.DisplayNames
 * or NumberFormat costs a page tens of milliseconds of main-thread time, the service worker nothing.
 */
export function languageName(locale: UiLocale, tag: string): string {
  const primary = tag.toLowerCase().split(/[-_]/)[0]!;
  return providedNames[locale]?.[tag.toLowerCase()] ?? providedNames[locale]?.[primary] ?? tag;
}

const providedNames: { [L in UiLocale]?: Readonly<Record<string, string>> } = {};

/** Makes a UI language's names of languages available to languageName(). */
export function provideLanguageNames(locale: UiLocale, names: Readonly<Record<string, string>>): void {
  providedNames[locale] = names;
}

/** "62%", "62 %", per the UI language's own pattern (the catalogs' format.percent), without Intl. */
export function formatPercent(locale: UiLocale, fraction: number): string {
  return t(locale, 'format.percent', { n: Math.round(fraction * 100) });
}

// Why a model call failed, by DraftError kind (src/drafts/errors.ts); unknown kinds get the generic line.
type DraftErrorKey = Extract<MessageKey, `draftError.${string}`>;
export function draftErrorText(locale: UiLocale, kind: string): string {
  const key = `draftError.${kind}`;
  return hasMessage(key) ? t(locale, key as DraftErrorKey) : t(locale, 'panel.error');
}

// The name of each synced knowledge source in the sidebar (snippet badges, the sync's notes); the ids are
// the sources' own (src/helpdesks/<helpdesk>/*-api.ts).
import type { PlainKey } from '../i18n/format';
import type { en } from '../i18n/en';

export const SOURCE_BADGES: Readonly<Record<string, PlainKey<typeof en>>> = {
  'zendesk-macro': 'snippets.badge.macro',
  'freshdesk-canned-response': 'snippets.badge.canned',
  'zendesk-help-center': 'snippets.badge.helpCenter',
  'freshdesk-solutions': 'snippets.badge.solution',
};

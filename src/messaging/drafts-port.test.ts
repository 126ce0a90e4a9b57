import { describe, expect, it } from 'vitest';
import { ticket } from '../../tests/server/fixtures';
import { DEFAULT_DRAFT_SETTINGS } from '../drafts/settings';
import { DraftsRequest } from './drafts-port';
import { BackgroundRequest } from './protocol';

const base = { ticket: ticket(), uiLang: 'de', pinnedIds: ['kb-delivery'] };
const tool = (patch: Record<string, unknown> = {}, draft: Record<string, unknown> = {}) => ({
  kind: 'tool',
  ...base,
  tool: 'shorter',
  draft: { index: 1, text: 'Hallo Anna', citations: ['kb-delivery'], ...draft },
  ...patch,
});

describe('drafts port requests', () => {
  it('accepts a start and each tool on a draft', () => {
    expect(DraftsRequest.safeParse({ kind: 'start', ...base }).success).toBe(true);
    for (const name of ['regenerate', 'shorter', 'friendlier', 'more-formal', 'translate']) {
      expect(DraftsRequest.safeParse(tool({ tool: name })).success, name).toBe(true);
    }
  });

  it('rejects unknown tools, kinds and out-of-range drafts', () => {
    expect(DraftsRequest.safeParse(tool({ tool: 'send-to-customer' })).success).toBe(false);
    expect(DraftsRequest.safeParse({ ...tool(), kind: 'stream' }).success).toBe(false);
    expect(DraftsRequest.safeParse(tool({}, { index: 3 })).success).toBe(false);
    expect(DraftsRequest.safeParse(tool({}, { index: 0.5 })).success).toBe(false);
    expect(DraftsRequest.safeParse(tool({}, { text: '' })).success).toBe(false);
    expect(DraftsRequest.safeParse(tool({}, { text: 'x'.repeat(8001) })).success).toBe(false);
    expect(DraftsRequest.safeParse(tool({}, { citations: Array.from({ length: 11 }, (_, i) => `kb-${i}`) })).success).toBe(false);
    expect(DraftsRequest.safeParse({ ...tool(), draft: undefined }).success).toBe(false);
    expect(DraftsRequest.safeParse({ ...tool(), ticket: { id: 1 } }).success).toBe(false);
  });
});

describe('draft settings requests', () => {
  it('validate the settings with the DraftSettings schema', () => {
    expect(BackgroundRequest.safeParse({ kind: 'draft-settings-get' }).success).toBe(true);
    expect(BackgroundRequest.safeParse({ kind: 'draft-settings-save', settings: DEFAULT_DRAFT_SETTINGS }).success).toBe(true);
    const bad = [
      { ...DEFAULT_DRAFT_SETTINGS, draftCount: 4 },
      { ...DEFAULT_DRAFT_SETTINGS, formality: { de: 'casual' } },
      { ...DEFAULT_DRAFT_SETTINGS, tone: 'x'.repeat(301) },
      { ...DEFAULT_DRAFT_SETTINGS, companyFacts: Array.from({ length: 31 }, () => 'fact') },
      { ...DEFAULT_DRAFT_SETTINGS, phrasing: { xx: { greeting: 'Hi' } } },
    ];
    for (const settings of bad) expect(BackgroundRequest.safeParse({ kind: 'draft-settings-save', settings }).success).toBe(false);
  });

  it('the UI catalog is asked by locale, only for ours', () => {
    expect(BackgroundRequest.safeParse({ kind: 'ui-catalog', locale: 'ar' }).success).toBe(true);
    expect(BackgroundRequest.safeParse({ kind: 'ui-catalog', locale: 'fr' }).success).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { ev } from '../../tests/fixtures/stats/build';
import { parseEvent } from './events';
import { summarize } from './summary';

const compared = (language: string, agree: boolean) =>
  ev('cue-compared', { language, emotion: 'neutral', providerEmotion: agree ? 'neutral' : 'anger', agree, humanTouchAgrees: true });

describe('summary: cue agreement per language', () => {
  it('counts agreement with the provider and the agents thumbs, language by language', () => {
    const s = summarize([
      compared('de', true),
      compared('de', true),
      compared('de', false),
      compared('ar', false),
      ev('cue-rated', { language: 'de', helpful: true }),
      ev('cue-rated', { language: 'ar', helpful: false }),
      ev('cue-rated', { language: 'ar', helpful: true }),
      ev('cue-rated', { language: 'sv', helpful: true }),
      ev('cue-shown', { language: 'nl' }),
    ]);
    expect(s.cueAgreement).toEqual([
      { key: 'de', compared: 3, agreed: 2, agreement: 2 / 3, rated: 1, helpful: 1, helpfulShare: 1 },
      { key: 'ar', compared: 1, agreed: 0, agreement: 0, rated: 2, helpful: 1, helpfulShare: 0.5 },
      { key: 'sv', compared: 0, agreed: 0, agreement: null, rated: 1, helpful: 1, helpfulShare: 1 },
    ]);
  });

  it('respects the summary filters', () => {
    const s = summarize([compared('en', true), { ...compared('en', false), helpdesk: 'freshdesk' }], {
      filter: { helpdesks: ['zendesk'] },
    });
    expect(s.cueAgreement).toEqual([{ key: 'en', compared: 1, agreed: 1, agreement: 1, rated: 0, helpful: 0, helpfulShare: null }]);
  });
});

describe('cue-compared event', () => {
  it('round-trips through an export line, and is rejected without its agreement flag', () => {
    const e = compared('nl', false);
    expect(parseEvent(JSON.parse(JSON.stringify(e)))).toMatchObject({
      ok: true,
      event: { type: 'cue-compared', providerEmotion: 'anger', agree: false },
    });
    const { agree: _dropped, ...incomplete } = e;
    expect(parseEvent(incomplete).ok).toBe(false);
  });
});

import { describe, expect, test } from 'vitest';
import type { TicketCue } from '../cue/types';
import type { ModelReading } from '../drafts/schema';
import type { UiLocale } from '../i18n/index';
import { mount } from '../ui/test-dom';
import { CuePanel } from './CuePanel';

const CUE: TicketCue = {
  sentiment: 'neutral',
  emotion: 'neutral',
  intensity: 0.2,
  urgency: false,
  evidence: [],
  triggers: [],
  cue: 'Answer the password question step by step.',
  trend: 'single',
  handlePersonally: false,
  handlePersonallyReasons: [],
};
const reading = (patch: Partial<ModelReading> = {}): ModelReading => ({
  emotion: 'neutral',
  intent: 'reset password',
  needsHumanTouch: false,
  reason: 'A plain how-to question.',
  ...patch,
});

const render = (providerReading: ModelReading | undefined, locale: UiLocale = 'en', cue: TicketCue = CUE, failed = false) =>
  mount(
    <CuePanel
      cue={{ status: 'ready', data: cue }}
      providerReading={providerReading}
      providerReadingFailed={failed}
      locale={locale}
      onRate={() => {}}
      onRetry={() => {}}
    />,
  );

describe('the provider reading beside the local cue', () => {
  test('shows nothing extra without model drafts', () => {
    expect(render(undefined).byTestId('cue-provider-reading')).toHaveLength(0);
  });

  test('says plainly when the model reads the customer as negative and the cue does not', () => {
    const view = render(reading({ emotion: 'anger', needsHumanTouch: true, reason: '<b>Threatens</b> to cancel.' }));
    const box = view.byTestId('cue-provider-reading')[0]!;
    expect(box.textContent).toContain('Angry');
    expect(box.textContent).toContain('Handle personally');
    // Model output is text, never markup.
    expect(box.textContent).toContain('<b>Threatens</b> to cancel.');
    expect(box.querySelector('b')).toBeNull();
    expect(view.byTestId('cue-disagreement')[0]!.textContent).toBe(
      'The model reads this differently. Check the customer’s words yourself.',
    );
  });

  test('agreement is quiet, and an unknown emotion is shown as unknown, not neutral', () => {
    const agreeing = render(reading());
    expect(agreeing.byTestId('cue-disagreement')).toHaveLength(0);
    expect(agreeing.byTestId('cue-provider-reading')[0]!.textContent).toContain('Agrees with the cue.');
    const unknown = render(reading({ emotion: 'unknown' })).byTestId('cue-provider-reading')[0]!;
    expect(unknown.getAttribute('data-emotion')).toBe('unknown');
    expect(unknown.textContent).toContain('cannot tell');
  });

  test('in the agent language, Arabic included', () => {
    const angry = reading({ emotion: 'anger' });
    expect(render(angry, 'de').byTestId('cue-disagreement')[0]!.textContent).toContain('Das Modell sieht es anders');
    expect(render(angry, 'ar').byTestId('cue-disagreement')[0]!.textContent).toContain('يقرأ النموذج هذا بشكل مختلف');
  });

  test("a held-back ticket's reading that failed says so in one line, in the agent's language", () => {
    expect(render(undefined, 'en', CUE, true).byTestId('cue-provider-reading-failed')[0]!.textContent).toBe(
      'The model’s own reading could not be fetched.',
    );
    expect(render(undefined, 'sv', CUE, true).byTestId('cue-provider-reading-failed')[0]!.textContent).toBe(
      'Modellens egen bedömning kunde inte hämtas.',
    );
    // A reading that did arrive (the released drafts') replaces the line.
    expect(render(reading(), 'en', CUE, true).byTestId('cue-provider-reading-failed')).toHaveLength(0);
  });
});

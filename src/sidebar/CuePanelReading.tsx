// The provider's own reading of the ticket beside the local cue (issue 16 item 4): a second opinion,
// formed without the local cue's verdict (src/drafts/prompt.ts), and a plain line when the two disagree
// where it matters (negative or not, handle personally or not: src/cue/compare.ts). The reason is model
// output, so it is rendered as text only.
import type { JSX } from 'preact';
import { compareWithReading } from '../cue/compare';
import type { TicketCue } from '../cue/types';
import type { ModelReading } from '../drafts/schema';
import { t, type UiLocale } from '../i18n/index';
import { emotionLabel } from '../i18n/labels';

export function CuePanelReading({ cue, reading, locale }: { cue: TicketCue; reading: ModelReading; locale: UiLocale }): JSX.Element {
  const { agree } = compareWithReading(cue, reading);
  const emotion = reading.emotion === 'unknown' ? t(locale, 'cue.unknownEmotion') : emotionLabel(locale, reading.emotion);
  return (
    <div class="sf-provider-reading" data-testid="cue-provider-reading" data-emotion={reading.emotion} data-agree={String(agree)}>
      <h3 class="sf-subheading">{t(locale, 'cue.provider')}</h3>
      <p>
        <span class="sf-emotion">
          <span class="sf-emotion-dot" aria-hidden="true" />
          {emotion}
        </span>
        {reading.needsHumanTouch && <span class="sf-badge sf-badge-urgent"> {t(locale, 'cue.providerHumanTouch')}</span>}
      </p>
      {reading.reason && (
        <p class="sf-cue-text" dir="auto">
          {reading.reason}
        </p>
      )}
      {agree ? (
        <p class="sf-hint">{t(locale, 'cue.agrees')}</p>
      ) : (
        <p class="sf-disagreement" role="status" data-testid="cue-disagreement">
          {t(locale, 'cue.disagrees')}
        </p>
      )}
    </div>
  );
}

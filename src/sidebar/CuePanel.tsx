// The empathy cue: what the customer feels, how strongly, the words that show it, and one concrete
// suggestion. Evidence is quoted verbatim from the customer, so it is rendered as text in its own
// direction.
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { TicketCue } from '../cue/types';
import type { ModelReading } from '../drafts/schema';
import { t, type UiLocale } from '../i18n/index';
import { emotionLabel, formatPercent, trendLabel, triggerLabel } from '../i18n/labels';
import { RatingButtons } from './bits';
import { CuePanelReading } from './CuePanelReading';
import { PanelBody, PanelSection } from './PanelSection';
import type { Panel } from './state';

interface CuePanelProps {
  cue: Panel<TicketCue>;
  /** The provider's reading, once model drafts arrived; shown beside the local cue. */
  providerReading?: ModelReading | undefined;
  /** The held-back ticket's separate reading was asked and failed: said in one line, never a blank. */
  providerReadingFailed?: boolean | undefined;
  locale: UiLocale;
  onRate: (helpful: boolean) => void;
  onRetry: () => void;
}

export function CuePanel(props: CuePanelProps): JSX.Element {
  const { locale } = props;
  return (
    <PanelSection id="cue" title={t(locale, 'cue.title')} testId="cue">
      <PanelBody
        panel={props.cue}
        locale={locale}
        loading={t(locale, 'cue.loading')}
        empty={t(locale, 'cue.empty')}
        onRetry={props.onRetry}
        render={(cue) => (
          <CueDetails
            cue={cue}
            reading={props.providerReading}
            readingFailed={!!props.providerReadingFailed}
            locale={locale}
            onRate={props.onRate}
          />
        )}
      />
    </PanelSection>
  );
}

const TREND_ARROWS: Record<TicketCue['trend'], string> = { calming: '↘', steady: '→', escalating: '↗', single: '·' };

function CueDetails({
  cue,
  reading,
  readingFailed,
  locale,
  onRate,
}: {
  cue: TicketCue;
  reading: ModelReading | undefined;
  readingFailed: boolean;
  locale: UiLocale;
  onRate: (helpful: boolean) => void;
}) {
  const intensity = Math.min(1, Math.max(0, cue.intensity));
  return (
    <div class="sf-cue" data-emotion={cue.emotion}>
      <div class="sf-cue-summary">
        <span class="sf-emotion">
          <span class="sf-emotion-dot" aria-hidden="true" />
          {emotionLabel(locale, cue.emotion)}
        </span>
        <span
          class="sf-meter"
          role="meter"
          aria-label={t(locale, 'cue.intensity')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(intensity * 100)}
          aria-valuetext={formatPercent(locale, intensity)}
          title={`${t(locale, 'cue.intensity')}: ${formatPercent(locale, intensity)}`}
        >
          <span class="sf-meter-fill" style={{ inlineSize: `${intensity * 100}%` }} />
        </span>
        {cue.urgency && <span class="sf-badge sf-badge-urgent">{t(locale, 'cue.urgent')}</span>}
        <span class="sf-trend" data-trend={cue.trend}>
          <span class="sf-visually-hidden">{t(locale, 'cue.trend')}: </span>
          <span aria-hidden="true" class="sf-trend-arrow">
            {TREND_ARROWS[cue.trend]}
          </span>{' '}
          {trendLabel(locale, cue.trend)}
        </span>
      </div>
      {cue.cue && <p class="sf-cue-text">{cue.cue}</p>}
      {cue.evidence.length > 0 && (
        <div class="sf-evidence">
          <h3 class="sf-subheading">{t(locale, 'cue.evidence')}</h3>
          <ul>
            {cue.evidence.map((phrase, i) => (
              <li key={i}>
                <mark class="sf-quote" data-testid="cue-evidence" dir="auto">
                  {phrase}
                </mark>
              </li>
            ))}
          </ul>
        </div>
      )}
      {cue.triggers.length > 0 && (
        <div class="sf-triggers">
          <h3 class="sf-subheading">{t(locale, 'cue.triggers')}</h3>
          <ul class="sf-chips">
            {cue.triggers.map((trigger) => (
              <li key={trigger} class="sf-chip" data-trigger={trigger}>
                {triggerLabel(locale, trigger)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {reading && <CuePanelReading cue={cue} reading={reading} locale={locale} />}
      {!reading && readingFailed && (
        <p class="sf-hint" role="status" data-testid="cue-provider-reading-failed">
          {t(locale, 'cue.providerFailed')}
        </p>
      )}
      <CueFeedback locale={locale} onRate={onRate} />
    </div>
  );
}

function CueFeedback({ locale, onRate }: { locale: UiLocale; onRate: (helpful: boolean) => void }) {
  const [rated, setRated] = useState<'up' | 'down' | null>(null);
  return (
    <div class="sf-feedback" role="group" aria-label={t(locale, 'cue.wasHelpful')}>
      <span class="sf-feedback-label">{rated === null ? t(locale, 'cue.wasHelpful') : t(locale, 'cue.thanks')}</span>
      <RatingButtons
        value={rated}
        upLabel={t(locale, 'cue.helpful')}
        downLabel={t(locale, 'cue.notHelpful')}
        onRate={(value) => {
          setRated(value);
          onRate(value === 'up');
        }}
      />
    </div>
  );
}

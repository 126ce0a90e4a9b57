// Thumbs up / down on a draft with an optional reason. The rating is reported once, with its reason
// when the agent picks one: on a reason, on "skip", or when the card goes away (another ticket, a
// replaced draft), so an unanswered "why?" still counts the thumb.
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t, type UiLocale } from '../i18n/index';
import { RatingButtons } from './bits';
import { onlyTrusted } from './trusted';

export const RATING_REASONS = {
  up: ['accurate', 'good-tone', 'other'],
  down: ['wrong-facts', 'wrong-tone', 'too-long', 'other'],
} as const;
type Reason = (typeof RATING_REASONS)[keyof typeof RATING_REASONS][number];

export function DraftRating(props: { locale: UiLocale; onRate: (rating: 'up' | 'down', reason?: string) => void }): JSX.Element {
  const { locale } = props;
  const [rating, setRating] = useState<'up' | 'down' | null>(null);
  const [asking, setAsking] = useState(false);
  const pending = useRef<'up' | 'down' | null>(null);
  const report = useRef(props.onRate);
  report.current = props.onRate;

  const submit = (reason?: Reason) => {
    const value = pending.current;
    pending.current = null;
    setAsking(false);
    if (value) report.current(value, reason);
  };
  useEffect(() => () => submit(), []);

  return (
    <>
      <span class="sf-actions-end">
        <RatingButtons
          value={rating}
          upLabel={t(locale, 'drafts.rateUp')}
          downLabel={t(locale, 'drafts.rateDown')}
          onRate={(value) => {
            setRating(value);
            pending.current = value;
            setAsking(true);
          }}
          testIds
        />
      </span>
      {asking && rating && (
        <div class="sf-reasons" role="group" aria-label={t(locale, 'drafts.why')} data-testid="rate-reasons">
          <span class="sf-hint">{t(locale, 'drafts.why')}</span>
          {RATING_REASONS[rating].map((reason) => (
            <button key={reason} type="button" class="sf-btn sf-btn-small" data-reason={reason} onClick={onlyTrusted(() => submit(reason))}>
              {t(locale, `drafts.reason.${reason}`)}
            </button>
          ))}
          <button type="button" class="sf-btn sf-btn-small sf-btn-quiet" data-reason="" onClick={onlyTrusted(() => submit())}>
            {t(locale, 'drafts.skip')}
          </button>
        </div>
      )}
    </>
  );
}

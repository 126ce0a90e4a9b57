// Small pieces used by more than one panel.
import type { JSX } from 'preact';
import { Icon } from '../ui/icons';
import { onlyTrusted } from './trusted';

/** Thumbs up / down with their pressed state; `testIds` adds rate-up / rate-down (drafts). */
export function RatingButtons(props: {
  value: 'up' | 'down' | null;
  upLabel: string;
  downLabel: string;
  onRate: (value: 'up' | 'down') => void;
  testIds?: boolean;
}): JSX.Element {
  const button = (value: 'up' | 'down', label: string) => (
    <button
      type="button"
      class="sf-btn sf-btn-icon"
      data-testid={props.testIds ? `rate-${value}` : undefined}
      aria-label={label}
      title={label}
      aria-pressed={props.value === value}
      onClick={onlyTrusted(() => props.onRate(value))}
    >
      <Icon name={value === 'up' ? 'thumbUp' : 'thumbDown'} />
    </button>
  );
  return (
    <>
      {button('up', props.upLabel)}
      {button('down', props.downLabel)}
    </>
  );
}

/** A titled list of cautions (unread ticket fields, a draft's flags), each item as text. */
export function CautionList(props: {
  class: string;
  title: string;
  items: readonly { text: string; kind?: string; label?: string | null }[];
}): JSX.Element {
  return (
    <div class={`sf-caution ${props.class}`} role="note">
      <p class="sf-caution-title">
        <Icon name="alert" />
        {props.title}
      </p>
      <ul>
        {props.items.map((item, i) => (
          <li key={i} data-kind={item.kind}>
            {item.label && <strong>{item.label}: </strong>}
            <bdi>{item.text}</bdi>
          </li>
        ))}
      </ul>
    </div>
  );
}

import type { JSX } from 'preact';
import { splitMatches } from './highlight';

/** `text` with each of `words` wrapped in <mark>; all of it rendered as text nodes. */
export function Highlighted({ text, words }: { text: string; words: readonly string[] }): JSX.Element {
  return <>{splitMatches(text, words).map((segment, i) => (segment.match ? <mark key={i}>{segment.text}</mark> : segment.text))}</>;
}

// The span every detector returns, and the one loop most regex detectors share. Overlaps are resolved by
// the redactor.
import type { EntityType } from './vault';

export interface Span {
  start: number;
  end: number;
  type: EntityType;
}

export function spans(
  text: string,
  pattern: RegExp,
  type: EntityType,
  accept: (match: string, at: number) => boolean = () => true,
): Span[] {
  const found: Span[] = [];
  for (const m of text.matchAll(pattern)) {
    const value = m[0];
    if (accept(value, m.index)) found.push({ start: m.index, end: m.index + value.length, type });
  }
  return found;
}

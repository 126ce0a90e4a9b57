// Numbers spelled out in words, or words and digits mixed, so that pattern matchers miss them: seven or
// more digits in one run are a phone, card or account number.
import { describe, expect, it } from 'vitest';
import { findEntities } from './redact';

const found = (text: string) => findEntities(text).map((e) => `${e.type}:${e.value}`);

describe('spelled-out digit runs', () => {
  it.each([
    ['call me on zero seven seven zero nine one two three four five six', 'zero seven seven zero nine one two three four five six'],
    ['meine Nummer: null eins sieben eins zwei drei vier fünf sechs sieben', 'null eins sieben eins zwei drei vier fünf sechs sieben'],
    ['bel me op nul zes een twee drie vier vijf zes zeven acht.', 'nul zes een twee drie vier vijf zes zeven acht'],
    ['number 07 seven 7 0 nine 1 2 3 4 5 6 thanks', '07 seven 7 0 nine 1 2 3 4 5 6'],
    [
      'card four five three nine, one four eight eight, zero three four three',
      'four five three nine, one four eight eight, zero three four three',
    ],
    ['mi número es seis uno dos tres cuatro cinco seis siete ocho', 'seis uno dos tres cuatro cinco seis siete ocho'],
  ])('%s', (text, run) => {
    expect(found(text)).toContain(`PHONE:${run}`);
  });

  it.each([
    'one or two items, maybe three',
    'at the end of the day',
    'I ordered 12 items, one for each of my seven nieces',
    'version 2.10.003',
    'it costs one hundred and twenty five euros',
    'one, two, three, four, five',
    'at 10:30 or 11:45',
    'bezorgd op 12 en 13 en 14 mei',
    'besteld in 2023 en 2024 en 2025',
    'Paket kam um 10 um 11 um 12 Uhr',
  ])('keeps %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

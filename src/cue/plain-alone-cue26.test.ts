// The model alone (no upset word, implicit cue or upset trigger) named upset on calm problem reports: on
// support-domain development data such names were right 20 times of 50 (scripts/cue/calibrate-alone.ts).
// In de, en and pt a line with not even a complaint's shape (complaint-shape.ts) is named upset by the
// model alone only from tuning.upsetPlainAlone (off, 0.5, as shipped; 0.85 by the calibration rule); a
// rhetorical question, a why, a stated wait or a "keep doing" still lets it name from the shared threshold
// (session cue26). Calm lines from the chat tune halves; the upset lines the reviews pinned
// (review-cue17.test.ts, calm-asks.test.ts) stay named at 0.85 too.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyzeMessageDetail, isUpset, tuning } from './analyze-message';
import { complaintShape } from './complaint-shape';

const shipped = tuning.upsetPlainAlone;
afterEach(() => {
  tuning.upsetPlainAlone = shipped;
});
const upset = (text: string, lang: 'de' | 'en' | 'pt') => isUpset(analyzeMessageDetail(text, lang).emotion);

describe('calm problem reports the model alone read as upset, at the calibrated bar (cue26)', () => {
  beforeEach(() => {
    tuning.upsetPlainAlone = 0.85;
  });
  for (const [lang, text] of [
    ['de', 'hallo, ist der server gerade down? bei mir lädt nichts'],
    ['de', 'wie melde ich mich vom newsletter ab? der link unten geht nicht'],
    ['de', 'ticket war ein sparpreis über die app'],
    ['en', 'is the server down? nothing loads for me'],
    ['pt', 'oi, desde a atualização não consigo entrar no app, aparece "sessão expirada"'],
  ] as const)
    it(`names no upset in ${JSON.stringify(text)}, which the shipped bar names`, () => {
      expect(upset(text, lang)).toBe(false);
      tuning.upsetPlainAlone = shipped;
      expect(upset(text, lang)).toBe(true);
    });
});

describe('the upset lines the reviews pinned, at the calibrated bar (cue26)', () => {
  beforeEach(() => {
    tuning.upsetPlainAlone = 0.85;
  });
  it.each([
    ['de', 'wie lange soll ich denn noch warten'],
    ['de', 'warum dauert das so lange'],
    ['de', 'kann man bei euch eigentlich auch mal jemanden erreichen'],
    ['en', 'can you people ever get anything right'],
    ['en', 'Three weeks without my order, can you tell me where it is'],
    ['en', 'I would like to cancel because you keep charging me for nothing'],
  ] as const)('%s: names upset in %s', (lang, text) => {
    expect(upset(text, lang)).toBe(true);
  });
});

describe("a complaint's shape (cue26)", () => {
  it.each([
    ['de', 'wie lange soll ich denn noch warten'],
    ['de', 'warum dauert das so lange'],
    ['de', 'das paket kommt seit drei wochen nicht'],
    ['de', 'ihr schickt mir immer wieder die gleiche mail'],
    ['en', 'can you people ever get anything right'],
    ['en', 'Three weeks without my order, can you tell me where it is'],
    ['en', 'you keep charging me for nothing'],
    ['pt', 'por que ninguém responde'],
    ['pt', 'toda vez a mesma coisa'],
  ] as const)('%s: %s', (lang, text) => {
    expect(complaintShape(text, lang)).toBe(true);
  });
  it.each([
    ['de', 'vertragsbeginn war märz 2024'],
    ['de', 'ich habe vor drei wochen bestellt, wann kommt das paket'],
    ['de', 'der drucker druckt nur leere seiten, tinte ist voll'],
    ['en', 'I ordered 2 chairs, where do I see the tracking number'],
    ['pt', 'comprei 2 cadeiras, onde vejo o rastreio'],
    // Only de, en and pt are read.
    ['nl', 'waarom duurt dit zo lang'],
  ] as const)('not %s: %s', (lang, text) => {
    expect(complaintShape(text, lang)).toBe(false);
  });
});

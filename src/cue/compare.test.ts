import { describe, expect, it } from 'vitest';
import { compareWithReading } from './compare';

describe('compareWithReading', () => {
  it('treats a different word for the same negative mood as agreement', () => {
    expect(compareWithReading({ emotion: 'frustration', handlePersonally: false }, { emotion: 'anger', needsHumanTouch: false })).toEqual({
      emotionAgrees: true,
      humanTouchAgrees: true,
      agree: true,
    });
  });

  it('flags negative vs not negative, and a different human-touch verdict', () => {
    expect(compareWithReading({ emotion: 'neutral', handlePersonally: false }, { emotion: 'anger', needsHumanTouch: false }).agree).toBe(
      false,
    );
    const touch = compareWithReading({ emotion: 'anger', handlePersonally: false }, { emotion: 'anger', needsHumanTouch: true });
    expect(touch).toEqual({ emotionAgrees: true, humanTouchAgrees: false, agree: false });
  });

  it('gives no emotion verdict when the provider could not tell', () => {
    expect(compareWithReading({ emotion: 'neutral', handlePersonally: false }, { emotion: 'unknown', needsHumanTouch: false })).toEqual({
      emotionAgrees: null,
      humanTouchAgrees: true,
      agree: true,
    });
  });
});

// The pure parts of presenter mode and of predict-then-reveal: which scene an address opens,
// and how a guess and the model's answer are shown and compared.
import { describe, expect, it } from 'vitest';
import { sceneFromSearch } from '../src/islands/present.ts';
import { formatAnswer, gapSentence, guessValue } from '../src/islands/predict.ts';

describe('the scene an address opens', () => {
  it('is the scene number, clamped to the deck, and the first for anything malformed', () => {
    expect(sceneFromSearch('?present&scene=3', 7)).toBe(3);
    expect(sceneFromSearch('?present&scene=99', 7)).toBe(7);
    expect(sceneFromSearch('?present&scene=0', 7)).toBe(1);
    for (const bad of ['-2', 'abc', '1e3', '3.5', '', '%3Cscript%3E'])
      expect(sceneFromSearch(`?present&scene=${bad}`, 7), bad).toBe(1);
    expect(sceneFromSearch('?present', 5)).toBe(1);
  });
});

describe('a prediction', () => {
  it('reads a percent slider as a share and shows it back as a whole percent', () => {
    expect(guessValue(45, 'percent')).toBe(0.45);
    expect(guessValue(15, 'months')).toBe(15);
    expect(formatAnswer(0.6, 'percent')).toBe('60%');
    expect(formatAnswer(1, 'months')).toBe('1 month');
    expect(formatAnswer(15, 'months')).toBe('15 months');
    expect(formatAnswer(2.36, 'times')).toBe('2.4\u00d7');
  });

  it('says how far off the guess was, and which way', () => {
    expect(gapSentence(0.45, 0.6, 'percent')).toBe('Your guess was 15 percentage points too low.');
    expect(gapSentence(0.8, 0.6, 'percent')).toBe('Your guess was 20 percentage points too high.');
    expect(gapSentence(0.62, 0.6, 'percent')).toBe('Your guess was within 2 percentage points of the model: close.');
    expect(gapSentence(24, 15, 'months')).toBe('Your guess was 9 months too high.');
    expect(gapSentence(1.5, 2.4, 'times')).toBe('Your guess was 0.9 times the average too low.');
  });
});

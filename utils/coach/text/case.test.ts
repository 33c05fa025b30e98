import { expect, test } from 'vitest';
import { isAllCapitals, isCapitalised } from './case';

test('a word opens with a capital when its first letter is one', () => {
  expect(['Davie', 'First', 'ÉCOLE'].map(isCapitalised)).toEqual([true, true, true]);
  expect(['davie', '3rd', 'éclair'].map(isCapitalised)).toEqual([false, false, false]);
});

test('a word is in capitals throughout when it has a letter and none in lower case', () => {
  expect(['CITY', 'NASA', 'A1', 'ÉCOLE', "DON'T"].map(isAllCapitals)).toEqual([true, true, true, true, true]);
  expect(['City', 'nasa', '2024', '—', ''].map(isAllCapitals)).toEqual([false, false, false, false, false]);
});

import { createRandom, pick } from './prng';

// A large mixed-script paste for the benchmark: English, emoji (some with ZWJ and variation
// selectors), Arabic and Hebrew, line breaks. Deterministic.

const PIECES = [
  'networking', 'relationship', 'the', 'of', 'your', 'talk', 'quick', 'call', 'opportunity', 'growth', 'team', 'Hi', 'thanks',
  '15 minutes', '{firstName}', 'https://example.com/a?b=c', 'ROI', 'follow-up',
  '👋', '🚀', '👩‍💻', '❤️', '🇩🇪', '🙏🏽',
  'مرحبا', 'شكرا لك على المقال', 'שלום', 'תודה רבה על ההרצאה',
  '\u200b', '\u200d', 'café', 'naïve', '\n', '\n\n',
];

/** Text whose UTF-8 encoding is at least `bytes` long. */
export function makePaste(bytes: number, seed: number): string {
  const random = createRandom(seed);
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const piece = `${pick(random, PIECES)} `;
    parts.push(piece);
    size += Buffer.byteLength(piece);
  }
  return parts.join('');
}

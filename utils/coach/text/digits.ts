/** Whether a word opens with an ASCII digit: "12k", "2,500", "3rd". */
export function startsWithDigit(text: string): boolean {
  const first = text.charCodeAt(0);
  return first >= 48 && first <= 57;
}

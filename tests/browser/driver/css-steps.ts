/**
 * Splits a CSS selector list into descendant steps: `a b > c, d` → [[`a`, `b > c`], [`d`]]. Only the
 * whitespace combinator separates steps, so each step can be matched inside one tree (document or
 * shadow root) while the steps between them cross into open shadow roots, as Playwright's CSS does.
 */
export function cssSteps(css: string): string[][] {
  return splitTopLevel(css, ',').map(descendantSteps);
}

function descendantSteps(complex: string): string[] {
  const steps: string[] = [];
  for (const token of splitTopLevel(complex, ' ').filter(Boolean)) {
    const previous = steps[steps.length - 1];
    if (previous !== undefined && (/^[>+~]/.test(token) || /[>+~]$/.test(previous))) {
      steps[steps.length - 1] = `${previous} ${token}`;
    } else {
      steps.push(token);
    }
  }
  return steps;
}

/** Splits on `separator` outside brackets, parentheses and quotes. */
function splitTopLevel(text: string, separator: ',' | ' '): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let current = '';
  for (const char of text) {
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '[' || char === '(') {
      depth++;
    } else if (char === ']' || char === ')') {
      depth--;
    } else if (depth === 0 && (separator === ',' ? char === ',' : /\s/.test(char))) {
      parts.push(current.trim());
      current = '';
      continue;
    }
    current += char;
  }
  parts.push(current.trim());
  return parts;
}

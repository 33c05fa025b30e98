/**
 * Turns a CSS selector into Puppeteer's shadow-piercing form, so it means what it means to
 * Playwright: every descendant combinator also crosses open shadow roots.
 * `a b > c, d` → `:root >>> a >>> b > c, :root >>> d`.
 */
export function deepSelector(css: string): string {
  return splitTopLevel(css, ',')
    .map((complex) => [':root', ...descendantSteps(complex)].join(' >>> '))
    .join(', ');
}

/** `a b > c ~ d` → [`a`, `b > c ~ d`]: only the whitespace combinator separates steps. */
function descendantSteps(complex: string): string[] {
  const tokens = splitTopLevel(complex, ' ').filter(Boolean);
  const steps: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const previous = steps.length ? steps[steps.length - 1]! : '';
    if (isCombinator(token) || /[>+~]$/.test(previous)) {
      steps[steps.length - 1] = `${previous} ${token}`;
    } else {
      steps.push(token);
    }
  }
  return steps;
}

function isCombinator(token: string): boolean {
  return token === '>' || token === '+' || token === '~' || /^[>+~]/.test(token);
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

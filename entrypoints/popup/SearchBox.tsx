import { useEffect, useId, useRef } from 'react';

/** Typing a letter anywhere on the home screen (or "/") goes straight to search: one keystroke away. */
function startsSearch(event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return false;
  const target = event.target as HTMLElement | null;
  const inControl = target?.closest('input, textarea, select, button, a, [tabindex]:not(body)') ?? null;
  if (inControl) return false;
  return event.key === '/' || /^\p{L}$/u.test(event.key);
}

export function SearchBox({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const field = input.current;
      if (!field || field.closest('[hidden]') || !startsSearch(event)) return;
      // Focused during keydown, the letter itself lands in the field; "/" only moves there.
      if (event.key === '/') event.preventDefault();
      field.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
  return (
    <div role="search" className="search-box">
      <label htmlFor={id}>Search by name</label>
      <input
        id={id}
        ref={input}
        type="search"
        value={value}
        autoComplete="off"
        spellCheck={false}
        aria-keyshortcuts="/"
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

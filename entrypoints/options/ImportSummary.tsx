import type { ImportPreview } from './importers';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What the import will do, in counts, before the person confirms. */
export function ImportSummary({ preview }: { preview: ImportPreview }) {
  const { counts, exported } = preview;
  return (
    <>
      <p>
        This file, exported {exported}, holds {plural(preview.contacts, 'contact', 'contacts')} and{' '}
        {plural(preview.touches, 'note or send', 'notes and sends')}. Importing it will:
      </p>
      <ul data-testid="import-summary">
        <li>add {plural(counts.newContacts, 'new contact', 'new contacts')}</li>
        <li>replace {plural(counts.replacedContacts, 'contact', 'contacts')} with the file’s version</li>
        {counts.unchangedContacts > 0 && <li>leave {plural(counts.unchangedContacts, 'contact', 'contacts')} as they are (the same in both)</li>}
        <li>
          add {plural(counts.newTouches, 'note or send', 'notes and sends')}
          {counts.knownTouches > 0 && ` (${counts.knownTouches} already in your history are not added again)`}
        </li>
        <li>replace your settings (goals, offers, coach rules) with the file’s</li>
      </ul>
      <p className="hint">
        Your history and settings are written as one: if anything fails, both are left as they were.
      </p>
    </>
  );
}

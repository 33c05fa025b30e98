import { useId, useState, type FormEvent } from 'react';
import type { Contact } from '@/utils/history/model';
import { ErrorAlert } from './ErrorAlert';
import { useServices } from './services';

export function HowWeMet({
  contact,
  onChanged,
}: {
  contact: Contact;
  onChanged: (contact: Contact) => void;
}) {
  const { store, announce } = useServices();
  const id = useId();
  const [text, setText] = useState(contact.howWeMet ?? '');
  const [failure, setFailure] = useState<unknown>();
  const unchanged = text === (contact.howWeMet ?? '');

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    try {
      const saved = await store.setHowWeMet(contact.key, text.trim());
      setText(saved.howWeMet ?? '');
      onChanged(saved);
      announce('Saved how you met');
    } catch (error) {
      console.error(error);
      setFailure(error);
    }
  };

  return (
    <form className="how-we-met" onSubmit={save}>
      <label htmlFor={id}>How we met</label>
      <textarea
        id={id}
        rows={2}
        maxLength={5_000}
        value={text}
        placeholder="The meetup, the post, the person who introduced you…"
        onChange={(event) => setText(event.target.value)}
      />
      <button type="submit" className="button" disabled={unchanged}>
        Save note
      </button>
      {failure !== undefined && <ErrorAlert error={failure} doing="Could not save" />}
    </form>
  );
}

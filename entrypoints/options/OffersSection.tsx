import { useId, useState, type FormEvent } from 'react';
import { settingsSchema, type Settings } from '@/utils/settings/schema';

const offerSchema = settingsSchema.shape.offers.def.element;

/** What the person can give: the coach's note starters and its "you used your offer" praise draw on it. */
export function OffersSection({
  settings,
  update,
}: {
  settings: Settings;
  update: (change: Partial<Settings>) => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string>();
  const [whyError, setWhyError] = useState<string>();

  const add = (event: FormEvent) => {
    event.preventDefault();
    const offer = offerSchema.safeParse(draft);
    if (!offer.success) return setError(offer.error.issues[0]?.message);
    const offers = settingsSchema.shape.offers.safeParse([...settings.offers, offer.data]);
    if (!offers.success) return setError(offers.error.issues[0]?.message);
    setError(undefined);
    setDraft('');
    update({ offers: offers.data });
  };

  return (
    <section aria-labelledby="offers-heading">
      <h2 id="offers-heading">What you can offer</h2>
      <p className="muted">
        Skills, introductions, resources. Giving first is how relationships start; the coach suggests openings
        that use these.
      </p>
      {settings.offers.length > 0 ? (
        <ul className="offers" aria-label="Your offers">
          {settings.offers.map((offer, index) => (
            <li key={`${offer}-${index}`}>
              <span>{offer}</span>
              <button
                type="button"
                aria-label={`Remove “${offer}”`}
                onClick={() => update({ offers: settings.offers.filter((_, i) => i !== index) })}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted" data-testid="offers-empty">
          No offers yet.
        </p>
      )}
      <form className="field" onSubmit={add}>
        <label htmlFor={id}>Add an offer</label>
        <span className="field-row">
          <input
            id={id}
            value={draft}
            placeholder="e.g. intros to city data teams"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(e) => setDraft(e.target.value)}
          />
          <button type="submit">Add</button>
        </span>
        {error && (
          <p id={`${id}-error`} className="field-error" role="alert">
            {error}
          </p>
        )}
      </form>

      <div className="field">
        <label htmlFor={`${id}-why`}>Why you network, in one line</label>
        <input
          id={`${id}-why`}
          value={settings.why}
          placeholder="e.g. to learn from people who build public data tools"
          aria-invalid={whyError ? true : undefined}
          aria-describedby={`${id}-why-hint${whyError ? ` ${id}-why-error` : ''}`}
          onChange={(e) => {
            const why = settingsSchema.shape.why.safeParse(e.target.value);
            if (why.success) {
              setWhyError(undefined);
              update({ why: e.target.value });
            } else setWhyError(why.error.issues[0]?.message);
          }}
        />
        <p id={`${id}-why-hint`} className="hint">
          Shown back to you in the popup, as a reminder.
        </p>
        {whyError && (
          <p id={`${id}-why-error`} className="field-error" role="alert">
            {whyError}
          </p>
        )}
      </div>
    </section>
  );
}

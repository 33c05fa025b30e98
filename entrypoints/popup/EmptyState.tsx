import { PRINCIPLES } from '@/utils/coach/schema';
import { PRINCIPLE_NAMES } from '@/components/ui-strings';
import { openSettings } from './open-settings';
import { PRINCIPLE_LINES } from './principle-lines';

/** What a first-time person sees: the two ways to start, and what the coach will look for. */
export default function EmptyState() {
  return (
    <section className="empty-state" aria-labelledby="empty-heading" data-testid="empty-history">
      <h2 id="empty-heading">Your history starts with your first note</h2>
      <p>
        Cultivate reads your LinkedIn connection notes as you write them, and keeps a private record here.
      </p>
      <div className="actions empty-state__actions">
        <a className="button button--primary" href="https://www.linkedin.com/" target="_blank" rel="noreferrer">
          Open LinkedIn<span className="visually-hidden"> (opens in a new tab)</span>
        </a>
        <button type="button" className="button" onClick={openSettings}>
          Set your goals
        </button>
      </div>
      <ol className="empty-state__steps">
        <li>Open LinkedIn and find someone you would like to know.</li>
        <li>
          Choose <strong>Connect</strong>, then <strong>Add a note</strong>.
        </li>
        <li>Write to them: the coach appears beside your note and says how it reads.</li>
      </ol>
      <h3>What the coach looks for</h3>
      <ul className="empty-state__principles">
        {PRINCIPLES.map((p) => (
          <li key={p}>
            <strong>{PRINCIPLE_NAMES[p]}.</strong> {PRINCIPLE_LINES[p]}
          </li>
        ))}
      </ul>
    </section>
  );
}

import { PRINCIPLES } from '@/utils/coach/schema';
import { PRINCIPLE_NAMES } from '@/components/coach-panel/verdict-words';
import { PRINCIPLE_READINGS } from './principle-readings';

export function Options() {
  return (
    <main>
      <h1>Cultivate settings</h1>
      <p>
        Cultivate reads your LinkedIn connection notes against four principles of networking as cultivation,
        not harvesting. It never sends, clicks or blocks anything: it explains, and you decide.
      </p>
      <h2>How the coach reads a note</h2>
      <dl>
        {PRINCIPLES.map((p) => (
          <div key={p}>
            <dt>
              <strong>{PRINCIPLE_NAMES[p]}</strong>
            </dt>
            <dd>{PRINCIPLE_READINGS[p]}</dd>
          </div>
        ))}
      </dl>
      <h2>Your goals</h2>
      <p className="muted" data-testid="goals-empty">
        No goals set. The coach works with sensible defaults until you choose your own.
      </p>
      <h2>Your data</h2>
      <p className="muted">Everything Cultivate keeps stays in this browser. It makes no network requests.</p>
    </main>
  );
}

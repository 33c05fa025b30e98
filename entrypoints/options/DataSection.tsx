import './data-section.css';
import { browserDataServices, type DataServices } from './data-services';
import { DeleteData } from './DeleteData';
import { ExportData } from './ExportData';
import { ImportData } from './ImportData';

/** Your data: it is yours to take, bring back, or delete. Nothing ever leaves the machine otherwise. */
export function DataSection({ services = browserDataServices }: { services?: DataServices }) {
  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading">Your data</h2>
      <p className="muted">Your history and settings live only in this browser. Take them with you, bring them back, or delete them.</p>
      <ExportData services={services} />
      <ImportData services={services} />
      <DeleteData services={services} />
    </section>
  );
}

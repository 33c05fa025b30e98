import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import type { ScenarioPage } from '../driver/types';

const AXE_SOURCE = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');
const WCAG_21_A_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe's target for a node: one selector, or a path of selectors through shadow roots. */
type Target = (string | string[])[];

interface AxeSummary {
  violations: { id: string; impact: string | null; help: string; nodes: { target: Target; summary: string }[] }[];
  passedTargets: Target[];
}

/** Audits the page with axe-core against WCAG 2.1 A and AA and expects no violation. */
export async function expectNoAxeViolations(page: ScenarioPage, screen: string, hosts?: string[]) {
  const violations = await axeViolations(page, screen, hosts);
  if (violations.length) console.error(`axe-core, ${screen}:\n  ${violations.join('\n  ')}`);
  expect(violations, `axe-core violations (WCAG 2.1 A/AA) on ${screen}`).toEqual([]);
}

/**
 * Injects axe-core, audits against WCAG 2.1 A and AA and describes each violating node in a line.
 * `hosts` scopes the audit to our own shadow-root UI (and everything inside it) on a LinkedIn page;
 * without it the whole page is ours and is audited.
 */
export async function axeViolations(page: ScenarioPage, screen: string, hosts?: string[]): Promise<string[]> {
  // axe runs in the page and reads shadow roots through `shadowRoot`: lend it our closed ones.
  if (hosts) expect(await page.lendClosedRootsToPage(), `none of ${hosts.join(', ')} on ${screen}`).toBeGreaterThan(0);
  if (!(await page.evaluateScript<boolean>(`typeof window.axe === 'object'`))) {
    await page.evaluateScript(`${AXE_SOURCE}\n;true`);
  }
  const context = hosts ? { include: hosts.map((host) => [host]) } : { exclude: [] };
  const options = { runOnly: { type: 'tag', values: WCAG_21_A_AA } };
  const result = await page.evaluateScript<AxeSummary>(`
    window.axe.run(${JSON.stringify(context)}, ${JSON.stringify(options)}).then((r) => ({
      violations: r.violations.map((v) => ({
        id: v.id, impact: v.impact, help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target, summary: n.failureSummary })),
      })),
      passedTargets: r.passes.flatMap((p) => p.nodes.map((n) => n.target)),
    }))`);

  const readable = result.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}) at ${describeTarget(n.target)}: ${v.help}\n    ${n.summary.replace(/\n/g, '\n    ')}`),
  );

  // An audit that saw nothing of ours would pass vacuously: it must have checked our elements.
  if (hosts) {
    const insideOurs = result.passedTargets.filter((t) => Array.isArray(t[0]) && hosts.some((h) => t[0]![0]?.includes(h)));
    expect(insideOurs.length, `axe-core checked nothing inside ${hosts.join(', ')} on ${screen}`).toBeGreaterThan(5);
  } else {
    expect(result.passedTargets.length, `axe-core checked nothing on ${screen}`).toBeGreaterThan(5);
  }
  return readable;
}

function describeTarget(target: Target): string {
  return target.map((step) => (Array.isArray(step) ? step.join(' ⟶ shadow ⟶ ') : step)).join(' ⟶ frame ⟶ ');
}

// Wall-clock timing for the benchmark. Each call is timed on its own, so percentiles are per call.

export interface TimingBudget {
  /** Keep making passes over the inputs until this much time has passed... */
  budgetMs: number;
  /** ...but never fewer passes than this. */
  minPasses: number;
}

let sink = 0;

/** Microseconds per call of `run`, one sample per input per pass. */
export function timeEach<T>(inputs: readonly T[], run: (input: T) => unknown, budget: TimingBudget): number[] {
  const samples: number[] = [];
  const deadline = performance.now() + budget.budgetMs;
  for (let pass = 0; pass < budget.minPasses || performance.now() < deadline; pass += 1) {
    for (const input of inputs) {
      const start = process.hrtime.bigint();
      const result = run(input);
      samples.push(Number(process.hrtime.bigint() - start) / 1_000);
      // Using the result keeps the engine from optimising the call away.
      if (result === sink) sink += 1;
    }
  }
  return samples;
}

/** Runs `run` over the inputs for `ms` milliseconds so the engine has compiled the hot paths. */
export function warmUp<T>(inputs: readonly T[], run: (input: T) => unknown, ms: number): void {
  timeEach(inputs, run, { budgetMs: ms, minPasses: 1 });
}

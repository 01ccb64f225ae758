/** What the benchmarks share: waiting for a server, and timing sequential runs. */

export async function waitFor(url, attempts = 300) {
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`${url} did not come up`);
}

/** Median and 90th percentile of `repeats` sequential runs after `warmups` unmeasured ones. */
export async function measure(run, repeats, warmups = 2) {
  for (let index = 0; index < warmups; index++) await run();
  const times = [];
  for (let index = 0; index < repeats; index++) {
    const started = process.hrtime.bigint();
    await run();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  return {
    median: times[Math.floor(times.length / 2)],
    p90: times[Math.min(times.length - 1, Math.floor(times.length * 0.9))],
  };
}

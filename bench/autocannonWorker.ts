import autocannon from 'autocannon';

/**
 * Runs one autocannon measurement and prints its summary as JSON. The harness starts this in a
 * child process pinned to one core (taskset), so the load generator does not compete with the
 * system under test for both cores.
 */
async function main(): Promise<void> {
  const { url, body, connections, duration } = JSON.parse(process.argv[2]!) as {
    url: string;
    body: string;
    connections: number;
    duration: number;
  };
  let failures = 0;
  const result = await autocannon({
    url,
    connections,
    duration,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    requests: [
      {
        onResponse: (status, responseBody) => {
          if (status !== 200 || responseBody.includes('"errors"')) failures += 1;
        },
      },
    ],
  });
  process.stdout.write(
    JSON.stringify({
      rps: Math.round(result.requests.average),
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      requests: result.requests.total,
      errors: result.errors + result.non2xx + failures,
    }),
  );
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});

import autocannon from 'autocannon';
import { Command } from 'commander';
import { mixBodies } from './queryMix';

/**
 * `npm run load -- --connections 16 --duration 20`: autocannon against a running service with
 * the realistic query mix (bench/queryMix.ts). Reports throughput, latency percentiles and every
 * response that was not a well-formed GraphQL success (status, parse or `errors`).
 */
interface Bad {
  status: number;
  reason: string;
}

export async function runLoad(url: string, connections: number, duration: number) {
  const bodies = mixBodies();
  let next = 0;
  const bad: Bad[] = [];
  let checked = 0;
  const result = await autocannon({
    url,
    connections,
    duration,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length]!.body }),
        onResponse: (status, body) => {
          checked += 1;
          if (status !== 200) return void bad.push({ status, reason: body.slice(0, 200) });
          try {
            const parsed = JSON.parse(body);
            if (parsed.errors || parsed.data === undefined)
              bad.push({ status, reason: JSON.stringify(parsed.errors ?? 'no data').slice(0, 200) });
          } catch {
            bad.push({ status, reason: 'not JSON' });
          }
        },
      },
    ],
  });
  return {
    connections,
    durationS: duration,
    requests: result.requests.total,
    rps: Math.round(result.requests.average),
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    checked,
    notWellFormedSuccess: bad.length,
    examples: bad.slice(0, 10),
  };
}

async function main(): Promise<void> {
  const options = new Command('load')
    .description('Load a running Fascia with the realistic query mix (autocannon)')
    .option('-u, --url <url>', 'GraphQL endpoint', 'http://localhost:4000/graphql')
    .option('-c, --connections <n>', 'concurrent clients (comma-separated for several runs)', '16')
    .option('-d, --duration <seconds>', 'seconds per run', '20')
    .parse()
    .opts<{ url: string; connections: string; duration: string }>();
  for (const connections of options.connections.split(',').map(Number)) {
    console.log(JSON.stringify(await runLoad(options.url, connections, Number(options.duration)), null, 2));
  }
}

if (require.main === module) {
  main().catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
}

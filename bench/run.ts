import path from 'node:path';
import { Command } from 'commander';
import { runBench, type BenchResult } from './harness';
import { writeMarkdown } from './report';

/**
 * `npm run bench`: Fascia, the floor (hand-written Cypher) and the peer (@neo4j/graphql) on the
 * same Neo4j and the same synthetic graph, at each size. `npm run bench -- --sizes 1000000` runs
 * the million-claim size on its own. docs/performance.md explains the method.
 */
async function main(): Promise<void> {
  const options = new Command('bench')
    .option('-s, --sizes <list>', 'claims per synthetic graph, comma-separated', '10000,100000')
    .option('--latency-requests <n>', 'sequential requests per system and query for latency', '200')
    .option('--warmup-requests <n>', 'requests per system and query before latency is timed', '800')
    .option('--throughput-seconds <n>', 'seconds of load at --connections per system and query', '5')
    .option('-c, --connections <n>', 'concurrent clients for throughput', '16')
    .option('--heap <mb>', 'Neo4j heap for the benchmark database', '2048')
    .option('--pagecache <mb>', 'Neo4j page cache for the benchmark database', '1024')
    .option('--neo4j-uri <uri>', 'use this Neo4j instead of starting one per size')
    .option('--no-offline', "skip the offline importer's load of each size")
    .option('-o, --out <dir>', 'results directory', path.join(__dirname, 'results'))
    .parse()
    .opts<{
      sizes: string;
      latencyRequests: string;
      warmupRequests: string;
      throughputSeconds: string;
      connections: string;
      heap: string;
      pagecache: string;
      neo4jUri?: string;
      offline: boolean;
      out: string;
    }>();
  const results: BenchResult[] = [];
  for (const size of options.sizes.split(',').map(Number)) {
    results.push(
      await runBench({
        size,
        neo4jUri: options.neo4jUri,
        latencyRequests: Number(options.latencyRequests),
        warmupRequests: Number(options.warmupRequests),
        throughputSeconds: Number(options.throughputSeconds),
        connections: Number(options.connections),
        heapMb: Number(options.heap),
        pageCacheMb: Number(options.pagecache),
        offline: options.offline,
        outDir: options.out,
        log: (line) => console.log(line),
      }),
    );
  }
  writeMarkdown(options.out, results);
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exit(1);
});

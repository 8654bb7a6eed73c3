/**
 * Reads a V8 CPU profile (`node --cpu-prof`) and splits its samples into the stages of a request.
 * Each sample goes to the stage of the innermost frame on its stack that belongs to a known
 * stage (the code that was running, or the library it was running inside), so the shares add up
 * to 100 % and say where Node's CPU time went.
 */

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Stages, matched against a frame's script URL (or, for V8's pseudo-frames, its name). */
const stages: Array<{ stage: string; matches: (url: string, name: string) => boolean }> = [
  { stage: 'idle', matches: (_url, name) => name === '(idle)' },
  { stage: 'garbage collection', matches: (_url, name) => name === '(garbage collector)' },
  {
    stage: 'Bolt decoding (neo4j-driver packstream, records)',
    matches: (url) =>
      /neo4j-driver-bolt-connection\/lib\/(packstream|buf|channel\/chunking|bolt\/.*(transformer|response-handler|stream-observers))/.test(
        url,
      ) || /neo4j-driver-core\/lib\/(record|integer)\.js/.test(url),
  },
  { stage: 'neo4j-driver (sessions, results, network)', matches: (url) => url.includes('neo4j-driver') },
  { stage: 'cost estimate (graphql-query-complexity)', matches: (url) => url.includes('graphql-query-complexity') },
  { stage: 'query limits (graphql-armor)', matches: (url) => url.includes('graphql-armor') },
  { stage: 'execution (graphql-js)', matches: (url) => /node_modules\/graphql\/(execution|jsutils)\//.test(url) },
  {
    stage: 'compiled execution (graphql-jit)',
    matches: (url) => url.includes('graphql-jit') || url.includes('fast-json-stringify'),
  },
  { stage: 'validation (graphql-js)', matches: (url) => url.includes('node_modules/graphql/validation/') },
  { stage: 'parsing and printing (graphql-js)', matches: (url) => url.includes('node_modules/graphql/') },
  {
    stage: "Apollo's request pipeline and plugins",
    matches: (url) => url.includes('@apollo/') || url.includes('@as-integrations'),
  },
  { stage: 'Fascia: planning and lookahead', matches: (url) => /dist\/planning\//.test(url) },
  { stage: 'Fascia: loaders and repositories', matches: (url) => /dist\/(loaders|repositories|db)\b/.test(url) },
  { stage: 'Fascia: resolvers', matches: (url) => /dist\/resolvers\//.test(url) },
  {
    stage: 'Fascia: HTTP plugins, context, auth',
    matches: (url) => /dist\/(http|auth|context|server|errors)\b/.test(url),
  },
  { stage: 'DataLoader', matches: (url) => url.includes('node_modules/dataloader') },
  { stage: 'logging (pino)', matches: (url) => url.includes('node_modules/pino') },
  { stage: 'metrics (prom-client)', matches: (url) => url.includes('prom-client') },
  {
    stage: 'Express, routing, CORS, body parsing',
    matches: (url) =>
      /node_modules\/(express|router|body-parser|raw-body|cors|on-finished|finalhandler|send|qs|type-is|iconv-lite|content-type|debug|negotiator|accepts)\//.test(
        url,
      ),
  },
  {
    stage: "Node's HTTP, streams and sockets",
    matches: (url) => /^node:(_http|http|net|stream|internal\/(http|streams|stream_base|net))/.test(url),
  },
  { stage: 'other Node internals', matches: (url) => url.startsWith('node:') },
  { stage: 'other libraries', matches: (url) => url.includes('node_modules') },
  { stage: 'Fascia: other', matches: (url) => url.includes('/dist/') },
];

export interface StageShare {
  stage: string;
  percent: number;
}

/** The share of samples (weighted by their time) in each stage, largest first. */
export function stageShares(profile: CpuProfile): StageShare[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const stageOfNode = new Map<number, string>();
  const stageOf = (id: number): string => {
    const known = stageOfNode.get(id);
    if (known) return known;
    let stage = '(program and native code outside any stage)';
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const { url, functionName } = byId.get(at)!.callFrame;
      const match = stages.find((candidate) => candidate.matches(url, functionName));
      if (match) {
        stage = match.stage;
        break;
      }
    }
    stageOfNode.set(id, stage);
    return stage;
  };
  const time = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, index) => {
    const delta = Math.max(profile.timeDeltas[index] ?? 0, 0);
    total += delta;
    const stage = stageOf(id);
    time.set(stage, (time.get(stage) ?? 0) + delta);
  });
  return [...time]
    .map(([stage, us]) => ({ stage, percent: Math.round((1000 * us) / total) / 10 }))
    .sort((a, b) => b.percent - a.percent);
}

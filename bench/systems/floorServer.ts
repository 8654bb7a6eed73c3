import http from 'node:http';
import { Database } from '../../src/db/database';
import { createDriver } from '../../src/db/driver';
import { excludedStatuses, notGradedRank } from '../../src/domain';
import { createLogger } from '../../src/logger';
import { neighborhood } from '../../src/repositories/neighborhood';
import { shortestPaths } from '../../src/repositories/paths';
import { searchEntities } from '../../src/repositories/search';

/**
 * The floor for the benchmark: each request is one hand-written Cypher statement through
 * neo4j-driver behind a plain HTTP handler, no GraphQL, answering in the canonical JSON
 * (bench/queries.ts). Q3–Q5 use Fascia's repository statements, already one statement each.
 * Usage: tsx bench/systems/floorServer.ts <bolt uri> <port>.
 */
type Handler = (db: Database, variables: Record<string, string>) => Promise<unknown>;

const handlers: Record<string, Handler> = {
  async Q1(db, { id }) {
    const [row] = await db.read(
      /* cypher */ `
      MATCH (t:Entity {id: $id})
      RETURN t.id AS id, t.name AS name, COLLECT {
        MATCH (t)<-[:SUBJECT]-(c:Claim {predicate: 'TREATS'}) WHERE NOT c.status IN ['RETRACTED', 'UNSUPPORTED', 'OVERSTATED']
        WITH c ORDER BY c.id
        RETURN c {.id, .statement, .level,
          object: [(c)-[:OBJECT]->(o) | o {.id, .name}][0],
          citations: COLLECT { MATCH (c)-[cite:CITES]->(s) WITH cite, s ORDER BY cite.position RETURN {locator: cite.locator, source: s {.id, .name}} }}
      } AS claims`,
      { id },
    );
    return row;
  },
  async Q2(db) {
    // `e.id > ''` lets the planner walk the id index in order instead of sorting every entity
    // (without it, Q2 took 90 ms at a million claims).
    return db.read(/* cypher */ `
      MATCH (e:Entity) WHERE e.id > ''
      WITH e ORDER BY e.id LIMIT 50
      RETURN e.id AS id, e.name AS name, COLLECT {
        MATCH (e)<-[:SUBJECT|OBJECT]-(c:Claim) WHERE c.status <> 'RETRACTED'
        WITH DISTINCT c ORDER BY c.levelRank, c.id LIMIT 10
        RETURN c {.id, .predicate, object: [(c)-[:OBJECT]->(o) | o {.id, .name}][0]}
      } AS claims`);
  },
  async Q3(db, { text }) {
    const hits = await searchEntities(db, { text: text!, kinds: null, first: 10 });
    return hits.map((hit) => ({
      score: hit.score,
      entity: { id: hit.entity.id, name: hit.entity.name, kind: hit.entity.kind },
    }));
  },
  async Q4(db, { id }) {
    const graph = await neighborhood(db, id!, {
      depth: 2,
      limit: 200,
      predicates: null,
      maxRank: notGradedRank,
      excluded: excludedStatuses({}),
    });
    return {
      truncated: graph.truncated,
      nodes: graph.nodes,
      edges: graph.edges.map((edge) => ({
        id: edge.id,
        source: edge.source,
        target: edge.target,
        predicate: edge.predicate,
        level: edge.claim.level,
        status: edge.claim.status,
      })),
    };
  },
  async Q5(db, { from, to }) {
    const paths = await shortestPaths(db, from!, to!, { maxLength: 4, first: 3, excluded: excludedStatuses({}) });
    return paths.map((path) => ({
      length: path.length,
      nodes: path.nodes,
      edges: path.edges.map((edge) => ({
        id: edge.id,
        source: edge.source,
        target: edge.target,
        predicate: edge.predicate,
      })),
    }));
  },
};

const [uri, port] = process.argv.slice(2);
const db = new Database(createDriver({ uri: uri!, user: 'neo4j', password: '', logger: createLogger('warn') }), {
  database: 'neo4j',
  transactionTimeoutMs: 30_000,
});
let statements = 0;
db.onTransaction((event) => (statements += event.statements));

http
  .createServer((req, res) => {
    if (req.url === '/stats') return void res.end(JSON.stringify({ statements }));
    const name = req.url?.replace('/q/', '') ?? '';
    const handler = handlers[name];
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      if (!handler) return void res.writeHead(404).end();
      handler(db, JSON.parse(body || '{}')).then(
        (result) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result)),
        (error: Error) => res.writeHead(500).end(error.message),
      );
    });
  })
  .listen(Number(port), '127.0.0.1', () => console.log(`floor ready http://127.0.0.1:${port}`));

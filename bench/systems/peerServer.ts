import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j, { type SessionConfig } from 'neo4j-driver';

/**
 * The peer for the benchmark: @neo4j/graphql (a dev dependency of the benchmark only) serving an
 * equivalent schema over the same graph. It compiles each GraphQL request into one Cypher
 * statement. Usage: tsx bench/systems/peerServer.ts <bolt uri> <port>.
 */
const typeDefs = /* GraphQL */ `
  type Entity @node(labels: ["Entity"]) {
    id: ID!
    name: String!
    kind: String!
    "Q1: the technique's TREATS claims that are not retracted."
    treatsClaims: [Claim!]!
      @cypher(
        statement: "MATCH (this)<-[:SUBJECT]-(c:Claim {predicate: 'TREATS'}) WHERE c.status <> 'RETRACTED' RETURN c ORDER BY c.id"
        columnName: "c"
      )
    "Q2: ten claims at either end, strongest first, not retracted (as Fascia's Entity.claims(first: 10))."
    claims: [Claim!]!
      @cypher(
        statement: "MATCH (this)<-[:SUBJECT|OBJECT]-(c:Claim) WHERE c.status <> 'RETRACTED' WITH DISTINCT c ORDER BY c.levelRank, c.id LIMIT 10 RETURN c"
        columnName: "c"
      )
  }

  type Claim @node(labels: ["Claim"]) {
    id: ID!
    predicate: String!
    statement: String!
    level: String!
    levelRank: Int!
    status: String!
    object: Entity @relationship(type: "OBJECT", direction: OUT)
    citations: [Entity!]! @relationship(type: "CITES", direction: OUT, properties: "Cites")
  }

  type Cites @relationshipProperties {
    locator: String!
    position: Int!
  }
`;

async function main(): Promise<void> {
  const [uri, port] = process.argv.slice(2);
  const driver = neo4j.driver(uri!, neo4j.auth.basic('neo4j', ''));
  let statements = 0;
  // Counts the statements the library runs (it reads through session.executeRead and tx.run),
  // for cypherPerRequest.
  const counted = new Proxy(driver, {
    get(target, property, receiver) {
      if (property !== 'session') return Reflect.get(target, property, receiver);
      return (config: SessionConfig) => {
        const session = target.session(config);
        const executeRead = session.executeRead.bind(session);
        session.executeRead = (work, txConfig) =>
          executeRead((tx) => {
            const run = tx.run.bind(tx);
            tx.run = ((...args: Parameters<typeof run>) => {
              statements += 1;
              return run(...args);
            }) as typeof tx.run;
            return work(tx);
          }, txConfig);
        return session;
      };
    },
  });
  const schema = await new Neo4jGraphQL({ typeDefs, driver: counted }).getSchema();
  const server = new ApolloServer({ schema, csrfPrevention: false });
  const { url } = await startStandaloneServer(server, {
    listen: { port: Number(port), host: '127.0.0.1' },
  });
  // A tiny side channel for the harness: how many statements so far.
  const http = await import('node:http');
  http.createServer((_req, res) => res.end(JSON.stringify({ statements }))).listen(Number(port) + 1, '127.0.0.1');
  console.log(`peer ready ${url}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

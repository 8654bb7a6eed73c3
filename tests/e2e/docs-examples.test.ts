import path from 'node:path';
import { docExamples, docFiles } from '../../src/cli/docExamples';
import { startTestServer, type TestServer } from '../helpers/inProcessServer';

/** Request ids differ on every call; everything else in a documented answer must match. */
function withoutRequestIds(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value), (key, inner) => (key === 'requestId' ? undefined : inner));
}

const examples = docFiles().flatMap(docExamples);

describe.each([
  ['compiled by graphql-jit', 'true'],
  ['executed by graphql-js', 'false'],
])('the example answers in docs/ are what the service answers, %s', (_executor, compiled) => {
  let service: TestServer;
  beforeAll(async () => {
    service = await startTestServer({ FASCIA_COMPILED_EXECUTION: compiled });
  });
  afterAll(() => service.close());

  it('finds examples to check', () => {
    expect(examples.length).toBeGreaterThanOrEqual(10);
  });

  it.each(examples.map((example, index) => [`${path.basename(example.file)} #${index + 1}`, example]))(
    '%s',
    async (_name, example) => {
      const response = await service.gql(example.query);
      expect(withoutRequestIds(response.body)).toEqual(withoutRequestIds(JSON.parse(example.answer)));
    },
  );

  it(compiled === 'true' ? 'compiled the documents it ran' : 'compiled nothing', () => {
    const stats = service.server.compiledExecution;
    if (compiled === 'true') expect(stats!.compiled).toBeGreaterThanOrEqual(examples.length / 2);
    else expect(stats).toBeNull();
  });
});

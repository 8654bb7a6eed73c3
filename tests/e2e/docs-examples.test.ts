import path from 'node:path';
import { docExamples, docFiles } from '../../src/cli/docExamples';
import { startTestServer, type TestServer } from '../helpers/inProcessServer';

/** Request ids differ on every call; everything else in a documented answer must match. */
function withoutRequestIds(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value), (key, inner) => (key === 'requestId' ? undefined : inner));
}

const examples = docFiles().flatMap(docExamples);

describe('the example answers in docs/ are what the service answers', () => {
  let service: TestServer;
  beforeAll(async () => {
    service = await startTestServer();
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
});

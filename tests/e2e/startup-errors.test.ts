import net from 'node:net';
import { freePort } from '../../src/db/freePort';
import { tempDir } from '../helpers/ownNeo4j';
import { ServiceProcess } from '../helpers/service';

jest.setTimeout(120_000);

/** The service's exit and output when it is started with this environment and refuses to run. */
async function refusal(env: Record<string, string>) {
  const service = new ServiceProcess({ LOG_LEVEL: 'info', ...env });
  const exit = await service.waitForExit(60_000);
  return { exit, stderr: service.stderr, logs: service.logs };
}

describe('operator mistakes at start-up: one line on stderr, a non-zero exit, no JVM', () => {
  it('a PORT in use', async () => {
    const port = await freePort();
    const holder = net.createServer().listen(port, '127.0.0.1');
    await new Promise((resolve) => holder.once('listening', resolve));
    try {
      const { exit, stderr, logs } = await refusal({
        PORT: String(port),
        NEO4J_URI: '',
        FASCIA_DATA_DIR: tempDir('fascia-port-'),
      });
      expect(exit.code).toBe(1);
      expect(stderr).toBe(`PORT ${port} is already in use on 127.0.0.1; stop what holds it or set PORT\n`);
      expect(logs.some((line) => String(line.msg).includes('Neo4j'))).toBe(false);
    } finally {
      holder.close();
    }
  });

  it.each([['/proc/fascia-data'], ['/proc/self/fascia-data']])('a data directory it cannot use: %s', async (dir) => {
    const { exit, stderr, logs } = await refusal({
      PORT: String(await freePort()),
      NEO4J_URI: '',
      FASCIA_DATA_DIR: dir,
    });
    expect(exit.code).toBe(2);
    expect(stderr).toMatch(
      new RegExp(`^FASCIA_DATA_DIR ${dir} is not usable: [A-Z]+ \\(point it at a directory this user may write\\)\\n$`),
    );
    expect(logs).toEqual([]);
  });

  it('a bad variable', async () => {
    const { exit, stderr } = await refusal({ PORT: 'eighty' });
    expect(exit.code).toBe(2);
    expect(stderr).toBe('Invalid configuration: PORT: Invalid input: expected number, received NaN (got "eighty")\n');
  });
});

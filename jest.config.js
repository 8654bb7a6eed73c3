// Tests run in band against one shared Neo4j that tests/setup/globalSetup.ts starts (or
// NEO4J_URI when set): Community edition has a single user database, so suites share it and keep
// apart by id prefixes (README, "Tests").
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } },
    ],
  },
  globalSetup: '<rootDir>/tests/setup/globalSetup.ts',
  globalTeardown: '<rootDir>/tests/setup/globalTeardown.ts',
  testTimeout: 60_000,
  slowTestThreshold: 30,
};

// Three projects, by what a test needs (README, "Tests"):
// - unit: no database, no Java, no network; runs in seconds (`npm run test:unit`).
// - integration: real Neo4j through the driver.
// - e2e: the service over HTTP (in-process or as a child process) and the explorer in Chromium.
// integration and e2e share one Neo4j that tests/setup/globalSetup.ts starts (or NEO4J_URI when
// set): Jest runs a global setup module once however many projects name it, and only when one of
// those projects has a test to run. Community edition has a single user database, so suites
// share it and keep apart by id prefixes; they run in band.
const transform = {
  '^.+\\.ts$': [
    '@swc/jest',
    { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } },
  ],
};
const withNeo4j = {
  globalSetup: '<rootDir>/tests/setup/globalSetup.ts',
  globalTeardown: '<rootDir>/tests/setup/globalTeardown.ts',
};

const projects = [
  { displayName: 'unit', testEnvironment: 'node', transform, testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
  {
    displayName: 'integration',
    testEnvironment: 'node',
    transform,
    testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
    ...withNeo4j,
  },
  {
    displayName: 'e2e',
    testEnvironment: 'node',
    transform,
    testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
    ...withNeo4j,
  },
];

// FASCIA_TEST_PROJECTS=unit (npm run test:unit) keeps only the named projects; unlike
// --selectProjects it leaves every argument after it to Jest, so `npm run test:unit -- cursor -t
// decodes` runs one test.
const selected = process.env.FASCIA_TEST_PROJECTS?.split(',').map((name) => name.trim());

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 60_000,
  slowTestThreshold: 30,
  projects: selected ? projects.filter((project) => selected.includes(project.displayName)) : projects,
};

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { diagnostics: false }] },
  // Not timed tests: a generous limit so a busy 2-core CI machine (webpack building beside them) cannot fail them.
  testTimeout: 30_000,
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
};

import path from 'node:path';
import webpack from 'webpack';

export const PROJECT_ROOT = path.resolve(__dirname, '../../..');

/** Builds the harness with webpack.harness.js through webpack's Node API (once per test file). */
export function buildHarness(): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(path.join(PROJECT_ROOT, 'webpack.harness.js')) as (env: object, argv: object) => webpack.Configuration;
  const config = { ...makeConfig({}, { mode: 'development' }), context: PROJECT_ROOT };
  return new Promise((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (!stats || stats.hasErrors()) return reject(new Error(stats?.toString({ all: false, errors: true }) ?? 'webpack failed'));
      resolve();
    });
  });
}

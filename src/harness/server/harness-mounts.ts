import path from 'node:path';
import type { Mounts } from './static-server';

/** Where the harness build goes, relative to the project root. */
export const HARNESS_DIST = 'dist/harness';

/** The built harness at `/`, the bundled sample workbooks at `/examples/`. */
export function harnessMounts(projectRoot: string): Mounts {
  return {
    '/': path.join(projectRoot, HARNESS_DIST),
    '/examples/': path.join(projectRoot, 'examples'),
  };
}

import path from 'node:path';
import { harnessMounts } from './harness-mounts';
import { startStaticServer } from './static-server';

/** `npm run harness`: serves the built harness on localhost until Ctrl+C. PORT picks the port (default 3100). */
async function main(): Promise<void> {
  const root = path.resolve(__dirname, '../../..');
  const port = Number(process.env.PORT ?? 3100);
  const server = await startStaticServer(harnessMounts(root), port);
  process.stdout.write(`Scorecard Rater harness: ${server.url}  (Ctrl+C to stop)\n`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});

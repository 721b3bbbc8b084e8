export * from './static-server';
export * from './harness-mounts';

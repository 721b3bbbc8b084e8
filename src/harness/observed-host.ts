import type { PaneHost } from '../host';

/** Wraps a host so the harness redraws its sheet view after every call the pane makes, failed ones included. */
export function observedHost(host: PaneHost, changed: () => void): PaneHost {
  const after =
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await fn(...args);
      } finally {
        changed();
      }
    };
  return {
    validate: after((r) => host.validate(r)),
    rate: after((r) => host.rate(r)),
    clear: after((r) => host.clear(r)),
    selectCell: after((s, a) => host.selectCell(s, a)),
    loadRules: after(() => host.loadRules()),
    saveRules: after((rules) => host.saveRules(rules)),
    accept: after((flag, note) => host.accept(flag, note)),
    revokeAcceptance: after((flag) => host.revokeAcceptance(flag)),
    prepareCirculation: after((options) => host.prepareCirculation(options)),
  };
}

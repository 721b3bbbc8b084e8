import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkManifest } from '../../scripts/check-manifest';
import { registerCommands } from '../../src/commands';
import { createFakeExcel, createFakeOffice } from '../support/fake-excel';

// webpack.config.js is plain CommonJS so webpack-cli loads it without a TypeScript step.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parts } = require('../../webpack.config.js') as {
  parts: { manifestFor(xml: string, baseUrl: string): string; addinUrl(env: { addinUrl?: string }): string };
};

const ROOT = join(__dirname, '..', '..');
const BASE = 'https://addins.example.org/scorecard/';

describe('the production manifest the build writes', () => {
  const xml = parts.manifestFor(readFileSync(join(ROOT, 'manifest.xml'), 'utf8'), BASE);

  it('points every URL at ADDIN_URL and the app domain at its origin', () => {
    expect(xml).not.toMatch(/https?:\/\/localhost/);
    const urls = [...xml.matchAll(/DefaultValue="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.every((u) => u.startsWith(BASE))).toBe(true);
    expect(xml).toContain('<AppDomain>https://addins.example.org</AppDomain>');
  });

  it('still passes the offline checks', () => {
    // Registration is checked against the commands code in check-manifest.test.ts; here, what the URLs change.
    const functions = [...xml.matchAll(/<FunctionName>(\w+)<\/FunctionName>/g)].map((m) => m[1]);
    const readUrl = (url: string) => {
      const file = join(ROOT, url.slice(BASE.length));
      return url.startsWith(BASE) && existsSync(file) ? readFileSync(file) : null;
    };
    expect(functions).toHaveLength(3);
    expect(checkManifest(xml, { registeredFunctions: functions, readUrl })).toEqual([]);
  });

  it('refuses a non-https ADDIN_URL', () => {
    expect(() => parts.addinUrl({ addinUrl: 'http://addins.example.org/' })).toThrow(/must be an https URL/);
    expect(parts.addinUrl({ addinUrl: 'https://addins.example.org/scorecard' })).toBe(BASE);
  });
});

import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { measureBundleSizes, pageScripts } from '../../bench/bundle-size';

describe('bundle size measurement', () => {
  it('counts the local scripts a page loads, not the Office.js CDN', () => {
    const html =
      '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script><script defer src="./vendor.js?v=1"></script><script src="taskpane.js"></script>';
    expect(pageScripts(html)).toEqual(['vendor.js', 'taskpane.js']);
    const minified = "<script src=https://appsforoffice.microsoft.com/lib/1/hosted/office.js></script><script defer src=taskpane.js></script><script src='b.js'></script>";
    expect(pageScripts(minified)).toEqual(['taskpane.js', 'b.js']);
  });

  it('sums gzipped sizes per page and checks the budgets', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bundle-size-'));
    // Random bytes do not compress, so this "commands bundle" is over its 150 KB budget.
    const big = randomBytes(200_000);
    writeFileSync(path.join(dir, 'taskpane.html'), '<script src="https://x/office.js"></script><script src="vendor.js"></script><script src="taskpane.js"></script>');
    writeFileSync(path.join(dir, 'vendor.js'), 'console.log(1);'.repeat(100));
    writeFileSync(path.join(dir, 'taskpane.js'), 'var a = 1;');
    writeFileSync(path.join(dir, 'commands.js'), big);
    const sizes = measureBundleSizes(dir);
    expect(sizes.taskpane.files).toEqual(['vendor.js', 'taskpane.js']);
    expect(sizes.taskpane.bytes).toBe(1500 + 10);
    expect(sizes.taskpane.gzipBytes).toBe(gzipSync('console.log(1);'.repeat(100), { level: 9 }).length + gzipSync('var a = 1;', { level: 9 }).length);
    expect(sizes.taskpane.withinLimit).toBe(true);
    expect(sizes.commands.files).toEqual(['commands.js']);
    expect(sizes.commands.gzipBytes).toBeGreaterThan(150_000);
    expect(sizes.commands.withinLimit).toBe(false);
  });

  it('refuses to measure a missing build rather than report zero', () => {
    expect(() => measureBundleSizes(path.join(tmpdir(), 'no-such-dist-folder'))).toThrow(/run npm run build first/);
  });
});

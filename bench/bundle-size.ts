import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Budgets from issue 4: the pane loads once per session, the commands page on every ribbon click. */
export const BUNDLE_LIMITS = { taskpane: 400_000, commands: 150_000 } as const;

export interface BundleSize {
  /** JavaScript files the page loads from the add-in's own server (Office.js from the CDN is not ours to count). */
  files: string[];
  bytes: number;
  gzipBytes: number;
  limitGzipBytes: number;
  withinLimit: boolean;
}

export type BundleSizes = Record<keyof typeof BUNDLE_LIMITS, BundleSize>;

/** Local script sources of a built page, in order: what the browser will download and run. */
export function pageScripts(html: string): string[] {
  const out: string[] = [];
  // Production pages are minified, so attribute values may be unquoted (`<script defer src=taskpane.js>`).
  for (const m of html.matchAll(/<script\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>/gi)) {
    const src = m[1] ?? m[2] ?? m[3];
    if (/^(https?:)?\/\//i.test(src)) continue;
    out.push(src.replace(/^\.?\//, '').split(/[?#]/)[0]);
  }
  return out;
}

function scriptsFor(distDir: string, entry: string): string[] {
  const html = path.join(distDir, `${entry}.html`);
  if (existsSync(html)) return pageScripts(readFileSync(html, 'utf8'));
  // No page: fall back to the entry's own bundle file(s), e.g. taskpane.js or taskpane.3f2a.js.
  return readdirSync(distDir).filter((f) => f.endsWith('.js') && (f === `${entry}.js` || f.startsWith(`${entry}.`)));
}

function measure(distDir: string, entry: keyof typeof BUNDLE_LIMITS): BundleSize {
  const files = scriptsFor(distDir, entry);
  let bytes = 0;
  let gzipBytes = 0;
  for (const f of files) {
    const data = readFileSync(path.join(distDir, f));
    bytes += data.length;
    gzipBytes += gzipSync(data, { level: 9 }).length;
  }
  const limitGzipBytes = BUNDLE_LIMITS[entry];
  return { files, bytes, gzipBytes, limitGzipBytes, withinLimit: files.length > 0 && gzipBytes <= limitGzipBytes };
}

/**
 * Gzipped size of the production task pane and commands pages' JavaScript in `distDir`
 * (run `npm run build` first). Throws when the folder is missing, so a bench never reports 0.
 */
export function measureBundleSizes(distDir = path.resolve(__dirname, '..', 'dist')): BundleSizes {
  if (!existsSync(distDir)) throw new Error(`No build in ${distDir}: run npm run build first.`);
  return { taskpane: measure(distDir, 'taskpane'), commands: measure(distDir, 'commands') };
}

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * The engine reads as a pipeline: a file may import only from its own stage or an earlier one.
 * rules comes before layout (recognition reads the vocabulary from the rules), flags before rating
 * (rating raises flags), plan (the write model) before summary (the summary sheet is a plan's new
 * sheet). The report types and problems (run/run-report.ts, run/problem.ts, messages.ts) are a
 * stage of their own, after rating and before summary, since summary counts into them.
 */
const STAGES = ['grid', 'values', 'rules', 'layout', 'flags', 'rating', 'plan', 'report', 'summary', 'run', 'front door'] as const;

const ENGINE = resolve(__dirname, '../../src/engine');

function stageOf(file: string): (typeof STAGES)[number] {
  const rel = relative(ENGINE, file).replace(/\\/g, '/');
  if (rel === 'index.ts') return 'front door';
  if (rel === 'messages.ts' || rel === 'run/run-report.ts' || rel === 'run/problem.ts' || rel === 'run/outcome.ts') return 'report';
  const folder = rel.split('/')[0];
  if (folder === 'workbook' || folder === 'run') return 'run';
  if (!(STAGES as readonly string[]).includes(folder)) throw new Error(`${rel} is in no stage: add its folder to STAGES`);
  return folder as (typeof STAGES)[number];
}

function engineFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? engineFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

function resolveImport(from: string, spec: string): string {
  const base = resolve(dirname(from), spec);
  for (const candidate of [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), base]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // try the next candidate
    }
  }
  throw new Error(`cannot resolve ${spec} from ${from}`);
}

/** The relative imports (type-only included) of one engine file that point to a later stage, as `from -> to`. */
function laterStageImports(file: string, text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/g)) {
    const target = resolveImport(file, m[1]);
    if (!target.startsWith(ENGINE)) throw new Error(`${relative(ENGINE, file)} imports from outside the engine: ${m[1]}`);
    if (target.endsWith('.json')) continue;
    if (STAGES.indexOf(stageOf(target)) > STAGES.indexOf(stageOf(file))) found.push(`${relative(ENGINE, file)} -> ${relative(ENGINE, target)}`);
  }
  return found;
}

function backwardImports(): string[] {
  return [...new Set(engineFiles(ENGINE).flatMap((file) => laterStageImports(file, readFileSync(file, 'utf8'))))].sort();
}

describe('the engine imports only from earlier pipeline stages', () => {
  it('has no import from a later stage', () => {
    expect(backwardImports()).toEqual([]);
  });

  it('would see one: rating importing the summary is reported', () => {
    const file = join(ENGINE, 'rating/rate-sheet.ts');
    expect(laterStageImports(file, "import { countRatings } from '../summary/count-ratings';")).toEqual(['rating/rate-sheet.ts -> summary/count-ratings.ts']);
    expect(laterStageImports(file, "import type { Flag } from '../flags/flag';")).toEqual([]);
  });
});

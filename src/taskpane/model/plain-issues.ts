import type { RuleIssue } from '../../engine';

/**
 * A rules problem in the analyst's words: where (`The override for P2.4, polarity`) and what
 * (`must be one of high, low or none`). The schema's own messages that are already plain pass
 * through; zod's generic ones (`Invalid option: expected one of "high"|"low"|"none"`) are reworded.
 */
export interface PlainIssue {
  where: string;
  what: string;
}

const KINDS: Record<string, string> = {
  number: 'a number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list in [ ]',
  object: 'a group of fields in { }',
  null: 'null',
};

const FIELDS: Record<string, string> = {
  version: 'Version',
  amberTolerance: 'Amber tolerance',
  bandTolerance: 'Band tolerance',
  staticTolerance: 'Static tolerance (direction of travel)',
  comparatorRescue: 'Comparator rescue',
  noTargetBasis: 'What a measure without a target is compared with',
  smallCount: 'Small counts',
  markers: 'Markers',
  palette: 'Colours',
  summarySheetName: 'Summary sheet name',
  measures: 'Measure overrides',
  columns: 'Column map',
  headerWords: 'Header words',
  polarityWords: 'Polarity words',
  '(file)': 'The file',
  '(rules)': 'The file',
};

const OVERRIDE_FIELDS = new Set(['polarity', 'target', 'amberTolerance', 'frequency', 'exclude', 'note']);

function list(options: string[]): string {
  return options.length < 2 ? options.join('') : `${options.slice(0, -1).join(', ')} or ${options[options.length - 1]}`;
}

/** zod's generic message reworded; a message the schema already words plainly is returned as it is. */
export function plainIssueMessage(message: string): string {
  let m = /^Invalid option: expected one of (.+)$/.exec(message);
  if (m) return `must be one of ${list(m[1].split('|').map((o) => o.replace(/^"|"$/g, '')))}`;
  m = /^Invalid input: expected (\w+), received (\w+)$/.exec(message);
  if (m) {
    const want = KINDS[m[1]] ?? m[1];
    return m[2] === 'undefined' ? `is missing: it must be ${want}` : `must be ${want}, not ${KINDS[m[2]] ?? m[2]}`;
  }
  m = /^Invalid input: expected (.+)$/.exec(message);
  if (m) return `must be ${m[1].replace(/"/g, '')}`;
  m = /^Too (big|small): expected (\w+) to (?:have )?([<>]=?)\s*([\d.]+)\s*(\w*)/.exec(message);
  if (m) {
    const bound = m[1] === 'big' ? 'at most' : 'at least';
    const unit = m[2] === 'string' ? ' characters' : m[2] === 'array' ? ' items' : m[5] ? ` ${m[5]}` : '';
    if (m[2] === 'string' && m[1] === 'small' && m[4] === '1') return 'must not be empty';
    return `must be ${bound} ${m[4]}${unit}`;
  }
  m = /^unknown field (.+)$/.exec(message);
  if (m) return `has a field the rules do not know (${m[1]}): check its spelling or remove it`;
  m = /^not valid JSON: (.+)$/.exec(message);
  if (m) return `is not valid JSON (${m[1]}): check for a missing comma, quote or bracket`;
  if (/^Invalid /.test(message)) return 'is not in a form the rules accept';
  return message;
}

/** Where an issue is, from its dotted path; refs may hold dots themselves (`measures.P2.4.polarity`). */
export function issueWhere(path: string): string {
  if (path.startsWith('measures.')) {
    const rest = path.slice('measures.'.length);
    const last = rest.lastIndexOf('.');
    const field = last > 0 ? rest.slice(last + 1) : '';
    if (OVERRIDE_FIELDS.has(field)) return `The override for ${rest.slice(0, last)}, ${field}`;
    return `The override for ${rest}`;
  }
  const [head, ...tail] = path.split('.');
  const name = FIELDS[head] ?? head;
  if (head === 'smallCount' && tail[0]) return `${name}, ${tail[0] === 'min' ? 'lowest' : 'highest'}`;
  return tail.length ? `${name}, ${tail.map((t) => (/^\d+$/.test(t) ? `item ${Number(t) + 1}` : t)).join(', ')}` : name;
}

export function plainIssue(issue: RuleIssue): PlainIssue {
  return { where: issueWhere(issue.path), what: plainIssueMessage(issue.message) };
}

/** Several issues as one sentence, for a message bar. */
export function describePlainIssues(issues: RuleIssue[]): string {
  return issues.map((i) => {
    const p = plainIssue(i);
    return `${p.where} ${p.what}`;
  }).join('; ');
}

import { z } from 'zod';
import defaults from './default-rules.json';

const Colour = z.string().regex(/^#[0-9A-Fa-f]{6}$/, 'must be a colour like #FFC7CE');
const Swatch = z.object({ fill: Colour.nullable(), font: Colour.nullable() }).strict();
const Fraction = z.number().min(0, 'must be 0 or more').max(1, 'must be at most 1 (a fraction: 0.1 is 10 %)');

export const Polarity = z.enum(['high', 'low']);
export type Polarity = z.infer<typeof Polarity>;

/** How often a measure is reported: anything but quarterly may be blank without a MISSING_VALUE flag. */
export const Frequency = z.enum(['quarterly', 'termly', 'annual']);
export type Frequency = z.infer<typeof Frequency>;

export const Comparator = z.enum(['statNeighbour', 'national', 'yearEnd']);
export type Comparator = z.infer<typeof Comparator>;

/** Per-measure override, keyed by ref. Targets are written as in a cell: `90%`, `426`, `400-450`; `none` removes the sheet's target. */
export const MeasureOverride = z
  .object({
    polarity: z.enum(['high', 'low', 'none']).optional(),
    target: z
      .string()
      .max(40)
      .regex(/^\s*(none|[-+]?[\d.,]+\s*%?(\s*(-|–|to)\s*[-+]?[\d.,]+\s*%?)?)\s*$/i, 'must be a number (90%, 426), a range (400-450) or none')
      .optional(),
    amberTolerance: Fraction.optional(),
    frequency: Frequency.optional(),
    exclude: z.boolean().optional(),
    note: z.string().max(500).optional(),
  })
  .strict();
export type MeasureOverride = z.infer<typeof MeasureOverride>;

/**
 * A column role a rule set may name (spec §2): the layout's roles, with the four quarters named
 * one by one (`q1`…`q4`) since a sheet has several quarter columns.
 */
export const ColumnKey = z.enum([
  'ref', 'measure', 'polarity', 'statNeighbour', 'national', 'target', 'yearEnd', 'q1', 'q2', 'q3', 'q4',
  'rag', 'direction', 'comments', 'lead', 'source', 'priorities', 'bandRequiresImprovement', 'bandGood', 'bandOutstanding',
]);
export type ColumnKey = z.infer<typeof ColumnKey>;

/** Header text of a column (matched as headers are) or a column letter (`C`). */
const ColumnPointer = z.string().trim().min(1, 'must name a header or a column letter').max(255);
const Words = z.array(z.string().trim().min(1).max(80)).max(200);

export const RuleSet = z
  .object({
    version: z.literal(1).default(1),
    /** Amber when within this fraction of the target (relative). */
    amberTolerance: Fraction.default(defaults.amberTolerance),
    /** Amber when outside a target band by at most this fraction of the nearest edge. */
    bandTolerance: Fraction.default(defaults.bandTolerance),
    /** Direction of travel is static when the change is at most this fraction of last period. */
    staticTolerance: Fraction.default(defaults.staticTolerance),
    /** Rate amber, not red, when a missed target still beats the national (else statistical neighbour) average. */
    comparatorRescue: z.boolean().default(defaults.comparatorRescue),
    /** What a measure with polarity but no target is compared with, first present wins. */
    noTargetBasis: z.array(Comparator).default(defaults.noTargetBasis as Comparator[]),
    /**
     * Counts from `min` to `max` could identify a child (SMALL_COUNT). `severity` is `error` by
     * default (committee papers are published: not fit to circulate until suppressed or accepted);
     * `warning` lets a team that circulates internally treat them as something to review.
     */
    smallCount: z
      .object({ min: z.number().int().min(0), max: z.number().int().min(0), severity: z.enum(['error', 'warning']).default('error') })
      .strict()
      .refine((s) => s.min <= s.max, 'min must not be above max')
      .default(defaults.smallCount as { min: number; max: number; severity: 'error' | 'warning' }),
    markers: z
      .object({ suppressed: z.array(z.string().max(40)), missing: z.array(z.string().max(40)) })
      .strict()
      .default(defaults.markers),
    palette: z
      .object({ red: Swatch, amber: Swatch, green: Swatch, na: Swatch, flagError: Swatch, flagWarning: Swatch })
      .strict()
      .default(defaults.palette),
    summarySheetName: z
      .string()
      .min(1)
      .max(31, 'must be at most 31 characters (an Excel limit)')
      .regex(/^[^\\/?*[\]:]+$/, 'must not contain \\ / ? * [ ] :')
      .default(defaults.summarySheetName),
    measures: z.record(z.string().min(1).max(40), MeasureOverride).default({}),
    /** A hand-made column map: wins over recognition on every sheet where the header is found. */
    columns: z.partialRecord(ColumnKey, ColumnPointer).default({}),
    /** Header words added to the built-in vocabulary, per role. */
    headerWords: z.partialRecord(ColumnKey, Words).default({}),
    /** Polarity cell words added to the built-in ones. */
    polarityWords: z.object({ high: Words.optional(), low: Words.optional() }).strict().default({}),
  })
  .strict();
export type RuleSet = z.infer<typeof RuleSet>;
/** What a rules file may hold: any field left out takes the default. */
export type RuleSetInput = z.input<typeof RuleSet>;

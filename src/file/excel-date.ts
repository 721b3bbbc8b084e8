/** Days between Excel's 1900 epoch (with its 1900 leap-year bug) and 1970-01-01. */
const EPOCH_1900 = 25569;
/** The 1904 date system (old Mac workbooks) starts 1,462 days later. */
const OFFSET_1904 = 1462;
const MS_PER_DAY = 86_400_000;

/**
 * A JS Date (from an ISO date cell, `t="d"`, read as UTC) to the Excel serial number Excel would
 * store for it. Rounded to the millisecond to drop float noise.
 */
export function dateToSerial(date: Date, date1904 = false): number {
  const days = date.getTime() / MS_PER_DAY + EPOCH_1900 - (date1904 ? OFFSET_1904 : 0);
  return Math.round(days * MS_PER_DAY) / MS_PER_DAY;
}

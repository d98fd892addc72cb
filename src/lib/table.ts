import type { Source } from '../data/schema.ts';
import { sourceCredit } from '../data/sources.ts';
import type { Formats } from '../i18n/format.ts';
import type { Messages } from '../i18n/messages.ts';

/**
 * A visual's data as a plain table: rendered as the accessible data table under the figure and
 * served as the "download the data (CSV)" file. Every row carries its own sources.
 */
/** A range as sources give it ("50 to 1,000"): [low, high]. */
export type Range = readonly [number, number];
export type Cell = string | number | Range | null;

export interface TableColumn {
  key: string;
  label: string;
  /** Right-aligned, written without thousands separators in the CSV. */
  numeric?: boolean;
}

export interface TableRow {
  cells: Record<string, Cell>;
  sources: Source[];
}

export interface DataTable {
  /** Name of the CSV file, without extension (e.g. "population" -> /data/population.csv). */
  file: string;
  caption: string;
  columns: TableColumn[];
  rows: TableRow[];
}

/**
 * A table's columns in the order given, each labelled by the language's messages under its key; `numeric`
 * names the columns that hold quantities. The order is the code's, so the CSV's header is the same in every language.
 */
export function tableColumns<Key extends string>(labels: Record<Key, string>, keys: readonly Key[], numeric: readonly Key[] = []): TableColumn[] {
  return keys.map((key) => ({ key, label: labels[key], ...(numeric.includes(key) ? { numeric: true } : {}) }));
}

/** The CSV's last column: each source as "Publisher: Title <url>", separated by " | ". */
export const SOURCES_COLUMN = 'sources';

/** RFC 4180 field: quoted when it holds a comma, quote or line break; formulas defused for spreadsheets. */
export function csvField(value: Cell): string {
  if (value === null) return '';
  let text = isRange(value) ? `${value[0]}–${value[1]}` : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text) && !/^-?\d/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function formatSources(sources: Source[], t: Messages): string {
  return sources.map((s) => `${sourceCredit(s, t)}: ${s.title} <${s.url}>`).join(' | ');
}

/** The table as CSV text (UTF-8, CRLF line ends as RFC 4180 asks), header row first. */
export function tableToCsv(table: DataTable, t: Messages): string {
  const header = [...table.columns.map((c) => c.key), SOURCES_COLUMN];
  const lines = [header, ...table.rows.map((row) => [...table.columns.map((c) => row.cells[c.key] ?? null), formatSources(row.sources, t)])];
  return lines.map((line) => line.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** A cell as the HTML table shows it: numbers and ranges as the page's language writes them, empty as an en dash. */
export function formatCell(value: Cell, format: Formats): string {
  if (value === null || value === '') return '–';
  if (isRange(value)) return `${format.number(value[0])}–${format.number(value[1])}`;
  return typeof value === 'number' ? format.number(value) : value;
}
const isRange = (value: Cell): value is Range => Array.isArray(value);

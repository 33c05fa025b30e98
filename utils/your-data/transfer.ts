import type { Settings } from '@/utils/settings/schema';
import type { HistoryData } from '@/utils/history/history-data';
import { EXPORT_FORMAT, EXPORT_VERSION, exportFileSchema, type ExportFile } from './export-file';
import { describeIssues, describeSyntaxError, findForbiddenKey, lineAndColumn } from './json-problems';
import { findTooDeep, MAX_IMPORT_DEPTH } from './nesting';

/** The largest file an import reads; larger ones are refused before reading a byte. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/** How many problems an import names before "…and N more". */
const PROBLEMS_SHOWN = 5;

export type ParsedImport = { ok: true; file: ExportFile } | { ok: false; error: string; problems: string[] };

const refuse = (error: string, problems: string[] = []): ParsedImport => ({ ok: false, error, problems });

function tooLarge(bytes: number): ParsedImport {
  const mb = (bytes / (1024 * 1024)).toFixed(1);
  return refuse(`This file is ${mb} MB; Cultivate imports files up to 50 MB. Nothing was imported.`);
}

export function buildExport(data: HistoryData, settings: Settings, now: number): ExportFile {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    settings,
    contacts: data.contacts,
    touches: data.touches,
  };
}

export function serializeExport(file: ExportFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** `cultivate-export-2026-11-25.json`, the local date. */
export function exportFileName(now: number): string {
  const date = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `cultivate-export-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
}

/**
 * Checks a whole export file before anything is written: size, JSON syntax, keys that could
 * pollute prototypes, format and version, then every field against the store's own schemas.
 * Says exactly what is wrong, with the JSON path or the line and column.
 */
export function parseImport(text: string): ParsedImport {
  // A UTF-16 code unit is at least one byte of the file: longer than the limit is larger too.
  if (text.length > MAX_IMPORT_BYTES) return tooLarge(text.length);
  // Before anything recursive (the key walk, the schema) sees the data, in one pass over the text.
  const deep = findTooDeep(text);
  if (deep) {
    const { line, column } = lineAndColumn(text, deep.offset);
    return refuse(
      `This file nests more than ${MAX_IMPORT_DEPTH} levels deep (at line ${line}, column ${column}); a Cultivate export nests six. Nothing was imported.`,
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return refuse(describeSyntaxError(text, error));
  }
  const forbidden = findForbiddenKey(raw);
  if (forbidden) return refuse(`This file has a key Cultivate never writes, at ${forbidden}: refused, nothing was imported.`);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || (raw as { format?: unknown }).format !== EXPORT_FORMAT) {
    return refuse(`This is not a Cultivate export: the file has no "format": "${EXPORT_FORMAT}".`);
  }
  const version = (raw as { version?: unknown }).version;
  if (version !== EXPORT_VERSION) {
    const newer = typeof version === 'number' && version > EXPORT_VERSION;
    return refuse(
      newer
        ? `This export is version ${version}, made by a newer Cultivate; this one reads version ${EXPORT_VERSION}. Update Cultivate, then import it.`
        : `This export's version is ${JSON.stringify(version) ?? 'missing'}; Cultivate reads version ${EXPORT_VERSION}.`,
    );
  }
  const parsed = exportFileSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = describeIssues(parsed.error.issues, PROBLEMS_SHOWN);
    return refuse(`This file does not fit the Cultivate export format, so nothing was imported. ${problems[0] ?? ''}`, problems);
  }
  return { ok: true, file: parsed.data };
}

/** Reads a chosen file; one over 50 MB is refused from its size alone. */
export async function readImportFile(file: Blob): Promise<ParsedImport> {
  if (file.size > MAX_IMPORT_BYTES) return tooLarge(file.size);
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return refuse(`Could not read the file: ${error instanceof Error ? error.message : String(error)}`);
  }
  return parseImport(text);
}

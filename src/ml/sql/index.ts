/** Scoring SQL export (one standard SELECT per model). */
export { modelToSql, SqlExportError, MAX_SQL_BYTES, quoteIdent, quoteTable, quoteString, num, type SqlOptions } from './export'

/** Scoring SQL export (one standard SELECT per model). */
export { modelToSql, SqlExportError, quoteIdent, quoteTable, quoteString, num, type SqlOptions } from './export'

// The report format's name and version, apart from its schema (schema.ts) so that writing a report does not load the
// validator: only reading an untrusted report back does.

export const REPORT_SCHEMA = 'model-gate/report';
/** 2: a packed file's digest may lack its sha256 (manifest schema version 3 no longer records it). History: docs/REPORT.md. */
export const REPORT_VERSION = 2;
/** The versions a reader accepts: version 1 differs only in requiring a packed file's sha256. */
export const READABLE_VERSIONS = [1, REPORT_VERSION] as const;

// The report format's name and version, apart from its schema (schema.ts) so that writing a report does not load the
// validator: only reading an untrusted report back does.

export const REPORT_SCHEMA = 'model-gate/report';
/** The version written; each version's changes: docs/REPORT.md#versions. */
export const REPORT_VERSION = 6;
/** The versions a reader accepts. */
export const READABLE_VERSIONS = [1, 2, 3, 4, 5, REPORT_VERSION] as const;
/** Per-class figures a report keeps: the classes that changed most (a language model has thousands of classes). */
export const MAX_CLASS_FIGURES = 100;

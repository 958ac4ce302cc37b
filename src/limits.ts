// The limits of what model-gate reads and writes, declared once: the report's schema and validator, the inputs that must
// refuse what a report would refuse, and the readers of untrusted files all take them from here.

/** Models in one report: a whole gate, the shards of a matrix together. */
export const MAX_MODELS = 500;
/** Bytes of a report.json read back (an artifact, a release asset). */
export const MAX_REPORT_BYTES = 5 << 20;
/** Longest string field a report may hold; the renderer clips shorter still (names to 200 characters). */
export const MAX_STRING = 10_000;
/** Checks per model: one per metric at most, with room for metrics added later (a new metric is not a new format). */
export const MAX_CHECKS = 50;
/** Rows of a variant table: the original and each variant kind, with room for kinds added later. */
export const MAX_VARIANT_ROWS = 20;
/** The variant table lists at most this many of the worst tensors (model-gate writes 5). */
export const MAX_WORST_TENSORS = 20;
/** Most releases a history reads (the `history` setting's upper bound); a history holds those and this run. */
export const MAX_HISTORY_RELEASES = 100;
/** Interface changes a report lists per model, breaking ones first; the rest are counted (`more`). */
export const MAX_INTERFACE_CHANGES = 100;
/** Per-class figures a report keeps: the classes that changed most (a language model has thousands of classes). */
export const MAX_CLASS_FIGURES = 100;

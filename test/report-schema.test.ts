// The report's declared schema (src/report/schema.ts) against what describes it and what depends on it: docs/REPORT.md
// documents exactly its fields, a change of it comes with a new schemaVersion, and its JSON Schema is a real one
// (an independent validator, ajv, accepts a report model-gate wrote).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { buildReport } from '../src/report/json.js';
import { summarize } from '../src/report/text.js';
import { REPORT_VERSION } from '../src/report/format.js';
import { reportJsonSchema } from '../src/report/schema.js';
import { METRIC_IDS, METRICS } from '../src/checks.js';
import { defaultConfig } from '../src/inputs/build-config.js';
import { ROOT } from './helpers.js';

/**
 * The sha256 of the JSON Schema of each schema version (keys sorted, so only its content counts). Never edit a recorded
 * line: a change of the schema is a new version (bump REPORT_VERSION in src/report/format.ts, say what changed in
 * docs/REPORT.md, and add its hash here, and in the test below the sha256 of the lines before it, which freezes them).
 * Version 2 is the first recorded: the schema declared for what version 2 wrote.
 * (Should a zod upgrade alone change the generated text, check that the schema means the same and say so in the commit.)
 */
const SCHEMA_HASHES: Record<number, string> = {
  2: '5a1bf4231ff0faaac1b9c45def809b6fb88fe817c563881c8ff4993f9952e2dc',
  3: '488334972ab4be3f5d6cb51a8b0449ee56202c14dae37b3d7d93302f2d44fa3c',
  4: 'c90d279d40414ca945db97fd781a7a78c95fefb9e2f9087a34e20a93384e8f77',
  5: '859711c7d1a1c8591e383367bc565a33142e3568337545ce4db610f339ad3fb1',
  6: 'ad9006153b0d3cbddc1707ba28bd90940eb35033b6c52337e091c9eaf2ec5ac6',
};

type Node = { type?: string | string[]; properties?: Record<string, Node>; items?: Node; anyOf?: Node[]; $ref?: string; $defs?: Record<string, Node> };

/** Field paths of one schema part, e.g. `settings.bench.budgetSeconds`, `worstTensors[].name`; a `$ref` is not entered. */
function fieldPaths(node: Node, prefix = '', out = new Set<string>()): Set<string> {
  if (node.$ref) return out;
  if (node.anyOf) {
    for (const branch of node.anyOf) fieldPaths(branch, prefix, out);
    return out;
  }
  if (node.properties) {
    for (const [key, value] of Object.entries(node.properties)) {
      const path = prefix ? `${prefix}.${key}` : key;
      out.add(path);
      fieldPaths(value, path, out);
    }
  } else if (node.items) fieldPaths(node.items, `${prefix}[]`, out);
  return out;
}

/** The doc's field tables: per `### \`Name\`` section, the code span in the first cell of each row. */
function documentedPaths(markdown: string): Map<string, Set<string>> {
  const sections = new Map<string, Set<string>>();
  let current: Set<string> | null = null;
  for (const line of markdown.split('\n')) {
    const heading = /^### `(\w+)`$/.exec(line);
    if (heading) sections.set(heading[1]!, (current = new Set()));
    else if (/^#{1,3} /.test(line)) current = null;
    const row = /^\| `([^`]+)` \|/.exec(line);
    if (row && current) current.add(row[1]!);
  }
  return sections;
}

/** JSON with every object's keys sorted. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const schemaHash = () => createHash('sha256').update(canonical(reportJsonSchema())).digest('hex');

describe('the report schema', () => {
  test('docs/REPORT.md documents every field of every part of the schema, and no other', async () => {
    const schema = reportJsonSchema() as Node;
    const parts = new Map<string, Node>([['Report', schema], ...Object.entries(schema.$defs ?? {})]);
    const documented = documentedPaths(await readFile(join(ROOT, 'docs', 'REPORT.md'), 'utf8'));
    assert.deepEqual([...documented.keys()].sort(), [...parts.keys()].sort(), 'one `###` section per part of the schema');
    for (const [name, node] of parts) {
      const fields = [...fieldPaths(node)].sort();
      assert.deepEqual([...(documented.get(name) ?? [])].sort(), fields, `docs/REPORT.md, section ${name}`);
    }
  });

  test('the recorded hashes of released versions are frozen: the ledger only grows', () => {
    // Every version from the first recorded to this one has its line, and nothing above this one.
    assert.deepEqual(Object.keys(SCHEMA_HASHES).map(Number), Array.from({ length: REPORT_VERSION - 1 }, (_, i) => i + 2));
    // The lines of released versions (all but this one), as they were released: editing one fails here.
    const released = Object.entries(SCHEMA_HASHES).filter(([version]) => Number(version) < REPORT_VERSION).map(([version, hash]) => `${version} ${hash}\n`).join('');
    const RELEASED_LINES: Record<number, string> = {
      5: '44f68491ca1374a4f50872e41433faf88c7b897c2bb10fecb9f229ea074836c7',
      6: '99cc95f5c9f8e4e0ed40b81e027f3c69b6a4f3e09bc3b4ff031fc6f304d12326',
    };
    assert.equal(createHash('sha256').update(released).digest('hex'), RELEASED_LINES[REPORT_VERSION], `the recorded hashes of versions before ${REPORT_VERSION} changed:\n${released}`);
  });

  test('the schema changes only with a new schemaVersion', () => {
    const hash = schemaHash();
    assert.equal(
      SCHEMA_HASHES[REPORT_VERSION],
      hash,
      `the JSON Schema of report version ${REPORT_VERSION} changed (now ${hash}): a change of the public format needs a new REPORT_VERSION in src/report/format.ts, its entry in docs/REPORT.md and its hash in test/report-schema.test.ts`,
    );
  });

  test('an independent validator (ajv) accepts a report model-gate wrote, and refuses one the schema refuses', async () => {
    const validate = new Ajv2020({ allErrors: false, strict: false }).compile(reportJsonSchema());
    const environment = { cpu: 'c', cores: 2, os: 'o', arch: 'x64', node: 'v24', onnxruntime: '1', runner: null };
    
    const report = buildReport({ verdict: 'no-baseline', models: [], baseline: { source: null, note: 'none' }, removed: [], config: defaultConfig(), environment });
    assert.ok(validate(JSON.parse(JSON.stringify(report))), JSON.stringify(validate.errors));
    assert.ok(!validate({ ...report, environment: { ...environment, cores: 'two' } }));
  });
});

describe('the summary line', () => {
  test('its order of flagged metrics comes from the metric catalog: every metric has its own rank', () => {
    const ranks = METRIC_IDS.map((id) => METRICS[id].rank);
    assert.equal(new Set(ranks).size, METRIC_IDS.length);
    const change = { absolute: 1, relative: 0.5, interval: null };
    const threshold = { warn: null, fail: '+10%' };
    const checks = ['packed-size', 'peak-rss', 'latency-p50', 'accuracy'].map((metric) => ({ metric: metric as (typeof METRIC_IDS)[number], status: 'fail' as const, change, note: null, inconclusive: false, threshold }));
    // Peak RSS was missing from the old hand-written order, which put it first.
    assert.equal(
      summarize('fail', [{ name: 'm', verdict: 'fail', checks }], null),
      'fail — m: top-1 accuracy +100.00 pp (beyond +10%); latency p50 +50% (beyond +10%); peak RSS (load) +50% (beyond +10%); packed size +50% (beyond +10%)',
    );
  });
});

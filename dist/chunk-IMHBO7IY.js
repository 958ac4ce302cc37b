import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  describeLoss
} from "./chunk-GEW3BMWK.js";
import {
  bytes,
  changeCell,
  decidingChecks,
  decidingDrift,
  describeChange,
  driftCause,
  flaggedFirst,
  formatChange,
  formatPercent,
  formatShare,
  formatValue,
  interfaceCause,
  intervalText,
  isInconclusive,
  isNoise,
  levelText,
  modelCause,
  ms,
  rowCells
} from "./chunk-GWSWCLLE.js";
import {
  MIN_RUNS
} from "./chunk-6KHCH6RF.js";
import {
  METRICS
} from "./chunk-JBFINEWN.js";

// src/report/escape.ts
var MARKDOWN_SPECIAL = /[\\`*_[\]|~]/g;
var NO_LINK = "\u200B";
function escapeMarkdown(text, maxLength = 200) {
  const clipped = oneLineClipped(text, maxLength);
  return neutraliseLinks(
    clipped.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(MARKDOWN_SPECIAL, (c) => `\\${c}`)
  );
}
function oneLineClipped(text, maxLength) {
  const oneLine = text.replace(/[\r\n\t\u2028\u2029]+/g, " ").replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, "");
  return oneLine.length > maxLength ? `${oneLine.slice(0, maxLength - 1)}\u2026` : oneLine;
}
function escapeHtmlText(text, maxLength = 200) {
  const clipped = oneLineClipped(text, maxLength);
  return neutraliseLinks(clipped.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\[/g, "&#91;").replace(/\]/g, "&#93;"));
}
function neutraliseLinks(text) {
  return text.replace(/[@#]/g, (c) => `${c}${NO_LINK}`).replace(/\b(gh)-/gi, (_, gh) => `${gh}-${NO_LINK}`).replace(/:\/\//g, `:${NO_LINK}//`).replace(/\b(www)\./gi, (_, www) => `${www}${NO_LINK}.`);
}

// src/report/history-section.ts
var SPARKS = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588";
var STATUS_MARK = { pass: "", skipped: "", warn: " \u26A0\uFE0F", fail: " \u274C" };
var SPARK_SPAN = 0.1;
var MAX_CHARTS = 10;
var chainsOf = (m) => m.history?.chains ?? [];
var drifting = (m) => chainsOf(m).some((c) => c.status === "warn" || c.status === "fail");
var flagged = (m) => m.verdict === "fail" || m.verdict === "warn" || drifting(m);
var moved = (c) => c.interval !== null && (c.interval.low > 0 || c.interval.high < 0);
function historySection(report, scope, charts) {
  const h = report.history;
  if (!h) return [];
  const models = report.models.filter((m) => m.history && (m.history.points.length > 1 || chainsOf(m).some((c) => c.steps > 0 || c.broken)));
  const shown = scope === "all" ? models : models.filter(flagged);
  const skipped = h.skipped.length > 0 ? ` Not read: ${h.skipped.map((s) => `${escapeMarkdown(s.release, 100)} (${escapeMarkdown(s.reason, 200)})`).join("; ")}.` : "";
  const intro = `History over the last ${h.releases} release${h.releases === 1 ? "" : "s"} (${h.read.length} report${h.read.length === 1 ? "" : "s"} read): load time and latency p50 are chained paired changes \u2014 the product of each release's ratio against the release before it, this run last \u2014 never timings of different runs set side by side; \u2248: the chained interval includes 0.` + skipped;
  const open = shown.some(drifting);
  const lines = [open ? "**History**" : "<details><summary><b>History</b></summary>", "", `<sub>${intro}</sub>`, ""];
  if (models.length === 0) lines.push("No model has a history yet.");
  else if (shown.length === 0) lines.push(`No flagged or drifting model; ${models.length} model${models.length === 1 ? "" : "s"} with a history.`);
  else {
    lines.push("| Model | Load time | Latency p50 | Packed | Accuracy |", "|:--|--:|--:|--:|--:|");
    for (const m of shown) lines.push(historyRow(m));
    const notes = shown.flatMap(brokenNote);
    if (notes.length > 0) lines.push("", ...notes);
    if (scope === "flagged" && shown.length < models.length) lines.push("", `<sub>${models.length - shown.length} more models with a history, none drifting: in the job summary.</sub>`);
  }
  if (charts) {
    const charted = models.filter((m) => flagged(m) || chainsOf(m).some(moved)).slice(0, MAX_CHARTS);
    for (const m of charted) lines.push("", ...modelChart(m));
  }
  if (!open) lines.push("", "</details>");
  return lines;
}
function historyRow(m) {
  const h = m.history;
  const chain = (id) => chainCell(h.chains.find((c) => c.metric === id), h.points);
  const values = (pick, show) => {
    const known = h.points.map(pick).filter((v) => v !== null);
    if (known.length === 0) return "\u2014";
    const first = known[0];
    const last = known.at(-1);
    return first === last ? `${show(last)} (same)` : `${show(first)} \u2192 ${show(last)}`;
  };
  const cells = [escapeMarkdown(m.name, 200), chain("load-time"), chain("latency-p50"), values((p) => p.packedBytes, bytes), values((p) => p.accuracy, formatShare)];
  return `| ${cells.join(" | ")} |`;
}
function chainCell(c, points) {
  if (!c || c.relative === null || c.interval === null) return "\u2014";
  const noise = c.interval.low <= 0 && c.interval.high >= 0;
  const change = `${noise ? "\u2248" : formatPercent(c.relative)} (${intervalText(c.interval)})`;
  const inconclusive = isInconclusive(c) ? " inconclusive" : "";
  return `${change} since ${escapeMarkdown(c.since ?? "?", 60)}${STATUS_MARK[c.status]}${inconclusive} ${sparkline(path(c, points))}`;
}
function path(c, points) {
  const key = c.metric === "load-time" ? "loadTime" : "latencyP50";
  const steps = points.slice(-c.steps).map((p) => p[key]).filter((s) => s !== null);
  const out = [0];
  for (const s of steps) out.push((1 + out.at(-1)) * (1 + s.relative) - 1);
  return out;
}
function sparkline(values) {
  const lo = Math.min(...values);
  const span = Math.max(Math.max(...values) - lo, SPARK_SPAN);
  return values.map((v) => SPARKS[Math.min(SPARKS.length - 1, Math.floor((v - lo) / span * SPARKS.length))]).join("");
}
function brokenNote(m) {
  const notes = [...new Set(chainsOf(m).filter((c) => c.broken).map((c) => c.broken.replace(/ (load time|latency p50) /, " ")))];
  return notes.map((n) => `- ${escapeMarkdown(m.name, 200)}: ${escapeMarkdown(n, 300)}`);
}
var mermaidLabel = (text) => `"${text.replace(/["\\`<>\u0000-\u001f\u007f]/g, "_").slice(0, 80)}"`;
function modelChart(m) {
  const h = m.history;
  const lines = [`**${escapeMarkdown(m.name, 200)}**`];
  for (const c of h.chains) {
    if (c.steps === 0 || c.relative === null) continue;
    const values = path(c, h.points).map((v) => Number((v * 100).toFixed(1)));
    const labels = [c.since ?? "?", ...h.points.slice(-c.steps).map((p) => p.release ?? "this run")];
    lines.push(
      "",
      "```mermaid",
      "xychart-beta",
      `  title ${mermaidLabel(`${METRICS[c.metric].label}: chained change since ${c.since ?? "?"}, %`)}`,
      `  x-axis [${labels.map(mermaidLabel).join(", ")}]`,
      `  y-axis "%"`,
      `  line [${values.join(", ")}]`,
      "```"
    );
  }
  const step = (s) => s ? `${formatPercent(s.relative)}${s.interval ? ` (${intervalText(s.interval)})` : ""} vs ${escapeMarkdown(s.against, 60)}` : "\u2014";
  lines.push("", "| Release | Packed | Accuracy | Load time, paired | Latency p50, paired |", "|:--|--:|--:|--:|--:|");
  for (const p of [...h.points].reverse()) {
    lines.push(`| ${p.release === null ? "this run" : escapeMarkdown(p.release, 60)} | ${p.packedBytes === null ? "\u2014" : bytes(p.packedBytes)} | ${p.accuracy === null ? "\u2014" : formatShare(p.accuracy)} | ${step(p.loadTime)} | ${step(p.latencyP50)} |`);
  }
  return lines;
}

// src/report/markdown.ts
var COMMENT_BUDGET = 64e3;
var VERDICT_ICON = { pass: "\u2705", warn: "\u26A0\uFE0F", fail: "\u274C", "no-baseline": "\u2139\uFE0F" };
var STATUS_ICON = { pass: "", warn: " \u26A0\uFE0F", fail: " \u274C", skipped: "" };
var FULL = { details: "all", checks: "all", extras: true, history: "all" };
var COMMENT_FORMS = [
  { details: "flagged", checks: "all", extras: false, history: "all" },
  { details: "flagged", checks: "flagged", extras: false, history: "all" },
  { details: "flagged", checks: "flagged", extras: false, compact: true, history: "flagged" }
];
function renderMarkdown(report, audience = "full") {
  if (audience === "full") return compose(report, FULL);
  let text = "";
  for (const form of COMMENT_FORMS) {
    text = compose(report, form);
    if (text.length <= COMMENT_BUDGET) return text;
  }
  return text;
}
function compose(report, form) {
  const lines = [];
  lines.push(`### ${VERDICT_ICON[report.verdict]} model-gate: ${escapeMarkdown(report.summary, 600)}`, "");
  lines.push(`<sub>${overview(report)}</sub>`);
  if (report.baseline.note) lines.push("", `> ${escapeMarkdown(report.baseline.note, 400)}`);
  const models = flaggedFirst(report.models);
  if (report.models.length > 0) lines.push("", ...modelTable(report, models));
  if (report.removed.length > 0) {
    lines.push("", `Baseline models with no candidate: ${report.removed.map((n) => escapeMarkdown(n)).join(", ")}.`);
  }
  const detailed = models.filter((m) => form.details === "all" || m.verdict === "fail" || m.verdict === "warn");
  if (form.compact) {
    if (detailed.length > 0) lines.push("", ...detailed.map(compactDetails));
  } else for (const m of detailed) lines.push("", ...modelDetails(m, form));
  const history = historySection(report, form.history, form.extras);
  if (history.length > 0) lines.push("", ...history);
  lines.push("", ...methodSection(report));
  return `${lines.join("\n")}
`;
}
function overview(r) {
  const source = r.baseline.source ? `baseline ${escapeMarkdown(r.baseline.source)}` : "no baseline";
  const count = (v) => r.models.filter((m) => m.verdict === v).length;
  const parts = [
    count("fail") && `${count("fail")} fail${count("fail") === 1 ? "s" : ""}`,
    count("warn") && `${count("warn")} warn${count("warn") === 1 ? "s" : ""}`,
    count("pass") && `${count("pass")} pass${count("pass") === 1 ? "es" : ""}`,
    count("no-baseline") && `${count("no-baseline")} without baseline`
  ].filter(Boolean);
  const unchanged = r.models.filter((m) => m.unchanged).length;
  const models = r.models.length === 0 ? "no models" : `${r.models.length} model${r.models.length === 1 ? "" : "s"}: ${parts.join(", ")}${unchanged ? ` (${unchanged} unchanged, not measured again)` : ""}`;
  const measured = r.models.length === 0 ? null : r.models.some((m) => m.baseline !== null && !m.unchanged) ? "both sides measured in this job on the same machine" : r.models.every((m) => m.baseline === null) ? "no baseline: the candidate alone was measured" : null;
  return [source, models, measured].filter(Boolean).join(" \xB7 ");
}
function modelTable(report, models) {
  const lines = ["| Model | Verdict | Packed | Load | Latency p50 | Quality | Why |", "|:--|:--|--:|--:|--:|--:|:--|"];
  for (const m of models) lines.push(modelRow(report, m));
  lines.push("", `<sub>Load and latency: the paired change, candidate against baseline, measured side by side; \u2248: its 95% interval includes 0 (no measurable change).</sub>`);
  return lines;
}
function modelRow(report, m) {
  const c = rowCells(report.baseline.source, m, { verdict: VERDICT_ICON, status: STATUS_ICON });
  return `| ${[c.model, c.verdict, c.packed, c.load, c.latency, c.quality, c.why].map((cell) => escapeMarkdown(cell, 400)).join(" | ")} |`;
}
function compactDetails(m) {
  const checks = decidingChecks(m).map((c) => {
    if (c.metric === "interface") return `${escapeMarkdown(interfaceCause(c, m.interface), 600)} (${c.status} at ${level(c.metric, c.status === "fail" ? c.threshold.fail : c.threshold.warn)})`;
    const from = c.baseline === null ? "" : `${formatValue(c.metric, c.baseline)} \u2192 `;
    const to = c.candidate === null ? "\u2014" : candidateText(c);
    const interval = c.change?.interval ? `, interval ${intervalText(c.change.interval)}` : "";
    const status = isInconclusive(c) ? "inconclusive" : `${c.status} at ${level(c.metric, c.status === "fail" ? c.threshold.fail : c.threshold.warn ?? c.threshold.fail)}`;
    const samples = samplesText(c);
    return `${METRICS[c.metric].label} ${from}${to} (${c.change ? changeCell(c) : "\u2014"}${interval}; ${status}${samples ? `; ${samples}` : ""})`;
  });
  const drift = decidingDrift(m).map((c) => `${escapeMarkdown(driftCause(c), 300)}${c.interval && !isInconclusive(c) ? ` (interval ${intervalText(c.interval)})` : ""}`);
  const variants = m.variants ? ` \xB7 variants: ${m.variants.rows.filter((r) => r.variant !== "original").map(variantLine).join("; ")}` : "";
  return `- **${VERDICT_ICON[m.verdict]} ${escapeMarkdown(m.name, 200)} \u2014 ${m.verdict}**: ${[...checks, ...drift].join("; ")}${variants}`;
}
function variantLine(r) {
  const parts = [r.packedBytes === null ? null : bytes(r.packedBytes), r.score ? `${r.score.metric} ${describeLoss(r.score)}` : null, r.reason ? escapeMarkdown(r.reason, 200) : null];
  return `${r.variant} ${ROW_STATUS[r.status].replace(/\*/g, "")} (${parts.filter(Boolean).join("; ")})`;
}
function candidateText(c) {
  const paired = c.change?.interval != null && c.baseline !== null && c.change.relative !== null;
  return paired ? `${formatValue(c.metric, c.baseline * (1 + c.change.relative))} \u1D56` : c.candidate === null ? "\u2014" : formatValue(c.metric, c.candidate);
}
function modelDetails(m, form) {
  const flagged2 = m.verdict === "fail" || m.verdict === "warn";
  const state = m.unchanged ? flagged2 ? `${m.verdict} (unchanged)` : "unchanged" : m.verdict;
  const title = `${VERDICT_ICON[m.verdict]} ${escapeHtmlText(m.name, 200)} \u2014 ${state}`;
  const lines = [`<details><summary><b>${title}</b></summary>`, ""];
  if (flagged2) lines.push(`Decided by: ${escapeMarkdown(modelCause(m), 600)}.`, "");
  if (m.unchanged) {
    const sha = m.candidate.raw.sha256.slice(0, 12);
    lines.push(`Same bytes as the baseline (raw sha256 ${sha}\u2026, ${bytes(m.candidate.raw.bytes)}), so it was not measured again; packed ${bytes(m.candidate.packed.bytes)}.`);
    if (m.variants) lines.push(...variantTable(m.variants, form.extras));
    lines.push("", "</details>");
    return lines;
  }
  const checks = form.checks === "all" ? m.checks : decidingChecks(m);
  lines.push(...checkTable(checks));
  if (m.interface) lines.push(...interfaceLines(m.interface));
  if (form.extras && m.phases) lines.push(...phaseTable(m.phases, m.baseline !== null));
  if (m.variants) lines.push(...variantTable(m.variants, form.extras));
  if (form.checks === "all") lines.push(...evalLines(m));
  const where = m.baseline ? `${escapeMarkdown(m.baseline.file)} (sha256 ${m.baseline.raw.sha256.slice(0, 12)}\u2026) \u2192 ` : "";
  lines.push("", `Files: ${where}${escapeMarkdown(m.candidate.file)} (sha256 ${m.candidate.raw.sha256.slice(0, 12)}\u2026), producer ${escapeMarkdown(m.candidate.producer || "unknown")}.`);
  lines.push("", "</details>");
  return lines;
}
function checkTable(checks) {
  const lines = ["| Check | Baseline | Candidate | Change | 95% interval | Warn / fail at | Samples | Status |", "|:--|--:|--:|--:|--:|--:|--:|:--|"];
  for (const c of checks) {
    const candidate = candidateText(c);
    const change = c.change ? `${isNoise(c) ? "\u2248 " : ""}${formatChange(c)}` : "\u2014";
    const levels = `${level(c.metric, c.threshold.warn)} / ${level(c.metric, c.threshold.fail)}`;
    const first = c.firstAttempt?.change.interval ? ` (first: ${intervalText(c.firstAttempt.change.interval)})` : "";
    const status = `${c.status}${isInconclusive(c) ? " (inconclusive)" : ""}${c.note && !isInconclusive(c) ? ` \u2014 ${escapeMarkdown(c.note, 300)}${first}` : ""}`;
    lines.push(
      `| ${METRICS[c.metric].label} | ${c.baseline === null ? "\u2014" : formatValue(c.metric, c.baseline)} | ${candidate} | ${change} | ${c.change?.interval ? intervalText(c.change.interval) : ""} | ${levels} | ${samplesText(c)} | ${status} |`
    );
  }
  if (checks.some((c) => c.change?.interval != null && c.baseline !== null)) {
    lines.push("", "<sub>\u1D56 baseline median \xD7 paired ratio: the candidate as the paired change puts it.</sub>");
  }
  return lines;
}
function interfaceLines(i) {
  const target = `held to onnxruntime ${escapeMarkdown(i.target, 60)}`;
  if (i.changes.length === 0) return ["", `Interface: the same inputs, outputs, opsets and IR version as the baseline (${target}).`];
  const lines = ["", `Interface changes against the baseline (${target}):`, ""];
  for (const c of i.changes) lines.push(`- ${c.breaking ? "\u274C breaking" : "compatible"}: ${escapeMarkdown(describeChange(c), 300)}`);
  if (i.more > 0) lines.push(`- and ${i.more} more (report.json lists the first ${i.changes.length})`);
  return lines;
}
function level(metric, text) {
  return text === null ? "none" : escapeMarkdown(levelText(metric, text), 40);
}
var STOP_TEXT = { settled: "settled", budget: "budget spent", "max-pairs": "pair cap" };
function samplesText(c) {
  if (c.sampling) return `${c.sampling.pairs} ${c.samples?.baseline ? "pairs" : "samples"}, ${STOP_TEXT[c.sampling.stop]} in ${c.sampling.seconds.toFixed(1)} s`;
  return c.samples ? `${c.samples.baseline} / ${c.samples.candidate}` : "";
}
function evalLines(m) {
  const e = m.eval;
  if (!e) return [];
  const lines = ["", `Eval: ${e.sets} set${e.sets === 1 ? "" : "s"}, ${e.samples} samples, output ${escapeMarkdown(e.output)}${e.task ? `, ${escapeMarkdown(e.task)}` : ""}.`];
  if (e.agreement) {
    const top1 = e.agreement.top1 === null ? "" : `top-1 ${formatShare(e.agreement.top1)}, `;
    lines.push(`Candidate vs baseline outputs: ${top1}${formatShare(e.agreement.withinShare)} of values within tolerance, max abs difference ${scientific(e.agreement.maxAbsError)}.`);
  }
  const ref = e.candidate?.referenceMaxAbsError ?? e.baseline.referenceMaxAbsError;
  if (ref !== null) lines.push(`Max abs error against the reference outputs: ${ref.toExponential(2)}.`);
  return [...lines, ...classLines(e)];
}
function classLines(e) {
  const c = e.classes;
  const moved2 = c?.figures.filter((f) => f.lost + f.gained > 0) ?? [];
  if (!c || moved2.length === 0) return [];
  const p = (x) => x === null ? `not judged (under ${c.minSamples} samples)` : `McNemar p ${x.toPrecision(2)}`;
  const items = moved2.map((f) => `class ${f.class} ${formatShare(f.baseline)} \u2192 ${formatShare(f.candidate)} of ${f.samples} (${f.lost} lost, ${f.gained} gained; ${p(f.adjustedP)})`);
  const kept = c.classes > c.figures.length ? ` (the ${c.figures.length} largest changes of ${c.classes} classes)` : "";
  return [`Recall by class, where it moved${kept}, Holm-adjusted over ${c.tested} tested: ${items.join("; ")}.`];
}
var ROW_STATUS = { published: "**published**", "within-budget": "within budget", rejected: "rejected", "not-built": "not built" };
function variantTable(t, extras) {
  const lines = ["", `Variants (publish: ${t.publish}), against the float original, measured in this job:`, ""];
  lines.push("| Variant | Packed | Load | Latency p50 | Quality vs original | Status |", "|:--|--:|--:|--:|--:|:--|");
  for (const r of t.rows) {
    const timing = (c) => c?.relative == null ? "\u2014" : isNoise({ change: c }) ? "\u2248" : formatPercent(c.relative);
    const quality = r.score ? `${r.score.metric} ${describeLoss(r.score)} (budget ${budgetText(r.score)})` : r.variant === "original" ? "reference" : "\u2014";
    const status = `${r.status === "published" ? "\u2705 " : r.status === "rejected" ? "\u274C " : ""}${ROW_STATUS[r.status]}${r.reason ? ` \u2014 ${escapeMarkdown(r.reason, 200)}` : ""}`;
    lines.push(`| ${r.variant} | ${r.packedBytes === null ? "\u2014" : bytes(r.packedBytes)} | ${timing(r.loadTime)} | ${timing(r.latencyP50)} | ${quality} | ${status} |`);
  }
  if (extras) lines.push(...variantNotes(t));
  return lines;
}
function budgetText(s) {
  return escapeMarkdown(levelText(s.unit === "pp" ? "accuracy" : "rmse", s.budget), 40);
}
function variantNotes(t) {
  const lines = [];
  for (const r of t.rows) {
    if (r.variant === "original" || r.status === "not-built") continue;
    const a = r.agreement;
    const agreement = a ? `top-1 agreement ${a.top1 === null ? "n/a" : formatShare(a.top1)}, ${formatShare(a.withinShare)} of values within tolerance, max abs difference ${scientific(a.maxAbsError)}${a.relativeRmsError === null ? "" : `, RMS difference ${(a.relativeRmsError * 100).toPrecision(2)}% of the original's`}` : "not evaluated";
    const weights = r.weightBytes === null ? "" : `, weights ${bytes(r.weightBytes)}`;
    lines.push("", `${r.variant}: ${r.converted} tensors converted, ${r.kept} kept in float32${r.clamped ? `, ${r.clamped} values clamped to \xB165504` : ""}${r.flushed ? `, ${r.flushed} values flushed to 0` : ""}${weights}; against the original: ${agreement}.`);
    if (r.worstTensors.length > 0) {
      lines.push("", "| Tensor | Elements | SQNR |", "|:--|--:|--:|");
      for (const w of r.worstTensors) lines.push(`| ${escapeMarkdown(w.name, 120)} | ${w.elements} | ${w.sqnrDb === null ? "exact" : `${w.sqnrDb.toFixed(1)} dB`} |`);
    }
  }
  return lines;
}
function phaseTable(phases, hasBaseline) {
  const side = (p) => p ? `${ms(p.wallMs)} / ${ms(p.cpuMs)} / ${bytes(p.peakRssBytes)}` : "\u2014";
  const lines = ["", "Cold load, a fresh process per sample (first measurement): medians of wall time / CPU time / peak RSS by the end of each phase:", ""];
  lines.push(hasBaseline ? "| Phase | Baseline | Candidate |" : "| Phase | Candidate |", hasBaseline ? "|:--|--:|--:|" : "|:--|--:|");
  for (const p of phases) lines.push(hasBaseline ? `| ${PHASE_LABEL[p.phase]} | ${side(p.baseline)} | ${side(p.candidate)} |` : `| ${PHASE_LABEL[p.phase]} | ${side(p.candidate)} |`);
  return lines;
}
var PHASE_LABEL = {
  runtime: "start onnxruntime (not in load time)",
  unpack: "read + decompress + verify",
  session: "create session",
  firstRun: "first inference"
};
function sidesText(r) {
  const measured = r.models.flatMap((m) => m.measurement ? [{ name: m.name, ...m.measurement }] : []);
  if (measured.length === 0) return "Each side runs in processes of its own; no model was measured here.";
  const modes = [...new Set(measured.map((m) => m.mode))];
  const mode = modes.length === 1 ? `${modes[0]} mode` : `${measured.map((m) => `${escapeMarkdown(m.name, 100)}: ${m.mode}`).join(", ")}`;
  const first = measured[0];
  const cap = first.memoryLimitBytes === null ? "no memory cap" : `a ${bytes(first.memoryLimitBytes)} memory cap`;
  const peaks = measured.flatMap((m) => m.peakRssBytes === null ? [] : [m.peakRssBytes]);
  const peak = peaks.length > 0 ? ` Peak memory of the process tree (the gate and its side processes, resident memory sampled every 0.2 s): ${bytes(Math.max(...peaks))}${measured.length > 1 ? " (the largest model)" : ""}.` : "";
  return `Each side's model runs in processes of its own (${mode}; alternating keeps one process per side up, blocks runs every latency round in a fresh process, so the other side holds no memory), each step under a ${first.timeLimitSeconds} s time limit and ${cap}.${peak}`;
}
function methodSection(r) {
  const b = r.settings.bench;
  const e = r.environment;
  const timed = r.models.flatMap((m) => m.checks).filter((c) => c.sampling && c.samples?.baseline);
  const pairs = (ids) => {
    const counts = timed.filter((c) => ids.includes(c.metric)).map((c) => c.sampling.pairs);
    return counts.length === 0 ? null : Math.min(...counts) === Math.max(...counts) ? `${counts[0]}` : `${Math.min(...counts)}\u2013${Math.max(...counts)}`;
  };
  const cold = pairs(["load-time"]);
  const warm = pairs(["latency-p50"]);
  const short = timed.some((c) => c.sampling.stop === "budget" && c.sampling.pairs < (METRICS[c.metric].timing?.group === "warm" ? b.latencyRounds : b.loadSamples));
  const took = cold || warm ? ` This run took ${cold ?? "no"} cold pairs and ${warm ?? "no"} latency rounds per model${short ? "; for some models the budget ran out before the minimum, so their intervals are wider (below 6 pairs a timing is shown, not judged)" : ""}.` : "";
  return [
    "<details><summary>How this was measured</summary>",
    "",
    `Packed with zstd level ${r.settings.level}. Load time: a fresh process per sample reads the packed file, decompresses and verifies it and creates the onnxruntime session (onnxruntime's own start-up is timed apart); then it runs the first inference. Peak RSS is that process's peak. Latency: rounds of tinybench (${b.warmupMs} ms and at least one run of warm-up, then ${b.latencyTimeMs} ms and at least ${MIN_RUNS} runs per side), each side's session created afresh every round. Baseline and candidate alternate A B, B A. Sampling aims at ${b.loadSamples} cold pairs and ${b.latencyRounds} latency rounds, then stops once every interval is clear of its levels; ${b.budgetSeconds} s per model bound it, the minimum included.${took} ${sidesText(r)} A timing change is the median of the per-pair candidate/baseline ratios, with its distribution-free 95% interval. A timing fails only when its whole interval is beyond the fail level, and again when re-measured with fresh samples; an estimate beyond the fail level whose interval reaches back inside is inconclusive (a warning). A model whose bytes equal its baseline's is not measured again. Accuracy and agreement use atol ${r.settings.eval.atol}, rtol ${r.settings.eval.rtol}. The job fails on: ${r.settings.failOn}.`,
    "",
    `Environment: ${escapeMarkdown(e.cpu, 200)}, ${e.cores} cores \xB7 ${escapeMarkdown(e.os, 100)} ${escapeMarkdown(e.arch, 40)} \xB7 Node ${escapeMarkdown(e.node, 40)} \xB7 onnxruntime ${escapeMarkdown(e.onnxruntime, 40)} \xB7 intra-op threads ${b.intraOpThreads}, inter-op threads ${b.interOpThreads}.`,
    "",
    "</details>"
  ];
}
function scientific(v) {
  return v === null ? "\u221E" : v.toExponential(2);
}

export {
  COMMENT_BUDGET,
  renderMarkdown
};
//# sourceMappingURL=chunk-IMHBO7IY.js.map

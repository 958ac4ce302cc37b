import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-4WKGVMNP.js";

// src/baseline/spec.ts
import { mkdir } from "node:fs/promises";
import { join } from "node:path";

// src/baseline/path.ts
import { lstat } from "node:fs/promises";
async function resolvePathBaseline(spec, source, howToAllow = `for a first release use none; to allow a missing folder, path?:${spec.dir}`) {
  const exists = await lstat(spec.dir).then(
    () => true,
    () => false
  );
  if (exists) return { kind: "folder", dir: spec.dir };
  if (spec.optional) return { kind: "none", label: spec.dir, note: `baseline folder ${spec.dir} does not exist, which was allowed (first release?)`, tag: null };
  throw new InputError(`${source}: baseline folder ${spec.dir} does not exist (${howToAllow})`);
}

// src/baseline/spec.ts
var BASELINE_FORMS = "latest-release, previous-release, release:<tag>, path:<dir>, path?:<dir>, ref:<git ref>, or none";
function parseBaselineSpec(text, source) {
  const value = text.trim();
  if (value === "latest-release" || value === "previous-release" || value === "none") return { kind: value };
  const match = /^(release|path\??|ref):(.+)$/.exec(value);
  if (!match) throw new InputError(`${source}: "${value}" is not a baseline; use ${BASELINE_FORMS}`);
  const arg = match[2].trim();
  if (match[1] === "release") return { kind: "release", tag: arg };
  if (match[1] === "path" || match[1] === "path?") return { kind: "path", dir: arg, optional: match[1] === "path?" };
  if (arg.startsWith("-") || /[\s\0]/.test(arg)) throw new InputError(`${source}: "${arg}" is not a usable git ref`);
  return { kind: "ref", ref: arg };
}
async function resolveBaseline(spec, context) {
  switch (spec.kind) {
    case "none":
      return { kind: "none", label: "none", note: "baseline: none was asked for", tag: null };
    case "path":
      return resolvePathBaseline(spec, context.source);
    case "ref": {
      const dir = join(context.scratch, "baseline-ref");
      const { packAtRef } = await import("./git-ref-EYUOV2JP.js");
      const found = await packAtRef(spec.ref, context.modelPatterns, dir, context.pack, context.source);
      const label = `ref ${spec.ref}`;
      return found ? { kind: "fetched", dir, label, tag: null } : { kind: "none", label, note: `no model file matches at ${spec.ref}`, tag: null };
    }
    default:
      return fromRelease(await findRelease(spec, context), context);
  }
}
async function findRelease(spec, context) {
  const github = context.github;
  if (!github) throw new InputError(`${context.source}: a release baseline needs a GitHub token (input 'github-token') and repository`);
  const { latestRelease, listReleases, pickLatest, pickPrevious, releaseByTag } = await import("./releases-JBP6SX5W.js");
  if (spec.kind === "release") return await releaseByTag(github, spec.tag) ?? `release ${spec.tag} does not exist`;
  if (spec.kind === "latest-release") {
    const latest = context.includePrereleases ? pickLatest(await listReleases(github), true) : await latestRelease(github);
    return latest ?? "the repository has no published release yet";
  }
  if (!context.currentTag) {
    throw new InputError(`${context.source}: previous-release needs a release event or a tag push to know the current release; use latest-release elsewhere`);
  }
  return pickPrevious(await listReleases(github), context.currentTag, context.includePrereleases) ?? `no release before ${context.currentTag}`;
}
async function fromRelease(found, context) {
  if (typeof found === "string") return { kind: "none", label: "none", note: found, tag: null };
  const dir = join(context.scratch, "baseline-release");
  await mkdir(dir, { recursive: true });
  const { downloadPack } = await import("./releases-JBP6SX5W.js");
  const pack = await downloadPack(context.github, found, dir);
  const label = `release ${found.tag_name}`;
  if (pack.kind === "none") return { kind: "none", label, note: pack.note, tag: found.tag_name };
  return { kind: "fetched", dir, label, tag: found.tag_name };
}

export {
  resolvePathBaseline,
  parseBaselineSpec,
  resolveBaseline
};
//# sourceMappingURL=chunk-PRDP5RDV.js.map

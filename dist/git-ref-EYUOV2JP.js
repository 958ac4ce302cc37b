import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  require_picomatch
} from "./chunk-OOCYL3RL.js";
import {
  packModels
} from "./chunk-JFYHKICO.js";
import "./chunk-TQNJSTS7.js";
import "./chunk-2AHGXS7W.js";
import "./chunk-2C6QEZA7.js";
import "./chunk-F75FJUY5.js";
import "./chunk-RX5XW64D.js";
import {
  InputError
} from "./chunk-4WKGVMNP.js";
import {
  __toESM
} from "./chunk-XELR67F2.js";

// src/baseline/git-ref.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import { basename, join } from "node:path";
import { pipeline } from "node:stream/promises";
function git(args) {
  return new Promise((resolve, reject) => {
    const child = spawn("git", args, { stdio: ["ignore", "pipe", "pipe"] });
    const out = [];
    const err = [];
    child.stdout.on("data", (d) => out.push(d));
    child.stderr.on("data", (d) => err.push(d));
    child.on("error", reject);
    child.on("close", (code) => code === 0 ? resolve(Buffer.concat(out).toString("utf8")) : reject(new Error(Buffer.concat(err).toString("utf8").trim())));
  });
}
async function gitShowToFile(ref, path, dest) {
  const child = spawn("git", ["show", `${ref}:${path}`], { stdio: ["ignore", "pipe", "ignore"] });
  const closed = new Promise((resolve) => child.on("close", resolve));
  await pipeline(child.stdout, createWriteStream(dest));
  if (await closed !== 0) throw new Error(`git show ${ref}:${path} failed`);
}
async function packAtRef(ref, patterns, outDir, pack, source) {
  let listing;
  try {
    await git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
    listing = await git(["ls-tree", "-r", "-z", "--name-only", ref]);
  } catch {
    throw new InputError(`${source}: git cannot read ref "${ref}" here (in a shallow checkout, fetch it or set fetch-depth: 0)`);
  }
  const isMatch = (0, import_picomatch.default)(patterns.map((p) => p.replace(/^\.\//, "")), { dot: false });
  const files = listing.split("\0").filter((f) => f !== "" && isMatch(f));
  if (files.length === 0) return false;
  const staging = join(outDir, "..", "baseline-ref-files");
  await mkdir(staging, { recursive: true });
  const local = [];
  for (const file of files) {
    const dest = join(staging, basename(file));
    await gitShowToFile(ref, file, dest);
    local.push(dest);
  }
  await packModels({ models: local, outDir, ...pack });
  return true;
}
export {
  packAtRef
};
//# sourceMappingURL=git-ref-EYUOV2JP.js.map

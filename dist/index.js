import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  createDraftRelease,
  publishRelease,
  releaseForTag,
  uploadAssets
} from "./chunk-VHKZQOLN.js";
import {
  createClient,
  require_tunnel,
  require_undici,
  statusOf
} from "./chunk-XAMQ2YVM.js";
import {
  assembleMergedPack,
  levelsOf,
  recheck,
  runCompare,
  runMerge,
  shardName
} from "./chunk-P6HN7PAI.js";
import {
  validateReport
} from "./chunk-TRKFPW6O.js";
import {
  provisionOnnxRuntime
} from "./chunk-DDRVUSJB.js";
import {
  renderMarkdown
} from "./chunk-IMHBO7IY.js";
import "./chunk-GEW3BMWK.js";
import {
  modelCause
} from "./chunk-GWSWCLLE.js";
import {
  ACTION_BAD_INPUT,
  EXIT,
  SETTINGS,
  actionInputNames,
  buildConfig,
  envSource,
  exitCodeFor,
  expandModelPatterns,
  inputSource,
  parseValue,
  setting,
  valueOr
} from "./chunk-QGESCDBF.js";
import {
  logLine
} from "./chunk-AQ6PR27U.js";
import {
  parseBaselineSpec,
  resolveBaseline
} from "./chunk-PRDP5RDV.js";
import {
  checkGateSize,
  packOptions
} from "./chunk-TB67CA3A.js";
import {
  MAX_REPORT_BYTES
} from "./chunk-HJDLSVHR.js";
import "./chunk-6G6LRQWM.js";
import "./chunk-OYUFNNK6.js";
import "./chunk-UFHQOGVL.js";
import "./chunk-B3UH3LYO.js";
import "./chunk-6KHCH6RF.js";
import "./chunk-JBFINEWN.js";
import "./chunk-JFYHKICO.js";
import "./chunk-TQNJSTS7.js";
import "./chunk-2AHGXS7W.js";
import {
  MANIFEST_FILE,
  modelNameOf,
  packedBlobs
} from "./chunk-2C6QEZA7.js";
import "./chunk-F75FJUY5.js";
import {
  checkOutputDir,
  checkOutputFile,
  readUntrustedText,
  writeFileAtomic
} from "./chunk-RX5XW64D.js";
import {
  InputError
} from "./chunk-4WKGVMNP.js";
import {
  __toESM
} from "./chunk-XELR67F2.js";

// src/index.ts
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
function issue(name, message = "") {
  issueCommand(name, {}, message);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/http-client/lib/index.js
var tunnel = __toESM(require_tunnel(), 1);
var import_undici = __toESM(require_undici(), 1);
var HttpCodes;
(function(HttpCodes2) {
  HttpCodes2[HttpCodes2["OK"] = 200] = "OK";
  HttpCodes2[HttpCodes2["MultipleChoices"] = 300] = "MultipleChoices";
  HttpCodes2[HttpCodes2["MovedPermanently"] = 301] = "MovedPermanently";
  HttpCodes2[HttpCodes2["ResourceMoved"] = 302] = "ResourceMoved";
  HttpCodes2[HttpCodes2["SeeOther"] = 303] = "SeeOther";
  HttpCodes2[HttpCodes2["NotModified"] = 304] = "NotModified";
  HttpCodes2[HttpCodes2["UseProxy"] = 305] = "UseProxy";
  HttpCodes2[HttpCodes2["SwitchProxy"] = 306] = "SwitchProxy";
  HttpCodes2[HttpCodes2["TemporaryRedirect"] = 307] = "TemporaryRedirect";
  HttpCodes2[HttpCodes2["PermanentRedirect"] = 308] = "PermanentRedirect";
  HttpCodes2[HttpCodes2["BadRequest"] = 400] = "BadRequest";
  HttpCodes2[HttpCodes2["Unauthorized"] = 401] = "Unauthorized";
  HttpCodes2[HttpCodes2["PaymentRequired"] = 402] = "PaymentRequired";
  HttpCodes2[HttpCodes2["Forbidden"] = 403] = "Forbidden";
  HttpCodes2[HttpCodes2["NotFound"] = 404] = "NotFound";
  HttpCodes2[HttpCodes2["MethodNotAllowed"] = 405] = "MethodNotAllowed";
  HttpCodes2[HttpCodes2["NotAcceptable"] = 406] = "NotAcceptable";
  HttpCodes2[HttpCodes2["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
  HttpCodes2[HttpCodes2["RequestTimeout"] = 408] = "RequestTimeout";
  HttpCodes2[HttpCodes2["Conflict"] = 409] = "Conflict";
  HttpCodes2[HttpCodes2["Gone"] = 410] = "Gone";
  HttpCodes2[HttpCodes2["TooManyRequests"] = 429] = "TooManyRequests";
  HttpCodes2[HttpCodes2["InternalServerError"] = 500] = "InternalServerError";
  HttpCodes2[HttpCodes2["NotImplemented"] = 501] = "NotImplemented";
  HttpCodes2[HttpCodes2["BadGateway"] = 502] = "BadGateway";
  HttpCodes2[HttpCodes2["ServiceUnavailable"] = 503] = "ServiceUnavailable";
  HttpCodes2[HttpCodes2["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function(Headers2) {
  Headers2["Accept"] = "accept";
  Headers2["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function(MediaTypes2) {
  MediaTypes2["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
var HttpRedirectCodes = [
  HttpCodes.MovedPermanently,
  HttpCodes.ResourceMoved,
  HttpCodes.SeeOther,
  HttpCodes.TemporaryRedirect,
  HttpCodes.PermanentRedirect
];
var HttpResponseRetryCodes = [
  HttpCodes.BadGateway,
  HttpCodes.ServiceUnavailable,
  HttpCodes.GatewayTimeout
];

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}
function startGroup(name) {
  issue("group", name);
}
function endGroup() {
  issue("endgroup");
}

// src/action/main.ts
import { mkdtemp, rm as rm2 } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join2, relative, resolve } from "node:path";

// src/baseline/resolved.ts
function baselineTag(baseline) {
  return baseline.kind === "folder" ? null : baseline.tag;
}

// src/github/comments.ts
import { createHash } from "node:crypto";
var MAX_COMMENT_LENGTH = 65536;
function markerFor(key) {
  return `<!-- model-gate comment-key: ${safeKey(key)} -->`;
}
function safeKey(key) {
  return key.replace(/[^A-Za-z0-9._/-]/g, "_").slice(0, 100);
}
function legacyMarkerPattern(key) {
  const old = key.replace(/[^A-Za-z0-9._/-]/g, "_").replace(/-{2,}/g, "-");
  return new RegExp(`<!-- model-gate:[A-Za-z0-9._-]+/${old.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")} -->`);
}
async function tokenLogin(client, override) {
  if (override) return override;
  try {
    return (await client.octokit.rest.users.getAuthenticated()).data.login;
  } catch (error2) {
    if (statusOf(error2) === 403 || statusOf(error2) === 401) return "github-actions[bot]";
    throw error2;
  }
}
async function upsertStickyComment(client, request, author) {
  if (request.mode === "never") return { action: "skipped", reason: "comment mode is 'never'" };
  const marker = markerFor(request.key);
  const body = withMarker(trimBody(request.body, request.fullReportUrl, marker.length), marker, request.body);
  const comments = await client.octokit.paginate(client.octokit.rest.issues.listComments, { ...client.repo, issue_number: request.issue, per_page: 100 });
  const ours = comments.filter((c) => c.user?.login === author);
  const legacy = legacyMarkerPattern(request.key);
  const mine = ours.find((c) => (c.body ?? "").includes(marker)) ?? ours.find((c) => legacy.test(c.body ?? ""));
  if (!mine && request.mode === "on-regression" && !request.regression) return { action: "skipped", reason: "no regression and no earlier comment to update" };
  if (mine && request.mode === "on-change" && (mine.body ?? "").includes(digestTag(request.body))) {
    return { action: "skipped", reason: "the report has not changed since the last comment" };
  }
  try {
    if (mine) {
      await client.octokit.rest.issues.updateComment({ ...client.repo, comment_id: mine.id, body });
      return { action: "updated", id: mine.id };
    }
    const created = await client.octokit.rest.issues.createComment({ ...client.repo, issue_number: request.issue, body });
    return { action: "created", id: created.data.id };
  } catch (error2) {
    if (statusOf(error2) === 403) return { action: "refused", reason: "the token may not comment (a pull request from a fork has a read-only token; see the fork-safe recipe in the README)" };
    throw error2;
  }
}
function withMarker(body, marker, original) {
  return `${body}
${marker}
${digestTag(original)}
`;
}
function digestTag(body) {
  return `<!-- model-gate-digest:${createHash("sha256").update(body).digest("hex").slice(0, 16)} -->`;
}
function trimBody(body, fullReportUrl, reserve) {
  const limit = MAX_COMMENT_LENGTH - reserve - 200;
  if (body.length <= limit) return body;
  const pointer = `

\u2026 the report is longer than a comment can hold; the whole report is in the job summary${fullReportUrl ? `: ${fullReportUrl}` : ""}.`;
  let cut = body.slice(0, limit - pointer.length - 20);
  cut = cut.slice(0, Math.max(cut.lastIndexOf("\n"), 0));
  if (cut.lastIndexOf("<details>") > cut.lastIndexOf("</details>")) cut += "\n</details>";
  return cut + pointer;
}

// src/github/context.ts
import { readFileSync } from "node:fs";
function readRunContext(env = process.env) {
  let payload = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8"));
    } catch {
      payload = {};
    }
  }
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  const ref = env.GITHUB_REF ?? "";
  const eventName = env.GITHUB_EVENT_NAME ?? "";
  const server = env.GITHUB_SERVER_URL ?? "https://github.com";
  return {
    eventName,
    payload,
    repo: owner && repo ? { owner, repo } : null,
    pullRequest: typeof payload.pull_request?.number === "number" ? payload.pull_request.number : null,
    currentTag: eventName === "release" && typeof payload.release?.tag_name === "string" ? payload.release.tag_name : ref.startsWith("refs/tags/") ? ref.slice("refs/tags/".length) : null,
    workflowRunHeadSha: typeof payload.workflow_run?.head_sha === "string" ? payload.workflow_run.head_sha : null,
    sha: env.GITHUB_SHA || null,
    apiUrl: env.GITHUB_API_URL ?? "https://api.github.com",
    runUrl: env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : null
  };
}

// src/github/pulls.ts
async function pullsForWorkflowRun(client, payload) {
  const run = payload.workflow_run;
  const sha = typeof run?.head_sha === "string" && /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i.test(run.head_sha) ? run.head_sha.toLowerCase() : null;
  if (!run || !sha) return { pulls: [], reason: "the event has no workflow_run.head_sha" };
  const listed = Array.isArray(run.pull_requests) ? run.pull_requests : [];
  if (listed.length > 0) {
    const repositoryId = payload.repository?.id;
    const pulls2 = listed.filter((p) => typeof p?.number === "number" && typeof p.head?.sha === "string" && p.head.sha.toLowerCase() === sha).filter((p) => repositoryId === void 0 || p.base?.repo?.id === void 0 || p.base.repo.id === repositoryId).map((p) => ({ number: p.number, via: "workflow_run.pull_requests" }));
    if (pulls2.length > 0) return { pulls: unique(pulls2) };
  }
  const owner = run.head_repository?.owner?.login;
  const branch = run.head_branch;
  if (typeof owner !== "string" || owner === "" || typeof branch !== "string" || branch === "") {
    return { pulls: [], reason: "the event names no head repository owner and branch to look the pull request up by" };
  }
  const open2 = await client.octokit.paginate(client.octokit.rest.pulls.list, { ...client.repo, state: "open", head: `${owner}:${branch}`, per_page: 100 });
  const pulls = open2.filter((p) => p.head.sha.toLowerCase() === sha).map((p) => ({ number: p.number, via: "pulls?head" }));
  if (pulls.length > 0) return { pulls: unique(pulls) };
  const other = open2.length > 0 ? ` (the open pull request of ${owner}:${branch} has another head; a newer push supersedes this run)` : "";
  return { pulls: [], reason: `no open pull request of ${owner}:${branch} has head ${sha}${other}` };
}
function unique(pulls) {
  return pulls.filter((p, i) => pulls.findIndex((q) => q.number === p.number) === i).sort((a, b) => a.number - b.number);
}

// src/action/annotations.ts
var PER_TYPE = 10;
var NAMED = 20;
function annotations(report, files, stepFails) {
  const out = [];
  for (const [verdict, type, verb] of [["fail", "error", "fail"], ["warn", "warning", "warn"]]) {
    const flagged = report.models.filter((m) => m.verdict === verdict);
    const room = PER_TYPE - (type === "error" && stepFails ? 1 : 0);
    const shown = flagged.length <= room ? flagged : flagged.slice(0, room - 1);
    for (const m of shown) {
      out.push({ type, message: logLine(`${m.name}: ${modelCause(m)}`), title: `model-gate: ${m.name} ${verb}s`, file: files.get(m.name) });
    }
    const rest = flagged.slice(shown.length);
    if (rest.length === 0) continue;
    const names = rest.slice(0, NAMED).map((m) => m.name).join(", ") + (rest.length > NAMED ? `, and ${rest.length - NAMED} more` : "");
    out.push({
      type,
      message: logLine(`${rest.length} more models ${verb}: ${names} (GitHub shows ${PER_TYPE} annotations of a kind per step; the job summary lists every model)`),
      title: `model-gate: ${rest.length} more models ${verb}`
    });
  }
  return out;
}

// src/action/inputs.ts
import { lstat as lstat2 } from "node:fs/promises";
import { join } from "node:path";

// src/inputs/action-inputs.ts
function readInputs(mode, read, env) {
  const out = {};
  for (const name of actionInputNames(mode)) {
    const s = setting(name);
    const value = read(name);
    if (value.trim() !== "") out[name] = [{ value, source: inputSource(name) }];
    else if (s.env && env[s.env]) out[name] = [{ value: env[s.env], source: envSource(s.env) }];
  }
  return out;
}

// src/action/inputs.ts
var source = inputSource;
async function requireFolder(name, path, what) {
  const info3 = await lstat2(path).catch(() => null);
  if (!info3) throw new InputError(`${source(name)}: ${what} ${path} does not exist`);
  if (!info3.isDirectory()) throw new InputError(`${source(name)}: ${path} is not a folder`);
}
async function readActionInputs(context, env = process.env, read = (name) => getInput(name)) {
  const modeText = read("mode");
  const mode = valueOr("mode", modeText.trim() === "" ? void 0 : [{ value: modeText, source: source("mode") }]);
  const given = readInputs(mode, read, env);
  for (const [name, raws] of Object.entries(given)) if ("parse" in SETTINGS[name]) parseValue(name, raws.at(-1));
  const get = (name) => valueOr(name, given[name]);
  const token = get("github-token") || null;
  const comment2 = { mode: get("comment"), key: get("comment-key"), author: get("comment-author") };
  if (mode === "publish-comment") {
    if (context.eventName !== "workflow_run" || !context.workflowRunHeadSha) {
      throw new InputError(`${source("mode")}: publish-comment runs on a workflow_run event (this run is ${context.eventName || "no event"}, with no workflow_run.head_sha)`);
    }
    if (!token || !context.repo) throw new InputError(`${source("github-token")}: publishing a comment needs a token with pull-requests: write`);
    return { mode, token, comment: comment2, report: get("report"), config: await buildConfig(given) };
  }
  if (mode === "merge") {
    const patterns2 = get("reports") ?? [];
    if (patterns2.length === 0) throw new InputError(`${source("reports")} is required in merge mode: the shards' artifact folders`);
    const reports = await expandFolders(patterns2);
    const outDir2 = get("out-dir");
    await checkOutputs(outDir2);
    const { upload: upload2, publishRelease: publishRelease3 } = releaseInputs(get, context, token, false);
    return { mode, token, comment: comment2, reports, outDir: outDir2, upload: upload2, publishRelease: publishRelease3, config: await buildConfig(given) };
  }
  const config = await buildConfig(given);
  const patterns = get("models") ?? [];
  if (patterns.length === 0) throw new InputError(`${source("models")} is required: a path or glob of .onnx files`);
  const models = await expandModelPatterns(patterns, source("models"));
  checkGateSize(models.length, source("models"));
  const baselineInput = get("baseline");
  const baselineDir = get("baseline-dir");
  if (baselineInput !== null && baselineDir !== null) throw new InputError(`${source("baseline-dir")} is a shorthand for baseline: path:<dir>; give one of the two`);
  const baselineSource = source(baselineDir !== null ? "baseline-dir" : "baseline");
  const baseline = baselineDir !== null ? { kind: "path", dir: baselineDir, optional: false } : parseBaselineSpec(baselineInput ?? (context.currentTag ? "previous-release" : "latest-release"), baselineSource);
  const includePrereleases = get("include-prereleases");
  if (baseline.kind === "previous-release" && !context.currentTag) {
    throw new InputError(`${baselineSource}: previous-release needs a release event or a tag push to know the current release; use latest-release elsewhere`);
  }
  const fromRelease = baseline.kind === "latest-release" || baseline.kind === "previous-release" || baseline.kind === "release";
  if (fromRelease && (!token || !context.repo)) throw new InputError(`${source("github-token")}: a release baseline needs a GitHub token and repository`);
  const evalData = get("eval-data");
  if (evalData !== null) await requireFolder("eval-data", evalData, "eval data folder");
  const outDir = get("out-dir");
  await checkOutputs(outDir);
  const shard = get("shard");
  const { upload, publishRelease: publishRelease2 } = releaseInputs(get, context, token, shard !== null);
  return { mode, token, comment: comment2, patterns, models, baseline, baselineSource, includePrereleases, evalData, config, outDir, upload, publishRelease: publishRelease2, shard };
}
async function checkOutputs(outDir) {
  const checked = (check) => check.catch((error2) => {
    throw error2 instanceof InputError ? new InputError(`${source("out-dir")}: ${error2.message}`) : error2;
  });
  await checked(checkOutputDir(outDir, "output folder"));
  await checked(checkOutputFile(join(outDir, "report.json"), "JSON report"));
  await checked(checkOutputFile(join(outDir, "report.md"), "Markdown report"));
}
function releaseInputs(get, context, token, shard) {
  const releaseUpload = get("release-upload");
  const publishRelease2 = get("publish-release");
  if (shard && releaseUpload === "always") throw new InputError(`${source("release-upload")}: a shard uploads nothing (the merge job uploads the merged pack); leave it auto or never`);
  const upload = !shard && (releaseUpload === "always" || releaseUpload === "auto" && context.currentTag !== null);
  if (upload && !context.currentTag) {
    throw new InputError(`${source("release-upload")}: "always" needs a release event or a tag push to know the release`);
  }
  if (upload && (!token || !context.repo)) throw new InputError(`${source("github-token")}: uploading to a release needs a token with contents: write`);
  return { upload, publishRelease: publishRelease2 };
}
async function expandFolders(patterns) {
  const { glob, isDynamicPattern } = await import("./dist-VDSAMGUH.js");
  const out = [];
  for (const pattern of patterns) {
    if (!isDynamicPattern(pattern)) {
      await requireFolder("reports", pattern, "shard artifact folder");
      out.push(pattern);
      continue;
    }
    const matches = (await glob(pattern, { onlyDirectories: true, followSymbolicLinks: false, expandDirectories: false })).map((m) => m.replace(/\/$/, "")).sort();
    if (matches.length === 0) throw new InputError(`${source("reports")}: "${pattern}" matches no folder (download the shards' artifacts first)`);
    out.push(...matches);
  }
  return [...new Set(out)];
}

// src/action/main.ts
var SUMMARY_LIMIT = 1e6;
var info2 = (text) => info(logLine(text));
var progress = (text) => info2(`model-gate: ${text}`);
function fail(message) {
  setFailed(logLine(message.split("\n")[0] ?? message));
}
function githubClient(context, token) {
  if (!token || !context.repo) return null;
  return createClient({ token, apiUrl: context.apiUrl, repo: context.repo, log: progress });
}
async function runAction() {
  const scratch = await mkdtemp(join2(tmpdir(), "model-gate-action-"));
  try {
    const context = readRunContext();
    const inputs = await readActionInputs(context);
    const github = githubClient(context, inputs.token);
    if (inputs.mode === "publish-comment") await publishComment(inputs, context, github);
    else if (inputs.mode === "merge") await merge(inputs, context, github);
    else await gate(inputs, context, github, scratch);
  } catch (error2) {
    setOutput("verdict", "error");
    if (error2 instanceof InputError) {
      fail(error2.message);
      process.exitCode = ACTION_BAD_INPUT;
    } else {
      info("model-gate internal error, stack trace:");
      for (const line of String(error2?.stack ?? error2).split("\n")) info2(line);
      fail(`model-gate internal error: ${error2?.message ?? String(error2)}`);
      process.exitCode = EXIT.internal;
    }
  } finally {
    await rm2(scratch, { recursive: true, force: true });
  }
}
async function gate(inputs, context, github, scratch) {
  const { config, shard } = inputs;
  let grouped = false;
  const packDir = join2(inputs.outDir, "pack");
  await provisionOnnxRuntime(progress);
  const baseline = await resolveBaseline(inputs.baseline, {
    github,
    currentTag: context.currentTag,
    includePrereleases: inputs.includePrereleases,
    modelPatterns: inputs.patterns,
    scratch,
    pack: packOptions(config),
    source: inputs.baselineSource
  });
  let outcome;
  try {
    outcome = await runCompare({
      baseline,
      candidates: inputs.models,
      shard: shard ? { spec: shard, commit: context.sha } : null,
      releases: github ? { github, currentTag: context.currentTag, includePrereleases: inputs.includePrereleases } : null,
      packDir,
      evalData: inputs.evalData,
      config,
      log: progress,
      section: (title) => {
        if (grouped) endGroup();
        grouped = title !== null;
        if (title !== null) startGroup(logLine(`model-gate ${title}`));
      }
    });
  } finally {
    if (grouped) endGroup();
    grouped = false;
  }
  const { report } = outcome;
  const { jsonPath, short } = await writeReports(report, inputs.outDir);
  setOutput("baseline-tag", baselineTag(baseline) ?? "");
  setOutput("pack-dir", packDir);
  const passed = exitCodeFor(report.verdict, config.failOn) === EXIT.pass;
  annotate(report, inputs.models, !passed);
  if (shard) info2(`model-gate: no pull-request comment: ${source("shard")} is ${shardName(shard.index, shard.count).slice("shard ".length)}; the merge job comments`);
  else if (context.pullRequest !== null && github) await comment(github, context, context.pullRequest, report, short, inputs.comment);
  if (inputs.upload) {
    if (!passed) info2("model-gate: the gate failed, so nothing is uploaded to the release");
    else await publishPack(github, context.currentTag, [...packFiles(packDir, outcome.pack), jsonPath], inputs.publishRelease);
  }
  if (!passed) fail(`model-gate: ${report.summary}`);
  else info2(`model-gate: ${report.summary}`);
}
async function writeReports(report, outDir) {
  const jsonPath = join2(outDir, "report.json");
  const markdownPath = join2(outDir, "report.md");
  const full = renderMarkdown(report, "full");
  const short = renderMarkdown(report, "comment");
  await writeFileAtomic(jsonPath, `${JSON.stringify(report, null, 2)}
`);
  await writeFileAtomic(markdownPath, full);
  await summary.addRaw(full.length <= SUMMARY_LIMIT ? full : `${short}
The full report is larger than a job summary can hold: see report.md and report.json (output \`report-markdown\`).
`).write();
  setOutput("verdict", report.verdict);
  setOutput("summary", report.summary);
  setOutput("report-json", jsonPath);
  setOutput("report-markdown", markdownPath);
  setOutput("comment-body", short);
  return { jsonPath, short };
}
async function merge(inputs, context, github) {
  const merged = await runMerge({ folders: inputs.reports, source: source("reports"), levels: levelsOf(inputs.config) });
  const { report, failed } = merged;
  info2(`model-gate: merged ${inputs.reports.length} shards: ${report.models.length} models`);
  const packDir = join2(inputs.outDir, "pack");
  const { jsonPath, short } = await writeReports(report, inputs.outDir);
  setOutput("baseline-tag", "");
  setOutput("pack-dir", inputs.upload ? packDir : "");
  if (context.pullRequest !== null && github) await comment(github, context, context.pullRequest, report, short, inputs.comment);
  const passed = exitCodeFor(report.verdict, report.settings.failOn) === EXIT.pass && failed.length === 0;
  if (inputs.upload) {
    if (!passed) info2("model-gate: the gate failed, so nothing is uploaded to the release");
    else {
      const manifest = await assembleMergedPack(merged, packDir);
      await publishPack(github, context.currentTag, [...packFiles(packDir, manifest), jsonPath], inputs.publishRelease);
    }
  }
  const failedNote = failed.length > 0 ? ` (failed: ${failed.join(", ")})` : "";
  if (!passed) fail(`model-gate: ${report.summary}${failedNote}`);
  else info2(`model-gate: ${report.summary}`);
}
async function comment(github, context, issue2, report, markdown, settings) {
  if (settings.mode === "never") {
    info2(`model-gate: no pull-request comment: ${source("comment")} is never`);
    return;
  }
  const outcome = await upsertStickyComment(
    github,
    {
      issue: issue2,
      body: markdown,
      key: settings.key,
      mode: settings.mode,
      regression: report.verdict === "fail" || report.verdict === "warn",
      fullReportUrl: context.runUrl
    },
    await tokenLogin(github, settings.author)
  );
  if (outcome.action === "refused") warning(logLine(`model-gate: no pull-request comment: ${outcome.reason}`));
  else if (outcome.action === "skipped") info2(`model-gate: no pull-request comment: ${outcome.reason}`);
  else info2(`model-gate: pull-request comment ${outcome.action} (#${issue2})`);
}
function annotate(report, models, stepFails) {
  const root = process.env.GITHUB_WORKSPACE || process.cwd();
  const files = new Map(models.map((file) => [modelNameOf(file), relative(root, resolve(file))]));
  for (const a of annotations(report, files, stepFails)) {
    if (a.type === "error") error(a.message, { title: a.title, file: a.file });
    else warning(a.message, { title: a.title, file: a.file });
  }
}
function packFiles(packDir, manifest) {
  const files = manifest.models.flatMap(packedBlobs).map((b) => b.file);
  return [...files.map((f) => join2(packDir, f)), join2(packDir, MANIFEST_FILE)];
}
async function publishPack(github, tag, files, publish) {
  const release = await releaseForTag(github, tag) ?? await createDraftRelease(github, tag);
  await uploadAssets(github, release, files);
  info2(`model-gate: uploaded ${files.length} assets to release ${tag}`);
  if (release.draft && publish) {
    await publishRelease(github, release);
    info2(`model-gate: published release ${tag}`);
  }
}
async function publishComment(inputs, context, github) {
  const text = await readUntrustedText(inputs.report, "report", MAX_REPORT_BYTES).catch((error2) => {
    if (error2 instanceof InputError && /does not exist$/.test(error2.message)) {
      throw new InputError(`${source("report")}: ${inputs.report} does not exist (download the report artifact first)`);
    }
    throw error2 instanceof InputError ? new InputError(`${source("report")}: ${error2.message}`) : error2;
  });
  const report = validateReport(text, inputs.report);
  recheck(report, levelsOf(inputs.config), inputs.report);
  const markdown = renderMarkdown(report, "comment");
  setOutput("verdict", report.verdict);
  setOutput("summary", report.summary);
  setOutput("comment-body", markdown);
  const found = await pullsForWorkflowRun(github, context.payload);
  if ("reason" in found) {
    info2(`model-gate: nothing to comment on: ${found.reason}`);
    return;
  }
  for (const pull of found.pulls) {
    info2(`model-gate: the run's pull request is #${pull.number} (found by ${pull.via})`);
    await comment(github, context, pull.number, report, markdown, inputs.comment);
  }
}

// src/index.ts
function isMainModule() {
  const started = process.argv[1];
  if (!started) return false;
  try {
    return realpathSync(started) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}
if (isMainModule()) await runAction();
export {
  runAction as run
};
//# sourceMappingURL=index.js.map

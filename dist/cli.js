#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x2) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x2, {
  get: (a2, b3) => (typeof require !== "undefined" ? require : a2)[b3]
}) : x2)(function(x2) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x2 + '" is not supported');
});
var __commonJS = (cb, mod) => function __require3() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e2) {
    throw mod = 0, e2;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar;
    exports.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i3 = 0; i3 < node.items.length; ++i3) {
            const ci = visit_(i3, node.items[i3], visitor, path);
            if (typeof ci === "number")
              i3 = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i3, 1);
              i3 -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i3 = 0; i3 < node.items.length; ++i3) {
            const ci = await visitAsync_(i3, node.items[i3], visitor, path);
            if (typeof ci === "number")
              i3 = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i3, 1);
              i3 -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i3 = 1; true; ++i3) {
        const name = `${prefix}${i3}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i3 = 0, len = val.length; i3 < len; ++i3) {
            const v0 = val[i3];
            const v1 = applyReviver(reviver, val, String(i3), v0);
            if (v1 === void 0)
              delete val[i3];
            else if (v1 !== v0)
              val[i3] = v1;
          }
        } else if (val instanceof Map) {
          for (const k2 of Array.from(val.keys())) {
            const v0 = val.get(k2);
            const v1 = applyReviver(reviver, val, k2, v0);
            if (v1 === void 0)
              val.delete(k2);
            else if (v1 !== v0)
              val.set(k2, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k2, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k2, v0);
            if (v1 === void 0)
              delete val[k2];
            else if (v1 !== v0)
              val[k2] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value2, arg, ctx) {
      if (Array.isArray(value2))
        return value2.map((v2, i3) => toJS(v2, String(i3), ctx));
      if (value2 && typeof value2.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value2))
          return value2.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value2, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value2.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value2 === "bigint" && !ctx?.keep)
        return Number(value2);
      return value2;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type2) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type2 });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node2 = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node2.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c2 = getAliasCount(doc, item, anchors2);
          if (c2 > count)
            count = c2;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node2 = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value2) => !value2 || typeof value2 !== "function" && typeof value2 !== "object";
    var Scalar = class extends Node2.NodeBase {
      constructor(value2) {
        super(identity.SCALAR);
        this.value = value2;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value2, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t2) => t2.tag === tagName);
        const tagObj = match.find((t2) => !t2.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t2) => t2.identify?.(value2) && !t2.format);
    }
    function createNode(value2, tagName, ctx) {
      if (identity.isDocument(value2))
        value2 = value2.contents;
      if (identity.isNode(value2))
        return value2;
      if (identity.isPair(value2)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value2);
        return map;
      }
      if (value2 instanceof String || value2 instanceof Number || value2 instanceof Boolean || typeof BigInt !== "undefined" && value2 instanceof BigInt) {
        value2 = value2.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value2 && typeof value2 === "object") {
        ref = sourceObjects.get(value2);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value2));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value2, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value2, tagName, schema.tags);
      if (!tagObj) {
        if (value2 && typeof value2.toJSON === "function") {
          value2 = value2.toJSON();
        }
        if (!value2 || typeof value2 !== "object") {
          const node2 = new Scalar.Scalar(value2);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value2 instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value2) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value2, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value2, ctx) : new Scalar.Scalar(value2);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node2 = require_Node();
    function collectionFromPath(schema, path, value2) {
      let v2 = value2;
      for (let i3 = path.length - 1; i3 >= 0; --i3) {
        const k2 = path[i3];
        if (typeof k2 === "number" && Number.isInteger(k2) && k2 >= 0) {
          const a2 = [];
          a2[k2] = v2;
          v2 = a2;
        } else {
          v2 = /* @__PURE__ */ new Map([[k2, v2]]);
        }
      }
      return createNode.createNode(v2, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node2.NodeBase {
      constructor(type2, schema) {
        super(type2);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value2) {
        if (isEmptyPath(path))
          this.add(value2);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value2);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value2));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n2 = node.value;
          return n2 == null || allowScalar && identity.isScalar(n2) && n2.value == null && !n2.commentBefore && !n2.comment && !n2.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value2) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value2);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value2);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value2));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text2, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text2;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text2.length <= endStep)
        return text2;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i3 = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i3 = consumeMoreIndentedLines(text2, i3, indent.length);
        if (i3 !== -1)
          end = i3 + endStep;
      }
      for (let ch; ch = text2[i3 += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i3;
          switch (text2[i3 + 1]) {
            case "x":
              i3 += 3;
              break;
            case "u":
              i3 += 5;
              break;
            case "U":
              i3 += 9;
              break;
            default:
              i3 += 1;
          }
          escEnd = i3;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i3 = consumeMoreIndentedLines(text2, i3, indent.length);
          end = i3 + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text2[i3 + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i3;
          }
          if (i3 >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text2[i3 += 1];
                overflow = true;
              }
              const j2 = i3 > escEnd + 1 ? i3 - 2 : escStart - 1;
              if (escapedFolds[j2])
                return text2;
              folds.push(j2);
              escapedFolds[j2] = true;
              end = j2 + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text2;
      if (onFold)
        onFold();
      let res = text2.slice(0, folds[0]);
      for (let i4 = 0; i4 < folds.length; ++i4) {
        const fold = folds[i4];
        const end2 = folds[i4 + 1] || text2.length;
        if (fold === 0)
          res = `
${indent}${text2.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text2[fold]}\\`;
          res += `
${indent}${text2.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text2, i3, indent) {
      let end = i3;
      let start = i3 + 1;
      let ch = text2[start];
      while (ch === " " || ch === "	") {
        if (i3 < start + indent) {
          ch = text2[++i3];
        } else {
          do {
            ch = text2[++i3];
          } while (ch && ch !== "\n");
          end = i3;
          start = i3 + 1;
          ch = text2[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i3 = 0, start = 0; i3 < strLen; ++i3) {
        if (str[i3] === "\n") {
          if (i3 - start > limit)
            return true;
          start = i3 + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value2, ctx) {
      const json = JSON.stringify(value2);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value2) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i3 = 0, ch = json[i3]; ch; ch = json[++i3]) {
        if (ch === " " && json[i3 + 1] === "\\" && json[i3 + 2] === "n") {
          str += json.slice(start, i3) + "\\ ";
          i3 += 1;
          start = i3;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i3 + 1]) {
            case "u":
              {
                str += json.slice(start, i3);
                const code = json.substr(i3 + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i3, 6);
                }
                i3 += 5;
                start = i3 + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i3 + 2] === '"' || json.length < minMultiLineLength) {
                i3 += 1;
              } else {
                str += json.slice(start, i3) + "\n\n";
                while (json[i3 + 2] === "\\" && json[i3 + 3] === "n" && json[i3 + 4] !== '"') {
                  str += "\n";
                  i3 += 2;
                }
                str += indent;
                if (json[i3 + 2] === " ")
                  str += "\\";
                i3 += 1;
                start = i3 + 1;
              }
              break;
            default:
              i3 += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value2, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value2.includes("\n") || /[ \t]\n|\n[ \t]/.test(value2))
        return doubleQuotedString(value2, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value2) ? "  " : "");
      const res = "'" + value2.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value2, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value2.includes('"');
        const hasSingle = value2.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value2, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type: type2, value: value2 }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value2)) {
        return quotedString(value2, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value2) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type2 === Scalar.Scalar.BLOCK_FOLDED ? false : type2 === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value2, lineWidth, indent.length);
      if (!value2)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value2.length; endStart > 0; --endStart) {
        const ch = value2[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value2.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value2 === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value2 = value2.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value2.length; ++startEnd) {
        const ch = value2[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value2.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value2 = value2.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value2.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type2 !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value2 = value2.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value2}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type: type2, value: value2 } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value2.includes("\n") || inFlow && /[[\]{},]/.test(value2)) {
        return quotedString(value2, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value2)) {
        return implicitKey || inFlow || !value2.includes("\n") ? quotedString(value2, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type2 !== Scalar.Scalar.PLAIN && value2.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value2)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value2, ctx);
        }
      }
      const str = value2.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value2, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type: type2 } = item;
      if (type2 !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type2 = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type2);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t2 = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t2);
        if (res === null)
          throw new Error(`Unsupported default string type ${t2}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t2) => t2.tag === item.tag);
        if (match.length > 0)
          return match.find((t2) => t2.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t2) => t2.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t2) => t2.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t2) => t2.format === item.format) ?? match.find((t2) => !t2.format);
      } else {
        obj = item;
        tagObj = tags.find((t2) => t2.nodeClass && obj instanceof t2.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o2) => tagObj = o2 });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value: value2 }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value2 == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value2 == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value2 == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value2)) {
        vsb = !!value2.spaceBefore;
        vcb = value2.commentBefore;
        valueComment = value2.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value2 && typeof value2 === "object")
          value2 = doc.createNode(value2);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value2))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value2) && !value2.flow && !value2.tag && !value2.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value2, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value2)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value2.flow ?? value2.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value2) => value2 === MERGE_KEY || typeof value2 === "symbol" && value2.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value2) {
      const source = resolveAliasValue(ctx, value2);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value2) {
      const source = resolveAliasValue(ctx, value2);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value3] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value3);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value3,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value2) {
      return ctx && identity.isAlias(value2) ? value2.resolve(ctx.doc, ctx) : value2;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log2 = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value: value2 }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value2);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value2);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value2, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value2, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log2.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value2, ctx) {
      const k2 = createNode.createNode(key, void 0, ctx);
      const v2 = createNode.createNode(value2, void 0, ctx);
      return new Pair(k2, v2);
    }
    var Pair = class _Pair {
      constructor(key, value2 = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value2;
      }
      clone(schema) {
        let { key, value: value2 } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value2))
          value2 = value2.clone(schema);
        return new _Pair(key, value2);
      }
      toJSON(_2, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i3 = 0; i3 < items.length; ++i3) {
        const item = items[i3];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i3 = 1; i3 < lines.length; ++i3) {
          const line = lines[i3];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i3 = 0; i3 < items.length; ++i3) {
        const item = items[i3];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i3 < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k2 = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k2)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k2)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value2) => {
          if (typeof replacer === "function")
            value2 = replacer.call(obj, key, value2);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value2 !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value2, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value2] of obj)
            add(key, value2);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i3 = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i3 === -1)
            this.items.push(_pair);
          else
            this.items.splice(i3, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value2) {
        this.add(new Pair.Pair(key, value2), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_2, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value2) {
        this.items.push(value2);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value2) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value2))
          prev.value = value2;
        else
          this.items[idx] = value2;
      }
      toJSON(_2, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i3 = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i3++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i3 = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i3++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value2) => typeof value2 === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value2) => value2 == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value2) => typeof value2 === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value: value2 }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value2 === sv)
            return source;
        }
        return value2 ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value: value2 }) {
      if (typeof value2 === "bigint")
        return String(value2);
      const num = typeof value2 === "number" ? value2 : Number(value2);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n2 = Object.is(value2, -0) ? "-0" : JSON.stringify(value2);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n2) && !n2.includes("e")) {
        let i3 = n2.indexOf(".");
        if (i3 < 0) {
          i3 = n2.length;
          n2 += ".";
        }
        let d2 = minFractionDigits - (n2.length - i3 - 1);
        while (d2-- > 0)
          n2 += "0";
      }
      return n2;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value2) => typeof value2 === "bigint" || Number.isInteger(value2);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value: value2 } = node;
      if (intIdentify(value2) && value2 >= 0)
        return prefix + value2.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value2) => intIdentify(value2) && value2 >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value2) => intIdentify(value2) && value2 >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value2) {
      return typeof value2 === "bigint" || Number.isInteger(value2);
    }
    var stringifyJSON = ({ value: value2 }) => JSON.stringify(value2);
    var jsonScalars = [
      {
        identify: (value2) => typeof value2 === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value2) => value2 == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value2) => typeof value2 === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value: value2 }) => intIdentify(value2) ? value2.toString() : JSON.stringify(value2)
      },
      {
        identify: (value2) => typeof value2 === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value2) => value2 instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i3 = 0; i3 < str.length; ++i3)
            buffer[i3] = str.charCodeAt(i3);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type: type2, value: value2 }, ctx, onComment, onChompKeep) {
        if (!value2)
          return "";
        const buf = value2;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s2 = "";
          for (let i3 = 0; i3 < buf.length; ++i3)
            s2 += String.fromCharCode(buf[i3]);
          str = btoa(s2);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type2 ?? (type2 = Scalar.Scalar.BLOCK_LITERAL);
        if (type2 !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n2 = Math.ceil(str.length / lineWidth);
          const lines = new Array(n2);
          for (let i3 = 0, o2 = 0; i3 < n2; ++i3, o2 += lineWidth) {
            lines[i3] = str.substr(o2, lineWidth);
          }
          str = lines.join(type2 === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type: type2, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i3 = 0; i3 < seq.items.length; ++i3) {
          let item = seq.items[i3];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i3] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i3 = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i3++), it);
          let key, value2;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value2 = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value2 = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value2, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_2, ctx) {
        if (!ctx)
          return super.toJSON(_2);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value2;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value2 = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value2);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value2) => value2 instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value: value2, source }, ctx) {
      const boolObj = value2 ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value2 ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value2) => value2 === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value2) => value2 === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f2 = str.substring(dot + 1).replace(/_/g, "");
          if (f2[f2.length - 1] === "0")
            node.minFractionDigits = f2.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value2) => typeof value2 === "bigint" || Number.isInteger(value2);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n3 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n3 : n3;
      }
      const n2 = parseInt(str, radix);
      return sign === "-" ? -1 * n2 : n2;
    }
    function intStringify(node, radix, prefix) {
      const { value: value2 } = node;
      if (intIdentify(value2)) {
        const str = value2.toString(radix);
        return value2 < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value2) {
        if (typeof value2 !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value2}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value2) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value2) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_2, ctx) {
        return super.toJSON(_2, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set3 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value2 of iterable) {
            if (typeof replacer === "function")
              value2 = replacer.call(iterable, value2, value2);
            set3.items.push(Pair.createPair(value2, null, ctx));
          }
        return set3;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set2 = {
      collection: "map",
      identify: (value2) => value2 instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n2) => asBigInt ? BigInt(n2) : Number(n2);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p2) => res2 * num(60) + num(p2), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value: value2 } = node;
      let num = (n2) => n2;
      if (typeof value2 === "bigint")
        num = (n2) => BigInt(n2);
      else if (isNaN(value2) || !isFinite(value2))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value2 < 0) {
        sign = "-";
        value2 *= num(-1);
      }
      const _60 = num(60);
      const parts = [value2 % _60];
      if (value2 < 60) {
        parts.unshift(0);
      } else {
        value2 = (value2 - parts[0]) / _60;
        parts.unshift(value2 % _60);
        if (value2 >= 60) {
          value2 = (value2 - parts[0]) / _60;
          parts.unshift(value2);
        }
      }
      return sign + parts.map((n2) => String(n2).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value2) => typeof value2 === "bigint" || Number.isInteger(value2),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value2) => value2 instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d2 = parseSexagesimal(tz, false);
          if (Math.abs(d2) < 30)
            d2 *= 60;
          date -= 6e4 * d2;
        }
        return new Date(date);
      },
      stringify: ({ value: value2 }) => value2?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set2 = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set2.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set2 = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set2.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set2.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a2, b3) => a2.key < b3.key ? -1 : a2.key > b3.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value2, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value2 === void 0 ? null : this.createNode(value2, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value2) {
        if (assertCollection(this.contents))
          this.contents.add(value2);
      }
      /** Adds a value to the document. */
      addIn(path, value2) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value2);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value2, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value2 = replacer.call({ "": value2 }, "", value2);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v2) => typeof v2 === "number" || v2 instanceof String || v2 instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value2, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value2, options = {}) {
        const k2 = this.createNode(key, null, options);
        const v2 = this.createNode(value2, null, options);
        return new Pair.Pair(k2, v2);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value2) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value2);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value2);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value2) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value2;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value2);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value2);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s2 = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s2}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a2, b3) => a2 === b3 || identity.isScalar(a2) && identity.isScalar(b3) && a2.value === b3.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep2, value: value2 } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value2,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value2?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value2 ? composeNode(ctx, value2, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value2, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value: value2 } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value2,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value2) {
            if (value2?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value2 ? composeNode(ctx, value2, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value2, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep2 = "";
        for (const token of end) {
          const { source, type: type2 } = token;
          switch (type2) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep2 + cb;
              sep2 = "";
              break;
            }
            case "newline":
              if (comment)
                sep2 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type2} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap = fc.start.source === "{";
      const fcName = isMap ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i3 = 0; i3 < fc.items.length; ++i3) {
        const collItem = fc.items[i3];
        const { start, key, sep: sep2, value: value2 } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value2) {
            if (i3 === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i3 < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i3 === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap && !sep2 && !props.found) {
          const valueNode = value2 ? composeNode(ctx, value2, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value2))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value2,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap && !props.found && ctx.options.strict) {
              if (sep2)
                for (const st of sep2) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value2) {
            if ("source" in value2 && value2.source?.[0] === ":")
              onError(value2, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value2 ? composeNode(ctx, value2, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value2))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap ? "}" : "]";
      const [ce2, ...ee2] = fc.end;
      let cePos = offset;
      if (ce2?.source === expectedEnd)
        cePos = ce2.offset + ce2.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce2 && ce2.source.length !== 1)
          ee2.unshift(ce2);
      }
      if (ee2.length > 0) {
        const end = resolveEnd.resolveEnd(ee2, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t2) => t2.tag === tagName && t2.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type2 = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i3 = lines.length - 1; i3 >= 0; --i3) {
        const content = lines[i3][1];
        if (content === "" || content === "\r")
          chompStart = i3;
        else
          break;
      }
      if (chompStart === 0) {
        const value3 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value3, type: type2, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i3 = 0; i3 < chompStart; ++i3) {
        const [indent, content] = lines[i3];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i3;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i3 = lines.length - 1; i3 >= chompStart; --i3) {
        if (lines[i3][0].length > trimIndent)
          chompStart = i3 + 1;
      }
      let value2 = "";
      let sep2 = "";
      let prevMoreIndented = false;
      for (let i3 = 0; i3 < contentStart; ++i3)
        value2 += lines[i3][0].slice(trimIndent) + "\n";
      for (let i3 = contentStart; i3 < chompStart; ++i3) {
        let [indent, content] = lines[i3];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type2 === Scalar.Scalar.BLOCK_LITERAL) {
          value2 += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep2 === " ")
            sep2 = "\n";
          else if (!prevMoreIndented && sep2 === "\n")
            sep2 = "\n\n";
          value2 += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep2 === "\n")
            value2 += "\n";
          else
            sep2 = "\n";
        } else {
          value2 += sep2 + content;
          sep2 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i3 = chompStart; i3 < lines.length; ++i3)
            value2 += "\n" + lines[i3][0].slice(trimIndent);
          if (value2[value2.length - 1] !== "\n")
            value2 += "\n";
          break;
        default:
          value2 += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value: value2, type: type2, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i3 = 1; i3 < source.length; ++i3) {
        const ch = source[i3];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n2 = Number(ch);
          if (!indent && n2)
            indent = n2;
          else if (error === -1)
            error = offset + i3;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i3 = 1; i3 < props.length; ++i3) {
        const token = props[i3];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m2 = first.match(/^( *)/);
      const line0 = m2?.[1] ? [m2[1], first.slice(m2[1].length)] : ["", first];
      const lines = [line0];
      for (let i3 = 1; i3 < split.length; i3 += 2)
        lines.push([split[i3], split[i3 + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type: type2, source, end } = scalar;
      let _type;
      let value2;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type2) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value2 = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value2 = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value2 = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type2}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re2 = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value: value2,
        type: _type,
        comment: re2.comment,
        range: [offset, valueEnd, re2.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep2 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep2 === "\n")
            res += sep2;
          else
            sep2 = "\n";
        } else {
          res += sep2 + lm;
          sep2 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep2 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i3 = 1; i3 < source.length - 1; ++i3) {
        const ch = source[i3];
        if (ch === "\r" && source[i3 + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i3);
          res += fold;
          i3 = offset;
        } else if (ch === "\\") {
          let next = source[++i3];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i3 + 1];
            while (next === " " || next === "	")
              next = source[++i3 + 1];
          } else if (next === "\r" && source[i3 + 1] === "\n") {
            next = source[++i3 + 1];
            while (next === " " || next === "	")
              next = source[++i3 + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i3 + 1, length, onError);
            i3 += length;
          } else {
            const raw = source.substr(i3 - 1, 2);
            onError(i3 - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i3;
          let next = source[i3 + 1];
          while (next === " " || next === "	")
            next = source[++i3 + 1];
          if (next !== "\n" && !(next === "\r" && source[i3 + 2] === "\n"))
            res += i3 > wsStart ? source.slice(wsStart, i3 + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value: value2, type: type2, comment, range: range2 } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value2, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value2, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value2, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value2);
      }
      scalar.range = range2;
      scalar.source = value2;
      if (type2)
        scalar.type = type2;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value2, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value2))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value2, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value2)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value2)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i3 = pos - 1; i3 >= 0; --i3) {
          let st = before[i3];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i3];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i3];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re2 = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re2.offset];
      if (re2.comment)
        alias.comment = re2.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value: value2, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value2 ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value2 && (value2.type === "block-map" || value2.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value2 ? composeNode.composeNode(ctx, value2, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re2 = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re2.comment)
        doc.comment = re2.comment;
      doc.range = [offset, contentEnd, re2.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i3 = 0; i3 < prelude.length; ++i3) {
        const source = prelude[i3];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i3 + 1]?.[0] !== "#")
              i3 += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i3 = 0; i3 < this.errors.length; ++i3)
            doc.errors.push(this.errors[i3]);
          for (let i3 = 0; i3 < this.warnings.length; ++i3)
            doc.warnings.push(this.warnings[i3]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value2, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type: type2 = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type: type2, value: value2 }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value2, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type: type2 } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type2)
        switch (token.type) {
          case "single-quoted-scalar":
            type2 = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type2 = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type2 = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type2 = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type: type2, value: value2 }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type2) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type2;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type: type2, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type: type2, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type: type2, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep2, value: value2 }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep2)
        for (const st of sep2)
          res += st.source;
      if (value2)
        res += stringifyToken(value2);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i3 = 0; i3 < token.items.length; ++i3) {
            const ci = _visit(Object.freeze(path.concat([[field, i3]])), token.items[i3], visitor);
            if (typeof ci === "number")
              i3 = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i3, 1);
              i3 -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i3 = this.pos;
        let ch = this.buffer[i3];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i3];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i3 + 1] === "\n";
        return false;
      }
      charAt(n2) {
        return this.buffer[this.pos + n2];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n2) {
        return this.pos + n2 <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n2) {
        return this.buffer.substr(this.pos, n2);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n2 = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n2);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s2 = this.peek(3);
          if ((s2 === "---" || s2 === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s2 === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n2 = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n2;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n2 = yield* this.pushIndicators();
        switch (line[n2]) {
          case "#":
            yield* this.pushCount(line.length - n2);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n2 += yield* this.parseBlockScalarHeader();
            n2 += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n2);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n2 = 0;
        while (line[n2] === ",") {
          n2 += yield* this.pushCount(1);
          n2 += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n2 += yield* this.pushIndicators();
        switch (line[n2]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n2);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n2 = 0;
            while (this.buffer[end - 1 - n2] === "\\")
              n2 += 1;
            if (n2 % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i3 = this.pos;
        while (true) {
          const ch = this.buffer[++i3];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i4 = this.pos; ch = this.buffer[i4]; ++i4) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i4;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i4 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i3 = nl + 1;
        ch = this.buffer[i3];
        while (ch === " ")
          ch = this.buffer[++i3];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i3];
          nl = i3 - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i4 = nl - 1;
            let ch2 = this.buffer[i4];
            if (ch2 === "\r")
              ch2 = this.buffer[--i4];
            const lastChar = i4;
            while (ch2 === " ")
              ch2 = this.buffer[--i4];
            if (ch2 === "\n" && i4 >= this.pos && i4 + 1 + indent > lastChar)
              nl = i4;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i3 = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i3]) {
          if (ch === ":") {
            const next = this.buffer[i3 + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i3;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i3 + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i3 += 1;
                ch = "\n";
                next = this.buffer[i3 + 1];
              } else
                end = i3;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i3 + 1);
              if (cs === -1)
                break;
              i3 = Math.max(i3, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i3;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n2) {
        if (n2 > 0) {
          yield this.buffer.substr(this.pos, n2);
          this.pos += n2;
          return n2;
        }
        return 0;
      }
      *pushToIndex(i3, allowEmpty) {
        const s2 = this.buffer.slice(this.pos, i3);
        if (s2) {
          yield s2;
          this.pos += s2.length;
          return s2.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n2 = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n2 += yield* this.pushTag();
              n2 += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n2 += yield* this.pushUntil(isNotAnchorChar);
              n2 += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n2 += yield* this.pushCount(1);
                n2 += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n2;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i3 = this.pos + 2;
          let ch = this.buffer[i3];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i3];
          return yield* this.pushToIndex(ch === ">" ? i3 + 1 : i3, false);
        } else {
          let i3 = this.pos + 1;
          let ch = this.buffer[i3];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i3];
            else if (ch === "%" && hexDigits.has(this.buffer[i3 + 1]) && hexDigits.has(this.buffer[i3 + 2])) {
              ch = this.buffer[i3 += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i3, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i3 = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i3];
        } while (ch === " " || allowTabs && ch === "	");
        const n2 = i3 - this.pos;
        if (n2 > 0) {
          yield this.buffer.substr(this.pos, n2);
          this.pos = i3;
        }
        return n2;
      }
      *pushUntil(test) {
        let i3 = this.pos;
        let ch = this.buffer[i3];
        while (!test(ch))
          ch = this.buffer[++i3];
        return yield* this.pushToIndex(i3, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high2 = this.lineStarts.length;
          while (low < high2) {
            const mid = low + high2 >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high2 = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type2) {
      for (let i3 = 0; i3 < list.length; ++i3)
        if (list[i3].type === type2)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i3 = 0; i3 < list.length; ++i3) {
        switch (list[i3].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i3;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i3 = prev.length;
      loop: while (--i3 >= 0) {
        switch (prev[i3].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i3]?.type === "space") {
      }
      return prev.splice(i3, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i3 = 0; i3 < source.length; ++i3)
          target.push(source[i3]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type2 = cst.tokenType(source);
        if (!type2) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type2 === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type2;
          yield* this.step();
          switch (type2) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n2) {
        return this.stack[this.stack.length - n2];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep2;
          if (scalar.end) {
            sep2 = scalar.end;
            sep2.push(this.sourceToken);
            delete scalar.end;
          } else
            sep2 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep2 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i3 = 0; i3 < it.sep.length; ++i3) {
              const st = it.sep[i3];
              switch (st.type) {
                case "newline":
                  nl.push(i3);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep2 = it.sep;
                  sep2.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep2 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep2 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type2) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type: type2,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log2 = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log2.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value2, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value2 === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value2) && !_replacer)
        return value2.toString(options);
      return new Document.Document(value2, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob2 = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob2 = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob2 = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob2) glob2 = utils.removeBackslashes(glob2);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob: glob2,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n3 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i3 = slashes[idx];
          const value3 = input.slice(n3, i3);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value3;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i3 >= start) {
            parts.push(value3);
            prevIndex = i3;
          }
        }
        const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value2 = input.slice(n2);
        parts.push(value2);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value2;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value2 = `[${args.join("-")}]`;
      try {
        new RegExp(value2);
      } catch (ex) {
        return args.map((v2) => utils.escapeRegex(v2)).join("..");
      }
      return value2;
    };
    var syntaxError = (type2, char) => {
      return `Missing ${type2}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value2 = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value2 += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value2 += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value2 += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value2);
              value2 = "";
              continue;
            }
          }
        }
        value2 += ch;
      }
      parts.push(value2);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value2 = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value2)) {
          value2 = value2.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value2)) {
        return;
      }
      return value2.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i3 = 0; i3 < values.length; i3++) {
        for (let j2 = i3 + 1; j2 < values.length; j2++) {
          const a2 = values[i3];
          const b3 = values[j2];
          const char = a2[0];
          if (!char || a2 !== char.repeat(a2.length) || b3 !== char.repeat(b3.length)) {
            continue;
          }
          if (a2 === b3 || a2.startsWith(b3) || b3.startsWith(a2)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i3 = 1; i3 < pattern.length; i3++) {
        const ch = pattern[i3];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i3 !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i3),
              end: i3
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value2 = pattern.trim();
      let match = parseRepeatedExtglob(value2);
      while (match) {
        depth++;
        value2 = match.body.trim();
        match = parseRepeatedExtglob(value2);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max2 = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max2) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max2 = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max2) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max2}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value2;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n2 = 1) => input[state.index + n2];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value3 = "", num = 0) => {
        state.consumed += value3;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type2) => {
        state[type2]++;
        stack.push(type2);
      };
      const decrement = (type2) => {
        state[type2]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type2, value3) => {
        const token = { ...EXTGLOB_CHARS[value3], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type: type2, value: value3, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open6 = tokens[token.tokensIndex];
          open6.type = "text";
          open6.value = literal;
          open6.output = safeOutput || utils.escapeRegex(literal);
          for (let i3 = token.tokensIndex + 1; i3 < tokens.length; i3++) {
            tokens[i3].value = "";
            tokens[i3].output = "";
            delete tokens[i3].suffix;
          }
          state.output = token.output + open6.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value: value2, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value: value2, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m2, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m2;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m2 : `\\${m2}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m2) => {
              return m2.length % 2 === 0 ? "\\\\" : m2 ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value2 = advance();
        if (value2 === "\0") {
          continue;
        }
        if (value2 === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value2 += "\\";
            push({ type: "text", value: value2 });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value2 += "\\";
            }
          }
          if (opts.unescape === true) {
            value2 = advance();
          } else {
            value2 += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value: value2 });
            continue;
          }
        }
        if (state.brackets > 0 && (value2 !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value2 === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix2 = POSIX_REGEX_SOURCE[rest2];
                if (posix2) {
                  prev.value = pre + posix2;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value2 === "[" && peek() !== ":" || value2 === "-" && peek() === "]") {
            value2 = `\\${value2}`;
          }
          if (value2 === "]" && (prev.value === "[" || prev.value === "[^")) {
            value2 = `\\${value2}`;
          }
          if (opts.posix === true && value2 === "!" && prev.value === "[") {
            value2 = "^";
          }
          prev.value += value2;
          append({ value: value2 });
          continue;
        }
        if (state.quotes === 1 && value2 !== '"') {
          value2 = utils.escapeRegex(value2);
          prev.value += value2;
          append({ value: value2 });
          continue;
        }
        if (value2 === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value: value2 });
          }
          continue;
        }
        if (value2 === "(") {
          increment("parens");
          push({ type: "paren", value: value2 });
          continue;
        }
        if (value2 === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value: value2, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value2 === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value2 = `\\${value2}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value: value2 });
          continue;
        }
        if (value2 === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value: value2, output: `\\${value2}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value: value2, output: `\\${value2}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value2 = `/${value2}`;
          }
          prev.value += value2;
          append({ value: value2 });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value2 === "{" && opts.nobrace !== true) {
          increment("braces");
          const open6 = {
            type: "brace",
            value: value2,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open6);
          push(open6);
          continue;
        }
        if (value2 === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value: value2, output: value2 });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range2 = [];
            for (let i3 = arr.length - 1; i3 >= 0; i3--) {
              tokens.pop();
              if (arr[i3].type === "brace") {
                break;
              }
              if (arr[i3].type !== "dots") {
                range2.unshift(arr[i3].value);
              }
            }
            output = expandRange(range2, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value2 = output = "\\}";
            state.output = out;
            for (const t2 of toks) {
              state.output += t2.output || t2.value;
            }
          }
          push({ type: "brace", value: value2, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value2 === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value: value2 });
          continue;
        }
        if (value2 === ",") {
          let output = value2;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value: value2, output });
          continue;
        }
        if (value2 === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value: value2, output: SLASH_LITERAL });
          continue;
        }
        if (value2 === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value2;
            prev.value += value2;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value: value2, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value: value2, output: DOT_LITERAL });
          continue;
        }
        if (value2 === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value2);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value2;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value2}`;
            }
            push({ type: "text", value: value2, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value: value2, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value: value2, output: QMARK });
          continue;
        }
        if (value2 === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value2);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value2 === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value2);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value: value2, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value: value2 });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value2 === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value: value2, output: "" });
            continue;
          }
          push({ type: "text", value: value2 });
          continue;
        }
        if (value2 !== "*") {
          if (value2 === "$" || value2 === "^") {
            value2 = `\\${value2}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value2 += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value: value2 });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value2;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value2);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value2);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value2);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value: value2, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value: value2, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value2;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value2);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value2;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value2);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value2;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value2 + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value2;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value2 + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value2;
          state.output += prev.output;
          state.globstar = true;
          consume(value2);
          continue;
        }
        const token = { type: "star", value: value2, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value2;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max2 = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max2) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max2}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject2 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob2, options, returnState = false) => {
      if (Array.isArray(glob2)) {
        const fns = glob2.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject2(glob2) && glob2.tokens && glob2.input;
      if (glob2 === "" || typeof glob2 !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix2 = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob2, options) : picomatch2.makeRe(glob2, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob: glob2, posix: posix2 });
        const result = { glob: glob2, state, regex, posix: posix2, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob: glob2, posix: posix2 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match = input === glob2;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob2;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix2);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob2, options, posix2 = options && options.windows) => {
      const regex = glob2 instanceof RegExp ? glob2 : picomatch2.makeRe(glob2, options);
      return regex.test(utils.basename(input, { windows: posix2 }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p2) => picomatch2.parse(p2, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err2) {
        if (options && options.debug === true) throw err2;
        return /$^/;
      }
    };
    picomatch2.constants = constants;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob2, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob2, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// src/cli/main.ts
import { parseArgs } from "node:util";

// src/engine.ts
import { mkdtemp as mkdtemp2, rm as rm5, stat as stat2 } from "node:fs/promises";
import { tmpdir as tmpdir2 } from "node:os";
import { basename as basename4, join as join8 } from "node:path";

// src/pack/restore.ts
import { mkdtemp, open as open4, rename as rename2, rm as rm2 } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname as dirname3, join as join3 } from "node:path";

// src/errors.ts
var InputError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "InputError";
  }
};
function fileError(path, err2) {
  const code = err2?.code;
  const reason = code === "ENOENT" ? "no such file or directory" : code === "EACCES" || code === "EPERM" ? "permission denied" : code === "EISDIR" ? "is a directory, expected a file" : code === "ENOTDIR" ? "a parent of this path is not a directory" : `cannot read (${err2 instanceof Error ? err2.message : String(err2)})`;
  return new InputError(`${path}: ${reason}`);
}

// src/util/fs.ts
import { randomBytes } from "node:crypto";
import { lstat, mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
function temporaryPath(finalPath) {
  return join(dirname(finalPath), `.${basename(finalPath)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
}
async function writeFileAtomic(path, data) {
  await mkdir(dirname(path), { recursive: true });
  const tmp = temporaryPath(path);
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}
async function requireRegularFile(path, what) {
  let info;
  try {
    info = await lstat(path);
  } catch {
    throw new InputError(`${path}: ${what} does not exist`);
  }
  if (info.isSymbolicLink()) {
    throw new InputError(`${path}: ${what} is a symbolic link; model-gate reads only regular files (pass the real path)`);
  }
  if (!info.isFile()) throw new InputError(`${path}: ${what} is not a regular file`);
  return info.size;
}
async function requireDirectory(path, what) {
  let info;
  try {
    info = await lstat(path);
  } catch {
    throw new InputError(`${path}: ${what} does not exist`);
  }
  if (info.isSymbolicLink()) throw new InputError(`${path}: ${what} is a symbolic link; pass the real directory`);
  if (!info.isDirectory()) throw new InputError(`${path}: ${what} is not a directory`);
}

// src/pack/external-data.ts
import { lstat as lstat2 } from "node:fs/promises";
import { dirname as dirname2, join as join2 } from "node:path";

// src/onnx/wire.ts
import { open } from "node:fs/promises";
var WIRE_VARINT = 0;
var WIRE_I64 = 1;
var WIRE_LEN = 2;
var WIRE_I32 = 5;
var WIRE_NAMES = ["varint", "fixed64", "length-delimited", "group start", "group end", "fixed32", "6", "7"];
var ProtobufError = class extends InputError {
  constructor(file, detail) {
    super(`${file}: ${detail}`);
    this.file = file;
    this.detail = detail;
  }
  file;
  detail;
  /** The data ended early (a cut-off download) rather than being something else entirely. */
  get isTruncation() {
    return this.detail.startsWith("truncated");
  }
};
var TWO_32 = 4294967296;
var varint = { lo: 0, hi: 0 };
function decodeVarint(buf, pos, limit, fail) {
  let lo = 0;
  let hi = 0;
  for (let i3 = 0; ; i3++) {
    if (pos >= limit) fail("truncated protobuf (a varint runs past the end)");
    const b3 = buf[pos++];
    if (i3 < 4) lo |= (b3 & 127) << 7 * i3;
    else if (i3 === 4) {
      lo |= (b3 & 15) << 28;
      hi = (b3 & 127) >> 4;
    } else if (i3 < 9) hi |= (b3 & 127) << 7 * i3 - 32;
    else {
      if (b3 > 1) fail("malformed protobuf (varint longer than 64 bits)");
      hi |= b3 << 31;
    }
    if (b3 < 128) break;
  }
  varint.lo = lo >>> 0;
  varint.hi = hi >>> 0;
  return pos;
}
function toBigUint(lo, hi) {
  return hi === 0 ? BigInt(lo) : BigInt(hi) << 32n | BigInt(lo);
}
function toBigInt(lo, hi) {
  return BigInt.asIntN(64, toBigUint(lo, hi));
}
function toSafeInt(lo, hi) {
  if (hi <= 2097151) return hi * TWO_32 + lo;
  if (hi >= 4292870144) return (hi - TWO_32) * TWO_32 + lo;
  return void 0;
}
function parseField(buf, base, pos, end, fail) {
  const limit = Math.min(end - base, buf.length);
  let p2 = decodeVarint(buf, pos - base, limit, fail);
  const { lo: tag, hi: tagHi } = varint;
  const no = tag >>> 3;
  const wt = tag & 7;
  if (tagHi !== 0 || no === 0) fail(`malformed protobuf (invalid field number at byte ${pos})`);
  let lo = 0;
  let hi = 0;
  let length;
  const start = p2;
  switch (wt) {
    case WIRE_VARINT:
      p2 = decodeVarint(buf, p2, limit, fail);
      ({ lo, hi } = varint);
      length = p2 - start;
      break;
    case WIRE_I64:
      length = 8;
      break;
    case WIRE_I32:
      length = 4;
      break;
    case WIRE_LEN: {
      p2 = decodeVarint(buf, p2, limit, fail);
      const n2 = toSafeInt(varint.lo, varint.hi);
      if (n2 === void 0 || n2 < 0) fail(`malformed protobuf (field ${no} declares an impossible length)`);
      length = n2;
      break;
    }
    case 3:
    case 4:
      return fail(`unsupported protobuf group (field ${no}, wire type ${wt})`);
    default:
      return fail(`malformed protobuf (invalid wire type ${wt} for field ${no} at byte ${pos})`);
  }
  const offset = wt === WIRE_LEN ? base + p2 : base + start;
  if (wt !== WIRE_VARINT && offset + length > end) {
    const verb = wt === WIRE_LEN ? "declares" : "needs";
    fail(`truncated protobuf (field ${no} ${verb} ${length} bytes, ${Math.max(0, end - offset)} remain)`);
  }
  return { no, wireType: wt, offset, length, lo, hi };
}
function failer(label) {
  return (detail) => {
    throw new ProtobufError(label, detail);
  };
}
function expectWire(f2, wireType, label, what) {
  if (f2.wireType !== wireType) {
    throw new ProtobufError(
      label,
      `malformed protobuf (${what}, field ${f2.no}, has wire type ${WIRE_NAMES[f2.wireType]}, expected ${WIRE_NAMES[wireType]})`
    );
  }
}
function fieldInt(f2, label, what) {
  expectWire(f2, WIRE_VARINT, label, what);
  const n2 = toSafeInt(f2.lo, f2.hi);
  if (n2 === void 0) throw new ProtobufError(label, `${what} (${toBigInt(f2.lo, f2.hi)}) is too large to handle`);
  return n2;
}
function fieldInt32(f2, label, what) {
  expectWire(f2, WIRE_VARINT, label, what);
  return f2.lo | 0;
}
var WireReader = class _WireReader {
  /**
   * @param bytes the message bytes
   * @param label the file name used in error messages
   * @param base absolute offset of bytes[0] in the file, so Field offsets are file offsets
   */
  constructor(bytes2, label, base = 0) {
    this.bytes = bytes2;
    this.label = label;
    this.base = base;
    this.fail = failer(label);
  }
  bytes;
  label;
  base;
  pos = 0;
  fail;
  /** Absolute offset just past the message. */
  get end() {
    return this.base + this.bytes.length;
  }
  /** Absolute offset of the next field's tag: with the field's end, the span that copies it verbatim. */
  get position() {
    return this.base + this.pos;
  }
  /** The next field (the reader moves past its payload), or null at the end of the message. */
  next() {
    if (this.pos >= this.bytes.length) return null;
    const f2 = parseField(this.bytes, this.base, this.base + this.pos, this.end, this.fail);
    this.pos = f2.offset + f2.length - this.base;
    return f2;
  }
  *[Symbol.iterator]() {
    for (let f2 = this.next(); f2; f2 = this.next()) yield f2;
  }
  /** The payload of a length-delimited field (a view, not a copy). */
  bytesOf(f2, what) {
    expectWire(f2, WIRE_LEN, this.label, what);
    return this.bytes.subarray(f2.offset - this.base, f2.offset - this.base + f2.length);
  }
  string(f2, what) {
    return utf8.decode(this.bytesOf(f2, what));
  }
  /** A reader over an embedded message. */
  message(f2, what) {
    return new _WireReader(this.bytesOf(f2, what), this.label, f2.offset);
  }
  /**
   * Calls `each(lo, hi)` for every value of a repeated varint field occurrence, packed (one
   * length-delimited run) or not (one varint per occurrence): parsers must accept both.
   */
  varints(f2, what, each) {
    if (f2.wireType === WIRE_VARINT) return each(f2.lo, f2.hi);
    forEachVarint(this.bytesOf(f2, what), this.label, each);
  }
  /** Number of values in a repeated varint field occurrence, without decoding them. */
  varintCount(f2, what) {
    if (f2.wireType === WIRE_VARINT) return 1;
    return countVarints(this.bytesOf(f2, what), this.label);
  }
  /**
   * The payload (a view) of a repeated fixed-width field occurrence, packed or a single value;
   * `width` is 4 (float/fixed32) or 8 (double/fixed64).
   */
  fixedRun(f2, width, what) {
    const single = width === 4 ? WIRE_I32 : WIRE_I64;
    if (f2.wireType !== single) {
      expectWire(f2, WIRE_LEN, this.label, what);
      if (f2.length % width !== 0) {
        this.fail(`malformed protobuf (${what} holds ${f2.length} bytes, not a multiple of ${width})`);
      }
    }
    return this.bytes.subarray(f2.offset - this.base, f2.offset - this.base + f2.length);
  }
};
function forEachVarint(run, label, each) {
  const fail = failer(label);
  for (let p2 = 0; p2 < run.length; ) {
    p2 = decodeVarint(run, p2, run.length, fail);
    each(varint.lo, varint.hi);
  }
}
function countVarints(run, label) {
  let n2 = 0;
  for (let i3 = 0; i3 < run.length; i3++) if (run[i3] < 128) n2++;
  if (run.length > 0 && run[run.length - 1] >= 128) {
    throw new ProtobufError(label, "truncated protobuf (a packed varint runs past the end of its field)");
  }
  return n2;
}
var utf8 = new TextDecoder("utf-8");
var MAX_HEADER = 20;
var FieldCursor = class {
  constructor(label, size) {
    this.label = label;
    this.size = size;
    this.fail = failer(label);
  }
  label;
  size;
  window = new Uint8Array(0);
  windowStart = 0;
  fail;
  /** Bytes [offset, offset + length): from the current window when it covers them, else read. */
  *read(offset, length) {
    if (offset + length > this.size) {
      this.fail(`truncated file (needs ${offset + length} bytes, has ${this.size})`);
    }
    const from = offset - this.windowStart;
    if (from < 0 || from + length > this.window.length) {
      this.window = yield { offset, length };
      this.windowStart = offset;
      if (this.window.length < length) this.fail(`truncated file (short read at byte ${offset})`);
      return this.window.subarray(0, length);
    }
    return this.window.subarray(from, from + length);
  }
  /** The header of the field at absolute `pos` in a message ending at `end` (pos < end). */
  *field(pos, end) {
    const head = yield* this.read(pos, Math.min(MAX_HEADER, end - pos));
    return parseField(head, pos, pos, end, this.fail);
  }
  /** Reads a length-delimited field in full and returns a reader over it. */
  *message(f2, what) {
    expectWire(f2, WIRE_LEN, this.label, what);
    return new WireReader(yield* this.read(f2.offset, f2.length), this.label, f2.offset);
  }
  *string(f2, what) {
    expectWire(f2, WIRE_LEN, this.label, what);
    return utf8.decode(yield* this.read(f2.offset, f2.length));
  }
};
function walkBytes(bytes2, label, walker) {
  const walk = walker(new FieldCursor(label, bytes2.length));
  for (let step = walk.next(); ; ) {
    if (step.done) return step.value;
    step = walk.next(bytes2.subarray(step.value.offset));
  }
}
var FILE_WINDOW = 64 * 1024;
async function walkFile(path, walker, stats) {
  let fh;
  try {
    fh = await open(path, "r");
  } catch (err2) {
    throw fileError(path, err2);
  }
  try {
    const stat5 = await fh.stat();
    if (stat5.isDirectory()) throw new InputError(`${path}: is a directory, expected a file`);
    const size = stat5.size;
    const walk = walker(new FieldCursor(path, size));
    for (let step = walk.next(); ; ) {
      if (step.done) return step.value;
      const { offset, length } = step.value;
      const want = Math.min(size - offset, Math.max(length, FILE_WINDOW));
      const window = await readAt(fh, offset, want);
      if (stats) {
        stats.reads++;
        stats.bytesRead += window.length;
      }
      step = walk.next(window);
    }
  } catch (err2) {
    if (err2?.code !== void 0 && !(err2 instanceof InputError)) throw fileError(path, err2);
    throw err2;
  } finally {
    await fh.close();
  }
}
async function readAt(fh, offset, length) {
  const buf = new Uint8Array(length);
  let filled = 0;
  while (filled < length) {
    const { bytesRead } = await fh.read(buf, filled, length - filled, offset + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return buf.subarray(0, filled);
}
var WireWriter = class {
  buf = new Uint8Array(256);
  len = 0;
  reserve(n2) {
    if (this.len + n2 <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < this.len + n2) cap *= 2;
    const next = new Uint8Array(cap);
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }
  rawVarint(value2) {
    this.reserve(10);
    if (typeof value2 === "number" && Number.isSafeInteger(value2) && value2 >= 0) {
      while (value2 >= 128) {
        this.buf[this.len++] = value2 % 128 | 128;
        value2 = Math.floor(value2 / 128);
      }
      this.buf[this.len++] = value2;
      return;
    }
    let v2 = BigInt.asUintN(64, BigInt(value2));
    while (v2 >= 0x80n) {
      this.buf[this.len++] = Number(v2 & 0x7fn) | 128;
      v2 >>= 7n;
    }
    this.buf[this.len++] = Number(v2);
  }
  tag(no, wireType) {
    this.rawVarint(no * 8 + wireType);
  }
  varint(no, value2) {
    this.tag(no, WIRE_VARINT);
    this.rawVarint(value2);
    return this;
  }
  bytes(no, payload) {
    this.tag(no, WIRE_LEN);
    this.rawVarint(payload.length);
    this.reserve(payload.length);
    this.buf.set(payload, this.len);
    this.len += payload.length;
    return this;
  }
  string(no, value2) {
    return this.bytes(no, new TextEncoder().encode(value2));
  }
  /** Bytes that already are encoded fields (copied verbatim from another message). */
  raw(encoded) {
    this.reserve(encoded.length);
    this.buf.set(encoded, this.len);
    this.len += encoded.length;
    return this;
  }
  finish() {
    return this.buf.slice(0, this.len);
  }
};

// src/onnx/tensor-proto.ts
var TensorField = {
  dims: 1,
  dataType: 2,
  segment: 3,
  floatData: 4,
  int32Data: 5,
  stringData: 6,
  int64Data: 7,
  name: 8,
  rawData: 9,
  doubleData: 10,
  uint64Data: 11,
  externalData: 13,
  dataLocation: 14
};
var DATA_LOCATION_EXTERNAL = 1;
var DATA_TYPES = [
  { name: "UNDEFINED", elem: "undefined", bits: 0 },
  { name: "FLOAT", elem: "float32", bits: 32 },
  { name: "UINT8", elem: "uint8", bits: 8 },
  { name: "INT8", elem: "int8", bits: 8 },
  { name: "UINT16", elem: "uint16", bits: 16 },
  { name: "INT16", elem: "int16", bits: 16 },
  { name: "INT32", elem: "int32", bits: 32 },
  { name: "INT64", elem: "int64", bits: 64 },
  { name: "STRING", elem: "string", bits: 0 },
  { name: "BOOL", elem: "bool", bits: 8 },
  { name: "FLOAT16", elem: "float16", bits: 16 },
  { name: "DOUBLE", elem: "float64", bits: 64 },
  { name: "UINT32", elem: "uint32", bits: 32 },
  { name: "UINT64", elem: "uint64", bits: 64 },
  { name: "COMPLEX64", elem: "complex64", bits: 64 },
  { name: "COMPLEX128", elem: "complex128", bits: 128 },
  { name: "BFLOAT16", elem: "bfloat16", bits: 16 },
  { name: "FLOAT8E4M3FN", elem: "float8e4m3fn", bits: 8 },
  { name: "FLOAT8E4M3FNUZ", elem: "float8e4m3fnuz", bits: 8 },
  { name: "FLOAT8E5M2", elem: "float8e5m2", bits: 8 },
  { name: "FLOAT8E5M2FNUZ", elem: "float8e5m2fnuz", bits: 8 },
  { name: "UINT4", elem: "uint4", bits: 4 },
  { name: "INT4", elem: "int4", bits: 4 },
  { name: "FLOAT4E2M1", elem: "float4e2m1", bits: 4 },
  { name: "FLOAT8E8M0", elem: "float8e8m0", bits: 8 },
  { name: "UINT2", elem: "uint2", bits: 2 },
  { name: "INT2", elem: "int2", bits: 2 }
];
function elemTypeFromDataType(dataType, label, what) {
  const entry = DATA_TYPES[dataType];
  if (entry?.elem) return entry.elem;
  if (entry) throw new InputError(`${label}: ${what} has element type ${entry.name} (${dataType}), which model-gate does not support yet`);
  throw new InputError(`${label}: ${what} has unknown element type ${dataType} (not a TensorProto.DataType)`);
}
function dataTypeFromElemType(elemType) {
  const n2 = DATA_TYPES.findIndex((e2) => e2.elem === elemType);
  if (n2 < 0) throw new Error(`no TensorProto.DataType for ${elemType}`);
  return n2;
}
function dataTypeBits(dataType) {
  return DATA_TYPES[dataType]?.bits;
}
function bytesPerTypedValue(dataType, field) {
  switch (field) {
    case TensorField.floatData:
      return 4;
    case TensorField.doubleData:
    case TensorField.int64Data:
      return 8;
    case TensorField.uint64Data:
      return dataType === 12 ? 4 : 8;
    case TensorField.int32Data: {
      const bits2 = dataTypeBits(dataType);
      return bits2 ? Math.max(1, bits2 / 8) : 4;
    }
    default:
      return 0;
  }
}
var STORAGE = {
  float32: { ctor: Float32Array, field: TensorField.floatData },
  float64: { ctor: Float64Array, field: TensorField.doubleData },
  // Half floats travel as their bit patterns in int32_data (onnx.proto), kept as bits in memory.
  float16: { ctor: Uint16Array, field: TensorField.int32Data },
  bfloat16: { ctor: Uint16Array, field: TensorField.int32Data },
  int8: { ctor: Int8Array, field: TensorField.int32Data },
  uint8: { ctor: Uint8Array, field: TensorField.int32Data },
  int16: { ctor: Int16Array, field: TensorField.int32Data },
  uint16: { ctor: Uint16Array, field: TensorField.int32Data },
  int32: { ctor: Int32Array, field: TensorField.int32Data },
  uint32: { ctor: Uint32Array, field: TensorField.uint64Data },
  int64: { ctor: BigInt64Array, field: TensorField.int64Data },
  uint64: { ctor: BigUint64Array, field: TensorField.uint64Data },
  bool: { ctor: Uint8Array, field: TensorField.int32Data }
};
var FIELD_NAMES = {
  [TensorField.floatData]: "float_data",
  [TensorField.int32Data]: "int32_data",
  [TensorField.stringData]: "string_data",
  [TensorField.int64Data]: "int64_data",
  [TensorField.doubleData]: "double_data",
  [TensorField.uint64Data]: "uint64_data"
};
var LITTLE_ENDIAN_HOST = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
function swapToHostOrder(bytes2, width) {
  if (LITTLE_ENDIAN_HOST || width === 1) return;
  for (let i3 = 0; i3 < bytes2.length; i3 += width) bytes2.subarray(i3, i3 + width).reverse();
}
function numericArrayFromLE(ctor, bytes2, count) {
  const copy = new Uint8Array(count * ctor.BYTES_PER_ELEMENT);
  copy.set(bytes2.subarray(0, copy.length));
  swapToHostOrder(copy, ctor.BYTES_PER_ELEMENT);
  return new ctor(copy.buffer, 0, count);
}
function elementCount(dims, fail) {
  let n2 = 1;
  for (const d2 of dims) {
    if (!Number.isSafeInteger(d2) || d2 < 0) fail(`has invalid dimension ${d2} in shape ${formatDims(dims)}`);
    n2 *= d2;
  }
  if (!Number.isSafeInteger(n2)) fail(`has shape ${formatDims(dims)} with too many elements`);
  return n2;
}
function formatDims(dims) {
  return `[${dims.map((d2) => d2 ?? "?").join(",")}]`;
}
function readTensorFields(r2) {
  const t2 = { dims: [], dataType: 0, name: "", raw: null, typed: /* @__PURE__ */ new Map(), external: false, segmented: false };
  for (const f2 of r2) {
    switch (f2.no) {
      case TensorField.dims:
        r2.varints(f2, "TensorProto.dims", (lo, hi) => t2.dims.push(Number(toBigInt(lo, hi))));
        break;
      case TensorField.dataType:
        t2.dataType = fieldInt32(f2, r2.label, "TensorProto.data_type");
        break;
      case TensorField.name:
        t2.name = r2.string(f2, "TensorProto.name");
        break;
      case TensorField.rawData:
        t2.raw = r2.bytesOf(f2, "TensorProto.raw_data");
        break;
      case TensorField.dataLocation:
        t2.external ||= fieldInt32(f2, r2.label, "TensorProto.data_location") === DATA_LOCATION_EXTERNAL;
        break;
      case TensorField.externalData:
        t2.external = true;
        break;
      case TensorField.segment:
        t2.segmented = true;
        break;
      case TensorField.floatData:
      case TensorField.int32Data:
      case TensorField.stringData:
      case TensorField.int64Data:
      case TensorField.doubleData:
      case TensorField.uint64Data: {
        const list = t2.typed.get(f2.no) ?? [];
        list.push(f2);
        t2.typed.set(f2.no, list);
        break;
      }
    }
  }
  return t2;
}
function decodeTensorProto(bytes2, file) {
  const r2 = new WireReader(bytes2, file);
  const t2 = readTensorFields(r2);
  const what = t2.name ? `tensor "${t2.name}"` : "tensor";
  const fail = (detail) => {
    throw new InputError(`${file}: ${what} ${detail}`);
  };
  if (t2.external) fail("keeps its data in an external file (data_location=EXTERNAL); save it with the data inline");
  if (t2.segmented) fail("is one segment of a larger tensor (TensorProto.segment), which is not supported");
  if (t2.dataType === 0) fail("has no data_type");
  const elemType = elemTypeFromDataType(t2.dataType, file, what);
  const count = elementCount(t2.dims, fail);
  const data = elemType === "string" ? decodeStrings(r2, t2, count, fail) : decodeNumeric(r2, t2, elemType, count, fail);
  return { name: t2.name, elemType, dims: t2.dims, data };
}
function rejectOtherTypedFields(t2, allowed, elemType, fail) {
  for (const [no, fields2] of t2.typed) {
    if (no !== allowed && fields2.length > 0) {
      fail(`has ${FIELD_NAMES[no]} but element type ${elemType} belongs in ${FIELD_NAMES[allowed]}`);
    }
  }
}
function decodeStrings(r2, t2, count, fail) {
  if (t2.raw) fail("is a string tensor with raw_data; strings belong in string_data");
  rejectOtherTypedFields(t2, TensorField.stringData, "string", fail);
  const fields2 = t2.typed.get(TensorField.stringData) ?? [];
  if (fields2.length !== count) fail(`has ${fields2.length} strings but shape ${formatDims(t2.dims)} needs ${count}`);
  return fields2.map((f2) => r2.string(f2, "TensorProto.string_data"));
}
function decodeNumeric(r2, t2, elemType, count, fail) {
  const storage = STORAGE[elemType];
  if (!storage) return fail(`has element type ${elemType}, which model-gate does not support in eval data`);
  const { ctor, field } = storage;
  if (t2.raw) {
    for (const [no, fields3] of t2.typed) if (fields3.length) fail(`has both raw_data and ${FIELD_NAMES[no]}`);
    const need = count * ctor.BYTES_PER_ELEMENT;
    if (t2.raw.length !== need) {
      fail(`has ${t2.raw.length} bytes of raw_data but shape ${formatDims(t2.dims)} of ${elemType} needs ${need}`);
    }
    return numericArrayFromLE(ctor, t2.raw, count);
  }
  rejectOtherTypedFields(t2, field, elemType, fail);
  const fields2 = t2.typed.get(field) ?? [];
  const found = field === TensorField.floatData || field === TensorField.doubleData ? fields2.reduce((n2, f2) => n2 + r2.fixedRun(f2, field === TensorField.floatData ? 4 : 8, FIELD_NAMES[field]).length, 0) / (field === TensorField.floatData ? 4 : 8) : fields2.reduce((n2, f2) => n2 + r2.varintCount(f2, FIELD_NAMES[field]), 0);
  if (found !== count) {
    fail(count > 0 && found === 0 ? `has no data (shape ${formatDims(t2.dims)} needs ${count} values)` : `has ${found} values in ${FIELD_NAMES[field]} but shape ${formatDims(t2.dims)} needs ${count}`);
  }
  const out = new ctor(new ArrayBuffer(count * ctor.BYTES_PER_ELEMENT), 0, count);
  fillFromTypedField(r2, fields2, field, elemType, out);
  return out;
}
function fillFromTypedField(r2, fields2, field, elemType, out) {
  const name = FIELD_NAMES[field];
  let i3 = 0;
  if (field === TensorField.floatData || field === TensorField.doubleData) {
    const width = field === TensorField.floatData ? 4 : 8;
    const sink2 = out;
    for (const f2 of fields2) {
      const run = r2.fixedRun(f2, width, name);
      const view = new DataView(run.buffer, run.byteOffset, run.length);
      for (let p2 = 0; p2 < run.length; p2 += width) sink2[i3++] = width === 4 ? view.getFloat32(p2, true) : view.getFloat64(p2, true);
    }
    return;
  }
  if (out instanceof BigInt64Array || out instanceof BigUint64Array) {
    const toBig = out instanceof BigInt64Array ? toBigInt : toBigUint;
    for (const f2 of fields2) r2.varints(f2, name, (lo, hi) => out[i3++] = toBig(lo, hi));
    return;
  }
  const sink = out;
  const convert = int32Converter(elemType);
  for (const f2 of fields2) r2.varints(f2, name, (lo) => sink[i3++] = convert(lo));
}
function int32Converter(elemType) {
  switch (elemType) {
    case "bool":
      return (lo) => lo !== 0 ? 1 : 0;
    case "float16":
    case "bfloat16":
      return (lo) => lo & 65535;
    // the bit pattern, as onnx.proto prescribes
    case "uint32":
      return (lo) => lo;
    default:
      return (lo) => lo | 0;
  }
}
function arrayMatches(elemType, data) {
  if (elemType === "string") return Array.isArray(data) && data.every((s2) => typeof s2 === "string");
  const storage = STORAGE[elemType];
  return !!storage && data instanceof storage.ctor;
}
function encodeTensorProto(t2) {
  const what = t2.name ? `tensor "${t2.name}"` : "tensor";
  const fail = (detail) => {
    throw new InputError(`cannot encode ${what}: ${detail}`);
  };
  const count = elementCount(t2.dims, fail);
  if (!arrayMatches(t2.elemType, t2.data)) fail(`its data is not the array type model-gate uses for ${t2.elemType}`);
  if (t2.data.length !== count) fail(`it has ${t2.data.length} values but shape ${formatDims(t2.dims)} needs ${count}`);
  const w2 = new WireWriter();
  for (const d2 of t2.dims) w2.varint(TensorField.dims, d2);
  w2.varint(TensorField.dataType, dataTypeFromElemType(t2.elemType));
  if (Array.isArray(t2.data)) for (const s2 of t2.data) w2.string(TensorField.stringData, s2);
  if (t2.name) w2.string(TensorField.name, t2.name);
  if (!Array.isArray(t2.data)) w2.bytes(TensorField.rawData, littleEndianBytes(t2.data));
  return w2.finish();
}
function littleEndianBytes(data) {
  const bytes2 = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (LITTLE_ENDIAN_HOST) return bytes2;
  const copy = bytes2.slice();
  swapToHostOrder(copy, data.BYTES_PER_ELEMENT);
  return copy;
}

// src/pack/tensors.ts
var LAYOUT_BYTES = { f32: 4, f16: 2, bf16: 2, f64: 8 };
var LAYOUT_OF_TYPE = { 1: "f32", 10: "f16", 11: "f64", 14: "f32", 15: "f64", 16: "bf16" };
var MIN_FLOAT_PAYLOAD = 64;
var MAX_DEPTH = 64;
var Model = { graph: 7, trainingInfo: 20, functions: 25 };
var Graph = { node: 1, initializer: 5, sparseInitializer: 15 };
var Node = { attribute: 5 };
var Attribute = { t: 5, g: 6, tensors: 10, graphs: 11, sparseTensor: 22, sparseTensors: 23 };
var Sparse = { values: 1, indices: 2 };
var TrainingInfo = { initialization: 1, algorithm: 2 };
var FunctionNode = 7;
function mapTensors(path) {
  return walkFile(path, walkModel);
}
function mapTensorsInBytes(bytes2, label) {
  return walkBytes(bytes2, label, walkModel);
}
function* walkModel(c2) {
  const found = { runs: [], external: [] };
  for (const f2 of yield* fields(c2, 0, c2.size)) {
    if (f2.no === Model.graph) yield* walkGraph(c2, f2, found, 0);
    else if (f2.no === Model.trainingInfo) {
      for (const g2 of yield* fields(c2, ...bounds(c2, f2, "ModelProto.training_info"))) {
        if (g2.no === TrainingInfo.initialization || g2.no === TrainingInfo.algorithm) yield* walkGraph(c2, g2, found, 0);
      }
    } else if (f2.no === Model.functions) {
      for (const n2 of yield* fields(c2, ...bounds(c2, f2, "ModelProto.functions"))) {
        if (n2.no === FunctionNode) yield* walkNode(c2, n2, found, 0);
      }
    }
  }
  return { runs: disjoint(found.runs), external: found.external };
}
function* fields(c2, start, end) {
  const out = [];
  for (let pos = start; pos < end; ) {
    const f2 = yield* c2.field(pos, end);
    pos = f2.offset + f2.length;
    out.push(f2);
  }
  return out;
}
function bounds(c2, f2, what) {
  expectWire(f2, WIRE_LEN, c2.label, what);
  return [f2.offset, f2.offset + f2.length];
}
function* walkGraph(c2, graph, found, depth) {
  if (depth > MAX_DEPTH) throw new InputError(`${c2.label}: subgraphs nested more than ${MAX_DEPTH} deep`);
  for (const f2 of yield* fields(c2, ...bounds(c2, graph, "GraphProto"))) {
    if (f2.no === Graph.node) yield* walkNode(c2, f2, found, depth);
    else if (f2.no === Graph.initializer) yield* walkTensor(c2, f2, found);
    else if (f2.no === Graph.sparseInitializer) yield* walkSparse(c2, f2, found);
  }
}
function* walkNode(c2, node, found, depth) {
  for (const f2 of yield* fields(c2, ...bounds(c2, node, "NodeProto"))) {
    if (f2.no !== Node.attribute) continue;
    for (const a2 of yield* fields(c2, ...bounds(c2, f2, "NodeProto.attribute"))) {
      if (a2.no === Attribute.t || a2.no === Attribute.tensors) yield* walkTensor(c2, a2, found);
      else if (a2.no === Attribute.g || a2.no === Attribute.graphs) yield* walkGraph(c2, a2, found, depth + 1);
      else if (a2.no === Attribute.sparseTensor || a2.no === Attribute.sparseTensors) yield* walkSparse(c2, a2, found);
    }
  }
}
function* walkSparse(c2, sparse, found) {
  for (const f2 of yield* fields(c2, ...bounds(c2, sparse, "SparseTensorProto"))) {
    if (f2.no === Sparse.values || f2.no === Sparse.indices) yield* walkTensor(c2, f2, found);
  }
}
function* walkTensor(c2, tensor, found) {
  const t2 = yield* readTensor(c2, tensor);
  if (t2.external) {
    found.external.push(externalTensor(c2.label, t2));
    return;
  }
  const layout = LAYOUT_OF_TYPE[t2.dataType];
  if (t2.raw && layout) addRun(found, t2.raw, layout);
  for (const f2 of t2.floatData) if (f2.wireType === WIRE_LEN) addRun(found, f2, "f32");
  for (const f2 of t2.doubleData) if (f2.wireType === WIRE_LEN) addRun(found, f2, "f64");
}
function* readTensor(c2, tensor) {
  const t2 = { name: "", dataType: 0, dims: [], raw: null, floatData: [], doubleData: [], external: false, entries: /* @__PURE__ */ new Map() };
  for (const f2 of yield* fields(c2, ...bounds(c2, tensor, "TensorProto"))) {
    switch (f2.no) {
      case TensorField.dims:
        if (f2.wireType === WIRE_VARINT) t2.dims.push(Number(toBigInt(f2.lo, f2.hi)));
        else {
          expectWire(f2, WIRE_LEN, c2.label, "TensorProto.dims");
          forEachVarint(yield* c2.read(f2.offset, f2.length), c2.label, (lo, hi) => t2.dims.push(Number(toBigInt(lo, hi))));
        }
        break;
      case TensorField.dataType:
        t2.dataType = fieldInt32(f2, c2.label, "TensorProto.data_type");
        break;
      case TensorField.name:
        t2.name = yield* c2.string(f2, "TensorProto.name");
        break;
      case TensorField.rawData:
        expectWire(f2, WIRE_LEN, c2.label, "TensorProto.raw_data");
        t2.raw = f2;
        break;
      case TensorField.floatData:
        t2.floatData.push(f2);
        break;
      case TensorField.doubleData:
        t2.doubleData.push(f2);
        break;
      case TensorField.dataLocation:
        t2.external ||= fieldInt32(f2, c2.label, "TensorProto.data_location") === DATA_LOCATION_EXTERNAL;
        break;
      case TensorField.externalData: {
        const entry = yield* c2.message(f2, "TensorProto.external_data");
        let key = "";
        let value2 = "";
        for (const e2 of entry) {
          if (e2.no === 1) key = entry.string(e2, "StringStringEntryProto.key");
          else if (e2.no === 2) value2 = entry.string(e2, "StringStringEntryProto.value");
        }
        t2.entries.set(key, value2);
        break;
      }
    }
  }
  return t2;
}
function addRun(found, f2, layout) {
  const size = LAYOUT_BYTES[layout];
  if (f2.length < MIN_FLOAT_PAYLOAD || f2.length % size !== 0) return;
  found.runs.push({ offset: f2.offset, length: f2.length, layout });
}
function externalTensor(label, t2) {
  const what = `${label}: tensor "${t2.name}" (external data)`;
  const number = (key) => {
    const text2 = t2.entries.get(key);
    if (text2 === void 0) return null;
    if (!/^\d{1,16}$/.test(text2)) throw new InputError(`${what}: "${key}" is ${JSON.stringify(text2)}, not a byte count`);
    return Number(text2);
  };
  const location = t2.entries.get("location");
  if (location === void 0) throw new InputError(`${what}: has no "location" entry`);
  return { name: t2.name, location, offset: number("offset") ?? 0, length: number("length"), dataType: t2.dataType, dims: t2.dims };
}
function disjoint(runs) {
  const sorted = [...runs].sort((a2, b3) => a2.offset - b3.offset);
  const out = [];
  for (const r2 of sorted) {
    const last = out.at(-1);
    if (!last || r2.offset >= last.offset + last.length) out.push(r2);
  }
  return out;
}
function tensorBytes(dataType, dims) {
  const bits2 = dataTypeBits(dataType);
  if (!bits2) return null;
  let count = 1;
  for (const d2 of dims) {
    if (!Number.isSafeInteger(d2) || d2 < 0) return null;
    count *= d2;
  }
  const bytes2 = Math.ceil(count * bits2 / 8);
  return Number.isSafeInteger(bytes2) ? bytes2 : null;
}
function layoutOf(dataType) {
  return LAYOUT_OF_TYPE[dataType] ?? null;
}

// src/pack/external-data.ts
function isBareFileName(name) {
  return name.length > 0 && name.length <= 255 && !/[/\\\0]/.test(name) && name !== "." && name !== ".." && !/^[A-Za-z]:/.test(name);
}
async function checkExternalData(modelPath, tensors) {
  const folder = dirname2(modelPath);
  const model = await lstat2(modelPath);
  const files = /* @__PURE__ */ new Map();
  for (const t2 of tensors) {
    const what = `${modelPath}: tensor "${t2.name}" keeps its data in ${JSON.stringify(t2.location)}`;
    if (!isBareFileName(t2.location)) throw new InputError(`${what}, which is not a bare file name in the model's folder (no folders, no "..", no absolute paths)`);
    const file = files.get(t2.location) ?? await dataFile(join2(folder, t2.location), t2.location, model, what);
    files.set(t2.location, file);
    const expected = tensorBytes(t2.dataType, t2.dims);
    if (expected === null) throw new InputError(`${what}, but its type and shape do not give a byte size (data_type ${t2.dataType}, dims [${t2.dims.join(",")}])`);
    const length = t2.length ?? expected;
    if (length !== expected) throw new InputError(`${what} with length ${length}, but its shape [${t2.dims.join(",")}] and type need ${expected} bytes`);
    if (t2.offset + length > file.size) throw new InputError(`${what} at offset ${t2.offset}, length ${length}: past the end of the ${file.size}-byte file`);
    const layout = layoutOf(t2.dataType);
    if (layout && length >= MIN_FLOAT_PAYLOAD) file.runs.push({ offset: t2.offset, length, layout });
  }
  return [...files.values()].map((f2) => ({ ...f2, runs: disjoint(f2.runs) }));
}
async function dataFile(path, location, model, what) {
  const info = await lstat2(path).catch(() => null);
  if (!info) throw new InputError(`${what}, which does not exist (${path})`);
  if (info.isSymbolicLink()) throw new InputError(`${what}, which is a symbolic link; external data must be a regular file in the model's folder`);
  if (!info.isFile()) throw new InputError(`${what}, which is not a regular file`);
  if (info.nlink > 1) throw new InputError(`${what}, which is a hard link (${info.nlink} names for one file); external data must be a file of its own`);
  if (info.dev === model.dev && info.ino === model.ino) throw new InputError(`${what}, which is the model file itself`);
  return { location, path, size: info.size, runs: [] };
}

// src/pack/sinks.ts
import { createHash } from "node:crypto";
var StreamOutput = class {
  constructor(file) {
    this.file = file;
  }
  file;
  hash = createHash("sha256");
  bytes = 0;
  get fd() {
    return this.file?.fd ?? null;
  }
  hashOnly(chunk) {
    this.bytes += chunk.length;
    this.hash.update(chunk);
  }
  async push(chunk) {
    const at2 = this.bytes;
    this.bytes += chunk.length;
    const written = this.file ? writeAll(this.file, chunk, at2) : null;
    this.hash.update(chunk);
    await written;
  }
  close() {
    return { bytes: this.bytes, sha256: this.hash.digest("hex") };
  }
};
async function writeAll(file, chunk, at2) {
  for (let done = 0; done < chunk.length; ) {
    const { bytesWritten } = await file.write(chunk, done, chunk.length - done, at2 + done);
    done += bytesWritten;
  }
}
function fileOutput(file) {
  return new StreamOutput(file);
}
function hashOutput() {
  return new StreamOutput(null);
}
var BufferOutput = class {
  buffer;
  offset = 0;
  hash = createHash("sha256");
  fd = null;
  constructor(size) {
    this.buffer = Buffer.allocUnsafe(size);
  }
  hashOnly() {
    throw new Error("internal: a buffer output has no file to write to");
  }
  async push(chunk) {
    if (this.offset + chunk.length > this.buffer.length) throw new Error("internal: more bytes than the buffer holds");
    this.buffer.set(chunk, this.offset);
    this.offset += chunk.length;
    this.hash.update(chunk);
  }
  close() {
    return { bytes: this.offset, sha256: this.hash.digest("hex") };
  }
};

// src/pack/zstd.ts
import { availableParallelism } from "node:os";
import { open as open3 } from "node:fs/promises";
import binding2 from "zstd-napi/binding.js";

// src/pack/container.ts
var MAGIC = Buffer.from("MGPLANES", "latin1");
var FORMAT_VERSION = 1;
var HEADER_BYTES = 44;
var BLOCK_SIZE = 8 << 20;
var MAX_BLOCK_SIZE = 64 << 20;
var MAX_SEGMENTS = 1 << 22;
var LAYOUT_CODES = { pass: 0, f32: 1, f16: 2, bf16: 3, f64: 4 };
var ELEMENT_BYTES = [1, 4, 2, 2, 8];
function tileSegments(runs, size) {
  const out = [];
  let pos = 0;
  for (const run of runs) {
    if (run.offset > pos) out.push({ layout: LAYOUT_CODES.pass, length: run.offset - pos });
    out.push({ layout: LAYOUT_CODES[run.layout], length: run.length });
    pos = run.offset + run.length;
  }
  if (size > pos) out.push({ layout: LAYOUT_CODES.pass, length: size - pos });
  return out;
}
function cutBlocks(segments, blockSize) {
  const blocks = [];
  let current = [];
  let used = 0;
  const close = () => {
    blocks.push(current);
    current = [];
    used = 0;
  };
  for (const { layout, length } of segments) {
    const element = ELEMENT_BYTES[layout];
    for (let left = length; left > 0; ) {
      const room2 = blockSize - used;
      const take = Math.min(left, room2 - (layout === 0 ? 0 : room2 % element));
      if (take === 0) {
        close();
        continue;
      }
      current.push(layout, take);
      used += take;
      left -= take;
      if (used === blockSize) close();
    }
  }
  if (current.length > 0) close();
  return blocks;
}
function piecesBytes(pieces) {
  let n2 = 0;
  for (let i3 = 1; i3 < pieces.length; i3 += 2) n2 += pieces[i3];
  return n2;
}
function encodeHeader(h2, kernel) {
  const out = new Uint8Array(HEADER_BYTES);
  const v2 = new DataView(out.buffer);
  out.set(MAGIC, 0);
  v2.setUint16(8, FORMAT_VERSION, true);
  v2.setUint16(10, 0, true);
  v2.setUint32(12, h2.blockSize, true);
  v2.setBigUint64(16, BigInt(h2.rawSize), true);
  v2.setUint32(24, h2.segmentCount, true);
  v2.setUint32(28, h2.tableRawBytes, true);
  v2.setUint32(32, h2.tablePackedBytes, true);
  v2.setUint32(36, h2.blockCount, true);
  v2.setUint32(40, kernel.crc32(out.subarray(0, 40)), true);
  return out;
}
function isPlanesContainer(firstBytes) {
  return firstBytes.length >= MAGIC.length && MAGIC.every((b3, i3) => firstBytes[i3] === b3);
}
function parseHeader(bytes2, packedSize, expectedRaw, kernel, fail) {
  if (bytes2.length < HEADER_BYTES) fail("is too short to be an onnx-planes container");
  if (!isPlanesContainer(bytes2)) fail("is not an onnx-planes container (wrong magic)");
  const v2 = new DataView(bytes2.buffer, bytes2.byteOffset, HEADER_BYTES);
  const version = v2.getUint16(8, true);
  if (version !== FORMAT_VERSION) fail(`is an onnx-planes container of version ${version}; this model-gate reads version ${FORMAT_VERSION}`);
  if (v2.getUint32(40, true) !== kernel.crc32(bytes2.subarray(0, 40))) fail("has a corrupt onnx-planes header (CRC-32 mismatch)");
  if (v2.getUint16(10, true) !== 0) fail("has onnx-planes flags this model-gate does not know");
  const rawSize = v2.getBigUint64(16, true);
  const h2 = {
    blockSize: v2.getUint32(12, true),
    rawSize: Number(rawSize),
    segmentCount: v2.getUint32(24, true),
    tableRawBytes: v2.getUint32(28, true),
    tablePackedBytes: v2.getUint32(32, true),
    blockCount: v2.getUint32(36, true)
  };
  if (rawSize !== BigInt(expectedRaw)) fail(`declares ${rawSize} restored bytes but the manifest says ${expectedRaw}`);
  if (h2.blockSize < 1 || h2.blockSize > MAX_BLOCK_SIZE) fail(`declares blocks of ${h2.blockSize} bytes (at most ${MAX_BLOCK_SIZE} allowed)`);
  if (h2.segmentCount > Math.min(MAX_SEGMENTS, Math.max(1, h2.rawSize))) fail(`declares ${h2.segmentCount} segments, more than its size allows`);
  if (h2.tableRawBytes < 2 * h2.segmentCount || h2.tableRawBytes > 9 * h2.segmentCount) fail(`declares a ${h2.tableRawBytes}-byte segment table for ${h2.segmentCount} segments`);
  if (HEADER_BYTES + h2.tablePackedBytes > packedSize) fail("declares a segment table that runs past the end of the file");
  const minBlocks = Math.ceil(h2.rawSize / h2.blockSize);
  if (h2.blockCount < minBlocks || h2.blockCount > minBlocks + h2.segmentCount) fail(`declares ${h2.blockCount} blocks, impossible for ${h2.rawSize} bytes in blocks of ${h2.blockSize}`);
  return h2;
}
function encodeTable(segments) {
  const out = [];
  for (const { layout, length } of segments) {
    out.push(layout);
    let n2 = length;
    while (n2 >= 128) {
      out.push(n2 % 128 | 128);
      n2 = Math.floor(n2 / 128);
    }
    out.push(n2);
  }
  return Uint8Array.from(out);
}
function parseTable(raw, h2, fail) {
  const segments = [];
  let total = 0;
  for (let p2 = 0; p2 < raw.length; ) {
    const layout = raw[p2++];
    if (layout >= ELEMENT_BYTES.length) fail(`segment ${segments.length} has unknown layout code ${layout}`);
    let length = 0;
    let scale = 1;
    for (let i3 = 0; ; i3++) {
      if (p2 >= raw.length || i3 >= 8) fail(`segment ${segments.length} has a malformed length`);
      const b3 = raw[p2++];
      length += (b3 & 127) * scale;
      scale *= 128;
      if (b3 < 128) break;
    }
    if (length === 0 || length % ELEMENT_BYTES[layout] !== 0) fail(`segment ${segments.length} has length ${length}, not a positive number of whole elements`);
    total += length;
    segments.push({ layout, length });
  }
  if (segments.length !== h2.segmentCount) fail(`segment table holds ${segments.length} segments, the header says ${h2.segmentCount}`);
  if (total !== h2.rawSize) fail(`segments add up to ${total} bytes, the header says ${h2.rawSize}`);
  return segments;
}
var BlockCursor = class {
  constructor(segments, fail) {
    this.segments = segments;
    this.fail = fail;
  }
  segments;
  fail;
  index = 0;
  usedInSegment = 0;
  next(rawLength, block) {
    const pieces = [];
    for (let left = rawLength; left > 0; ) {
      const segment = this.segments[this.index];
      if (!segment) this.fail(`block ${block} runs past the end of the segment table`);
      const take = Math.min(left, segment.length - this.usedInSegment);
      if (take % ELEMENT_BYTES[segment.layout] !== 0) this.fail(`block ${block} ends inside a float element`);
      pieces.push(segment.layout, take);
      left -= take;
      this.usedInSegment += take;
      if (this.usedInSegment === segment.length) {
        this.index++;
        this.usedInSegment = 0;
      }
    }
    return pieces;
  }
  get done() {
    return this.index === this.segments.length;
  }
};

// src/pack/planes.ts
import { open as open2 } from "node:fs/promises";
import binding from "zstd-napi/binding.js";

// src/pack/kernel.ts
function codecKernel(zstd, wasmBytes) {
  const PLANES = [1, 4, 2, 2, 8];
  const ELEMENT_BYTES2 = [1, 4, 2, 2, 8];
  const FIRST_STREAM = [0, 1, 5, 7, 9];
  const STREAMS = 17;
  const WINDOW_LOG_MAX2 = 27;
  const FLUSH_ELEMENTS = 4096;
  const HIGH_LEVEL = 10;
  const CRC_TABLE = new Int32Array(256);
  for (let n2 = 0; n2 < 256; n2++) {
    let c2 = n2;
    for (let k2 = 0; k2 < 8; k2++) c2 = c2 & 1 ? 3988292384 ^ c2 >>> 1 : c2 >>> 1;
    CRC_TABLE[n2] = c2;
  }
  function crc32(bytes2) {
    let c2 = -1;
    for (let i3 = 0; i3 < bytes2.length; i3++) c2 = CRC_TABLE[(c2 ^ bytes2[i3]) & 255] ^ c2 >>> 8;
    return (c2 ^ -1) >>> 0;
  }
  function streamName(s2) {
    if (s2 === 0) return "pass-through stream";
    const layout = FIRST_STREAM.findLastIndex((first) => first <= s2);
    return `${["", "f32", "f16", "bf16", "f64"][layout]} plane ${s2 - FIRST_STREAM[layout]}`;
  }
  function streamSizes(pieces) {
    const sizes = new Array(STREAMS).fill(0);
    for (let i3 = 0; i3 < pieces.length; i3 += 2) {
      const layout = pieces[i3];
      const count = pieces[i3 + 1] / ELEMENT_BYTES2[layout];
      for (let p2 = 0; p2 < PLANES[layout]; p2++) sizes[FIRST_STREAM[layout] + p2] += count;
    }
    return sizes;
  }
  const WA = globalThis.WebAssembly;
  const wasm = new WA.Instance(new WA.Module(wasmBytes)).exports;
  let heap = new Uint8Array(wasm.memory.buffer);
  function reserve(bytes2) {
    const have = wasm.memory.buffer.byteLength;
    if (bytes2 > have) wasm.memory.grow(Math.ceil((bytes2 - have) / 65536));
    heap = new Uint8Array(wasm.memory.buffer);
  }
  function splitF64(w2, p2, at2) {
    for (let i3 = 0; i3 < w2.length / 2; i3++) {
      const lo = w2[2 * i3];
      const hi = w2[2 * i3 + 1];
      const e2 = hi >>> 20 & 2047;
      const j2 = at2 + i3;
      p2[0][j2] = (e2 & 31) << 3 | hi >>> 17 & 7;
      p2[1][j2] = e2 >>> 5 << 2 | hi >>> 15 & 2 | hi >>> 31;
      p2[2][j2] = hi >>> 8;
      p2[3][j2] = hi;
      p2[4][j2] = lo >>> 24;
      p2[5][j2] = lo >>> 16;
      p2[6][j2] = lo >>> 8;
      p2[7][j2] = lo;
    }
  }
  function mergeF64(w2, p2, at2) {
    for (let i3 = 0; i3 < w2.length / 2; i3++) {
      const j2 = at2 + i3;
      const x2 = p2[0][j2];
      const y2 = p2[1][j2];
      w2[2 * i3 + 1] = (y2 & 1) << 31 | y2 >>> 2 << 25 | x2 >>> 3 << 20 | (x2 & 7) << 17 | (y2 & 2) << 15 | p2[2][j2] << 8 | p2[3][j2];
      w2[2 * i3] = p2[4][j2] << 24 | p2[5][j2] << 16 | p2[6][j2] << 8 | p2[7][j2];
    }
  }
  function assertLittleEndian() {
    if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) throw new Error("the onnx-planes codec needs a little-endian host");
  }
  let scratch = new ArrayBuffer(0);
  function aligned(bytes2) {
    if (scratch.byteLength < bytes2) scratch = new ArrayBuffer(Math.max(bytes2, 1 << 20));
    return scratch;
  }
  function streamOffsets(sizes, base) {
    let at2 = base;
    return sizes.map((n2) => {
      const offset = at2;
      at2 += n2;
      return offset;
    });
  }
  function splitRun(layout, src, count, planes, at2) {
    const [a2, b3, c2, d2] = planes.map((p2) => p2 + at2);
    if (layout === 1) wasm.split32(src, a2, b3, c2, d2, count);
    else if (layout === 2) wasm.splitF16(src, a2, b3, count);
    else if (layout === 3) wasm.splitBf16(src, a2, b3, count);
    else {
      const buf = aligned(count * 8);
      new Uint8Array(buf, 0, count * 8).set(heap.subarray(src, src + count * 8));
      splitF64(new Uint32Array(buf, 0, count * 2), planes.map((p2) => heap.subarray(p2)), at2);
    }
  }
  function mergeRun(layout, dst, count, planes, at2) {
    const [a2, b3, c2, d2] = planes.map((p2) => p2 + at2);
    if (layout === 1) wasm.merge32(a2, b3, c2, d2, dst, count);
    else if (layout === 2) wasm.mergeF16(a2, b3, dst, count);
    else if (layout === 3) wasm.mergeBf16(a2, b3, dst, count);
    else {
      const buf = aligned(count * 8);
      mergeF64(new Uint32Array(buf, 0, count * 2), planes.map((p2) => heap.subarray(p2)), at2);
      heap.set(new Uint8Array(buf, 0, count * 8), dst);
    }
  }
  function walkPieces(pieces, offsets, each) {
    const taken = new Array(STREAMS).fill(0);
    let offset = 0;
    for (let i3 = 0; i3 < pieces.length; i3 += 2) {
      const layout = pieces[i3];
      const length = pieces[i3 + 1];
      const first = FIRST_STREAM[layout];
      each(layout, offset, length, offsets.slice(first, first + PLANES[layout]), taken[first]);
      offset += length;
      const used = length / ELEMENT_BYTES2[layout];
      for (let p2 = 0; p2 < PLANES[layout]; p2++) taken[first + p2] += used;
    }
  }
  function gather(raw, pieces) {
    assertLittleEndian();
    const sizes = streamSizes(pieces);
    reserve(raw.length + sizes.reduce((a2, b3) => a2 + b3, 0));
    heap.set(raw, 0);
    const offsets = streamOffsets(sizes, raw.length);
    const flushAt = sizes.map(() => []);
    const lastCount = new Array(5).fill(0);
    walkPieces(pieces, offsets, (layout, offset, length, planes, at2) => {
      if (layout === 0) {
        heap.copyWithin(planes[0] + at2, offset, offset + length);
        return;
      }
      const count = length / ELEMENT_BYTES2[layout];
      const first = FIRST_STREAM[layout];
      if (at2 > 0 && (count >= FLUSH_ELEMENTS || lastCount[layout] >= FLUSH_ELEMENTS)) {
        for (let p2 = 0; p2 < PLANES[layout]; p2++) flushAt[first + p2].push(at2);
      }
      splitRun(layout, offset, count, planes, at2);
      lastCount[layout] = count;
    });
    return sizes.map((n2, s2) => ({ bytes: heap.subarray(offsets[s2], offsets[s2] + n2), flushAt: flushAt[s2] }));
  }
  const cctx = new zstd.CCtx();
  function frameBound(plan2) {
    return zstd.compressBound(plan2.bytes.length) + 64 * (plan2.flushAt.length + 1);
  }
  function compressFrame(plan2, level, out) {
    const src = plan2.bytes;
    cctx.reset(zstd.ResetDirective.sessionAndParameters);
    cctx.setParameter(zstd.CParameter.compressionLevel, level);
    cctx.setParameter(zstd.CParameter.checksumFlag, 1);
    cctx.setParameter(zstd.CParameter.contentSizeFlag, 1);
    cctx.setPledgedSrcSize(src.length);
    const cuts = [...plan2.flushAt, src.length];
    let written = 0;
    let from = 0;
    for (const [k2, to] of cuts.entries()) {
      const last = k2 === cuts.length - 1;
      let input = src.subarray(from, to);
      from = to;
      for (; ; ) {
        if (written === out.length) throw new Error("zstd output exceeded its bound");
        const [remaining, produced, consumed] = cctx.compressStream2(out.subarray(written), input, last ? zstd.EndDirective.end : zstd.EndDirective.flush);
        written += produced;
        input = input.subarray(consumed);
        if (remaining === 0 && input.length === 0) break;
      }
    }
    return written;
  }
  function compressPlane(plan2, level, out) {
    if (level < HIGH_LEVEL) return compressFrame(plan2, Math.min(level, 1), out);
    const fast = compressFrame(plan2, 1, out);
    const second = out.subarray(fast);
    const slow = compressFrame(plan2, level, second);
    if (slow >= fast) return fast;
    out.copyWithin(0, fast, fast + slow);
    return slow;
  }
  let blockOut = new Uint8Array(0);
  function encodeBlock(raw, pieces, level, into) {
    const plans = gather(raw, pieces).map((plan2, s2) => ({ plan: plan2, s: s2 })).filter(({ plan: plan2 }) => plan2.bytes.length > 0);
    const headerBytes = 4 * (plans.length + 2);
    const retry = level < HIGH_LEVEL ? 0 : Math.max(0, ...plans.filter(({ s: s2 }) => s2 > 0).map(({ plan: plan2 }) => frameBound(plan2)));
    const bound = headerBytes + plans.reduce((n2, { plan: plan2 }) => n2 + frameBound(plan2), 0) + retry;
    let out = into;
    if (!out || out.length < bound) {
      if (blockOut.length < bound) blockOut = new Uint8Array(bound);
      out = blockOut;
    }
    const view = new DataView(out.buffer, out.byteOffset, out.length);
    view.setUint32(0, raw.length, true);
    let at2 = headerBytes;
    plans.forEach(({ plan: plan2, s: s2 }, i3) => {
      const room2 = out.subarray(at2);
      const length = s2 === 0 ? compressFrame(plan2, level, room2) : compressPlane(plan2, level, room2);
      view.setUint32(4 + 4 * i3, length, true);
      at2 += length;
    });
    view.setUint32(headerBytes - 4, crc32(out.subarray(0, headerBytes - 4)), true);
    return out.subarray(0, at2);
  }
  function frameHeaderProblem(header, expected) {
    if (header.length < 6) return "is too short to be a zstd frame";
    const magic = (header[0] | header[1] << 8 | header[2] << 16 | header[3] << 24) >>> 0;
    if ((magic & 4294967280) === 407710288) return "is a skippable zstd frame, where a data frame belongs";
    if (magic !== 4247762216) return "is not a zstd frame (wrong magic number)";
    const descriptor = header[4];
    if ((descriptor & 4) === 0) return "is a zstd frame without a content checksum";
    let declared;
    try {
      declared = zstd.getFrameContentSize(header);
    } catch {
      return "has a malformed zstd frame header";
    }
    if (declared === null) return "is a zstd frame that does not declare its content size";
    if (declared !== expected) return `is a zstd frame declaring ${declared} bytes where ${expected} are expected`;
    const window = (descriptor & 32) === 0 ? windowSize(header[5]) : expected;
    if (window > 2 ** WINDOW_LOG_MAX2) return `is a zstd frame asking a ${window}-byte window (at most 2^${WINDOW_LOG_MAX2} allowed)`;
    return null;
  }
  function windowSize(descriptor) {
    const base = 2 ** (10 + (descriptor >>> 3));
    return base + base / 8 * (descriptor & 7);
  }
  const dctx = new zstd.DCtx();
  dctx.setParameter(zstd.DParameter.windowLogMax, WINDOW_LOG_MAX2);
  function decodeFrame(frame, out, what) {
    const problem = frameHeaderProblem(frame.subarray(0, 18), out.length);
    if (problem) throw new Error(`${what} ${problem}`);
    let size;
    try {
      size = zstd.findFrameCompressedSize(frame);
    } catch {
      throw new Error(`${what} is truncated or corrupt (its zstd blocks run past the ${frame.length} bytes given to it)`);
    }
    if (size !== frame.length) throw new Error(`${what} has ${frame.length - size} bytes after its zstd frame`);
    dctx.reset(zstd.ResetDirective.sessionOnly);
    let result;
    try {
      result = dctx.decompressStream(out, frame);
    } catch (error) {
      throw new Error(`${what} is corrupt (${error.message})`);
    }
    const [hint, produced, consumed] = result;
    if (hint !== 0 || produced !== out.length || consumed !== frame.length) {
      throw new Error(`${what} did not decode to exactly ${out.length} bytes`);
    }
  }
  function decodeBlock(frames, pieces, packed, out, label) {
    assertLittleEndian();
    const sizes = streamSizes(pieces);
    const total = sizes.reduce((a2, b3) => a2 + b3, 0);
    reserve(total + out.length);
    const offsets = streamOffsets(sizes, 0);
    let at2 = 0;
    let k2 = 0;
    sizes.forEach((size, s2) => {
      if (size === 0) return;
      const frame = frames.subarray(at2, at2 + packed[k2]);
      at2 += packed[k2++];
      decodeFrame(frame, heap.subarray(offsets[s2], offsets[s2] + size), `${label}, ${streamName(s2)},`);
    });
    if (at2 !== frames.length) throw new Error(`${label} has ${frames.length - at2} bytes that belong to no stream`);
    walkPieces(pieces, offsets, (layout, offset, length, planes, from) => {
      if (layout === 0) heap.copyWithin(total + offset, planes[0] + from, planes[0] + from + length);
      else mergeRun(layout, total + offset, length / ELEMENT_BYTES2[layout], planes, from);
    });
    out.set(heap.subarray(total, total + out.length));
  }
  return { crc32, streamSizes, streamName, encodeBlock, decodeBlock, decodeFrame, frameHeaderProblem, ELEMENT_BYTES: ELEMENT_BYTES2, STREAMS };
}

// src/pack/simd.ts
function uleb(n2) {
  const out = [];
  do {
    let b3 = n2 & 127;
    n2 >>>= 7;
    if (n2 !== 0) b3 |= 128;
    out.push(b3);
  } while (n2 !== 0);
  return out;
}
function sleb(n2) {
  const out = [];
  for (; ; ) {
    const b3 = n2 & 127;
    n2 >>= 7;
    if (n2 === 0 && (b3 & 64) === 0 || n2 === -1 && (b3 & 64) !== 0) return [...out, b3];
    out.push(b3 | 128);
  }
}
var I32 = 127;
var V128 = 123;
var get = (i3) => [32, ...uleb(i3)];
var set = (i3) => [33, ...uleb(i3)];
var i32 = (n2) => [65, ...sleb(n2)];
var ADD = 106;
var AND = 113;
var OR = 114;
var SHL = 116;
var SHR = 118;
var memarg = (offset) => [0, ...uleb(offset)];
var load8 = (offset = 0) => [45, ...memarg(offset)];
var store8 = (offset = 0) => [58, ...memarg(offset)];
var load16 = () => [47, 1, 0];
var store16 = () => [59, 1, 0];
var load32 = () => [40, 2, 0];
var store32 = () => [54, 2, 0];
var simd = (op, ...imm) => [253, ...uleb(op), ...imm];
var vload = (offset = 0) => simd(0, ...memarg(offset));
var vstore = (offset = 0) => simd(11, ...memarg(offset));
var splat16 = (n2) => simd(12, ...Array.from({ length: 8 }, () => [n2 & 255, n2 >>> 8]).flat());
var shuffle = (lanes) => simd(13, ...lanes);
var V_AND = simd(78);
var V_OR = simd(80);
var NARROW_U = simd(102);
var EXT_LO = simd(137);
var EXT_HI = simd(138);
var shl16 = (n2) => [...i32(n2), ...simd(139)];
var shr16 = (n2) => [...i32(n2), ...simd(141)];
var range = (from, step, count) => Array.from({ length: count }, (_2, k2) => from + k2 * step);
var at = (p2, i3, shift = 0) => [...get(p2), ...get(i3), ...shift ? [...i32(shift), SHL] : [], ADD];
function loops(i3, n2, body, tail) {
  const bounded = (step, inner) => [
    2,
    64,
    3,
    64,
    // block, loop
    ...get(i3),
    ...i32(step),
    ADD,
    ...get(n2),
    75,
    13,
    1,
    // if i + step > n: break
    ...inner,
    ...get(i3),
    ...i32(step),
    ADD,
    ...set(i3),
    12,
    0,
    11,
    11
    // continue; end loop; end block
  ];
  return [...i32(0), ...set(i3), ...bounded(16, body), ...bounded(1, tail)];
}
function vecHigh(x2, y2) {
  return [
    ...get(y2),
    ...splat16(1),
    ...V_AND,
    ...shl16(15),
    ...get(y2),
    ...splat16(224),
    ...V_AND,
    ...shl16(7),
    ...V_OR,
    ...get(x2),
    ...shl16(4),
    ...V_OR,
    ...get(y2),
    ...shr16(1),
    ...splat16(15),
    ...V_AND,
    ...V_OR
  ];
}
function high(x2, y2) {
  return [
    ...get(y2),
    ...i32(1),
    AND,
    ...i32(15),
    SHL,
    ...get(y2),
    ...i32(224),
    AND,
    ...i32(7),
    SHL,
    OR,
    ...get(x2),
    ...i32(4),
    SHL,
    OR,
    ...get(y2),
    ...i32(1),
    SHR,
    ...i32(15),
    AND,
    OR
  ];
}
var vecPlane0 = (h2) => [...get(h2), ...shr16(4), ...splat16(255), ...V_AND];
var vecPlane1 = (h2) => [
  ...get(h2),
  ...shr16(7),
  ...splat16(224),
  ...V_AND,
  ...get(h2),
  ...splat16(15),
  ...V_AND,
  ...shl16(1),
  ...V_OR,
  ...get(h2),
  ...shr16(15),
  ...V_OR
];
var plane0 = (h2) => [...get(h2), ...i32(4), SHR, ...i32(255), AND];
var plane1 = (h2) => [
  ...get(h2),
  ...i32(7),
  SHR,
  ...i32(224),
  AND,
  ...get(h2),
  ...i32(15),
  AND,
  ...i32(1),
  SHL,
  OR,
  ...get(h2),
  ...i32(15),
  SHR,
  OR
];
var merge32 = {
  name: "merge32",
  params: 6,
  locals: [[3, I32], [7, V128]],
  body: loops(
    6,
    5,
    [
      ...at(0, 6),
      ...vload(),
      ...set(9),
      ...at(1, 6),
      ...vload(),
      ...set(10),
      ...get(9),
      ...EXT_LO,
      ...set(11),
      ...get(10),
      ...EXT_LO,
      ...set(12),
      ...vecHigh(11, 12),
      ...set(13),
      ...get(9),
      ...EXT_HI,
      ...set(11),
      ...get(10),
      ...EXT_HI,
      ...set(12),
      ...vecHigh(11, 12),
      ...set(14),
      // low halves: d | c << 8, elements 0-7 then 8-15
      ...at(3, 6),
      ...vload(),
      ...at(2, 6),
      ...vload(),
      ...shuffle(range(0, 1, 8).flatMap((k2) => [k2, 16 + k2])),
      ...set(15),
      ...at(4, 6, 2),
      ...get(15),
      ...get(13),
      ...shuffle(range(0, 2, 4).flatMap((k2) => [k2, k2 + 1, 16 + k2, 17 + k2])),
      ...vstore(0),
      ...at(4, 6, 2),
      ...get(15),
      ...get(13),
      ...shuffle(range(8, 2, 4).flatMap((k2) => [k2, k2 + 1, 16 + k2, 17 + k2])),
      ...vstore(16),
      ...at(3, 6),
      ...vload(),
      ...at(2, 6),
      ...vload(),
      ...shuffle(range(8, 1, 8).flatMap((k2) => [k2, 16 + k2])),
      ...set(15),
      ...at(4, 6, 2),
      ...get(15),
      ...get(14),
      ...shuffle(range(0, 2, 4).flatMap((k2) => [k2, k2 + 1, 16 + k2, 17 + k2])),
      ...vstore(32),
      ...at(4, 6, 2),
      ...get(15),
      ...get(14),
      ...shuffle(range(8, 2, 4).flatMap((k2) => [k2, k2 + 1, 16 + k2, 17 + k2])),
      ...vstore(48)
    ],
    [
      ...at(0, 6),
      ...load8(),
      ...set(7),
      ...at(1, 6),
      ...load8(),
      ...set(8),
      ...at(4, 6, 2),
      ...high(7, 8),
      ...i32(16),
      SHL,
      ...at(2, 6),
      ...load8(),
      ...i32(8),
      SHL,
      OR,
      ...at(3, 6),
      ...load8(),
      OR,
      ...store32()
    ]
  )
};
var split32 = {
  name: "split32",
  params: 6,
  locals: [[3, I32], [4, V128]],
  body: loops(
    6,
    5,
    [
      ...at(0, 6, 2),
      ...vload(0),
      ...at(0, 6, 2),
      ...vload(16),
      ...shuffle(range(0, 4, 8).flatMap((k2) => [k2, k2 + 1])),
      ...set(9),
      ...at(0, 6, 2),
      ...vload(0),
      ...at(0, 6, 2),
      ...vload(16),
      ...shuffle(range(2, 4, 8).flatMap((k2) => [k2, k2 + 1])),
      ...set(10),
      ...at(0, 6, 2),
      ...vload(32),
      ...at(0, 6, 2),
      ...vload(48),
      ...shuffle(range(0, 4, 8).flatMap((k2) => [k2, k2 + 1])),
      ...set(11),
      ...at(0, 6, 2),
      ...vload(32),
      ...at(0, 6, 2),
      ...vload(48),
      ...shuffle(range(2, 4, 8).flatMap((k2) => [k2, k2 + 1])),
      ...set(12),
      ...at(4, 6),
      ...get(9),
      ...get(11),
      ...shuffle(range(0, 2, 16)),
      ...vstore(),
      ...at(3, 6),
      ...get(9),
      ...get(11),
      ...shuffle(range(1, 2, 16)),
      ...vstore(),
      ...at(1, 6),
      ...vecPlane0(10),
      ...vecPlane0(12),
      ...NARROW_U,
      ...vstore(),
      ...at(2, 6),
      ...vecPlane1(10),
      ...vecPlane1(12),
      ...NARROW_U,
      ...vstore()
    ],
    [
      ...at(0, 6, 2),
      ...load32(),
      ...set(8),
      ...get(8),
      ...i32(16),
      SHR,
      ...set(7),
      ...at(1, 6),
      ...plane0(7),
      ...store8(),
      ...at(2, 6),
      ...plane1(7),
      ...store8(),
      ...at(3, 6),
      ...get(8),
      ...i32(8),
      SHR,
      ...store8(),
      ...at(4, 6),
      ...get(8),
      ...store8()
    ]
  )
};
var BF16 = { vecMerge: vecHigh, merge: high, vecPlanes: [vecPlane0, vecPlane1], planes: [plane0, plane1] };
var F16 = {
  vecMerge: (x2, y2) => [...get(y2), ...splat16(1), ...V_AND, ...shl16(15), ...get(x2), ...shl16(7), ...V_OR, ...get(y2), ...shr16(1), ...V_OR],
  merge: (x2, y2) => [...get(y2), ...i32(1), AND, ...i32(15), SHL, ...get(x2), ...i32(7), SHL, OR, ...get(y2), ...i32(1), SHR, OR],
  vecPlanes: [
    (h2) => [...get(h2), ...shr16(7), ...splat16(255), ...V_AND],
    (h2) => [...get(h2), ...splat16(127), ...V_AND, ...shl16(1), ...get(h2), ...shr16(15), ...V_OR]
  ],
  planes: [
    (h2) => [...get(h2), ...i32(7), SHR],
    (h2) => [...get(h2), ...i32(127), AND, ...i32(1), SHL, ...get(h2), ...i32(15), SHR, OR]
  ]
};
function merge16(name, l2) {
  return {
    name,
    params: 4,
    locals: [[3, I32], [4, V128]],
    body: loops(
      4,
      3,
      [
        ...at(0, 4),
        ...vload(),
        ...set(7),
        ...at(1, 4),
        ...vload(),
        ...set(8),
        ...at(2, 4, 1),
        ...get(7),
        ...EXT_LO,
        ...set(9),
        ...get(8),
        ...EXT_LO,
        ...set(10),
        ...l2.vecMerge(9, 10),
        ...vstore(0),
        ...at(2, 4, 1),
        ...get(7),
        ...EXT_HI,
        ...set(9),
        ...get(8),
        ...EXT_HI,
        ...set(10),
        ...l2.vecMerge(9, 10),
        ...vstore(16)
      ],
      [...at(0, 4), ...load8(), ...set(5), ...at(1, 4), ...load8(), ...set(6), ...at(2, 4, 1), ...l2.merge(5, 6), ...store16()]
    )
  };
}
function split16(name, l2) {
  return {
    name,
    params: 4,
    locals: [[2, I32], [2, V128]],
    body: loops(
      4,
      3,
      [
        ...at(0, 4, 1),
        ...vload(0),
        ...set(6),
        ...at(0, 4, 1),
        ...vload(16),
        ...set(7),
        ...at(1, 4),
        ...l2.vecPlanes[0](6),
        ...l2.vecPlanes[0](7),
        ...NARROW_U,
        ...vstore(),
        ...at(2, 4),
        ...l2.vecPlanes[1](6),
        ...l2.vecPlanes[1](7),
        ...NARROW_U,
        ...vstore()
      ],
      [...at(0, 4, 1), ...load16(), ...set(5), ...at(1, 4), ...l2.planes[0](5), ...store8(), ...at(2, 4), ...l2.planes[1](5), ...store8()]
    )
  };
}
var FUNCTIONS = [merge32, split32, merge16("mergeBf16", BF16), split16("splitBf16", BF16), merge16("mergeF16", F16), split16("splitF16", F16)];
var vec = (items) => [...uleb(items.length), ...items.flat()];
var section = (id, content) => [id, ...uleb(content.length), ...content];
var text = (s2) => [...uleb(s2.length), ...Buffer.from(s2, "latin1")];
function planesWasm() {
  const types = FUNCTIONS.map((f2) => [96, ...vec(Array.from({ length: f2.params }, () => [I32])), 0]);
  const bodies = FUNCTIONS.map((f2) => {
    const code = [...vec(f2.locals.map(([count, type2]) => [...uleb(count), type2])), ...f2.body, 11];
    return [...uleb(code.length), ...code];
  });
  const exports = [[...text("memory"), 2, 0], ...FUNCTIONS.map((f2, i3) => [...text(f2.name), 0, i3])];
  return Uint8Array.from([
    0,
    97,
    115,
    109,
    1,
    0,
    0,
    0,
    ...section(1, vec(types)),
    ...section(3, vec(FUNCTIONS.map((_2, i3) => uleb(i3)))),
    ...section(5, vec([[0, 1]])),
    ...section(7, vec(exports)),
    ...section(10, vec(bodies))
  ]);
}

// src/pack/workers.ts
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
var BINDING_PATH = createRequire(import.meta.url).resolve("zstd-napi/binding.js");
var PLANES_WASM = planesWasm();
function workerLoop(port, kernel, fs, crypto) {
  let local = new Uint8Array(0);
  const hashes = /* @__PURE__ */ new Map();
  function readExactly(fd2, position, into) {
    for (let done = 0; done < into.length; ) {
      const n2 = fs.readSync(fd2, into, done, into.length - done, position + done);
      if (n2 === 0) throw new Error(`file ends at byte ${position + done}, inside a block (did it change while being read?)`);
      done += n2;
    }
  }
  const handlers = {
    encode(m2) {
      readExactly(m2.fd, m2.position, m2.raw);
      const block = kernel.encodeBlock(m2.raw, m2.pieces, m2.level, m2.out);
      if (block.buffer === m2.out.buffer) return { length: block.length };
      return { length: block.length, block: block.slice() };
    },
    hashUpdate(m2) {
      if (!hashes.has(m2.hash)) hashes.set(m2.hash, crypto.createHash("sha256"));
      hashes.get(m2.hash).update(m2.chunk);
      return {};
    },
    hashDigest(m2) {
      const hash = hashes.get(m2.hash) ?? crypto.createHash("sha256");
      hashes.delete(m2.hash);
      return { sha256: hash.digest("hex") };
    },
    decode(m2) {
      if (local.length < m2.framesLength) local = new Uint8Array(m2.framesLength);
      const frames = local.subarray(0, m2.framesLength);
      readExactly(m2.fd, m2.framesPosition, frames);
      kernel.decodeBlock(frames, m2.pieces, m2.packed, m2.out, m2.label);
      for (let done = 0; m2.writeFd !== null && done < m2.out.length; ) {
        done += fs.writeSync(m2.writeFd, m2.out, done, m2.out.length - done, m2.writePosition + done);
      }
      return {};
    }
  };
  port.on("message", (m2) => {
    try {
      port.postMessage({ id: m2.id, ...handlers[m2.op](m2) });
    } catch (error) {
      port.postMessage({ id: m2.id, error: error.message });
    }
  });
}
var WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const kernel = (${codecKernel.toString()})(require(workerData.binding), workerData.wasm);
(${workerLoop.toString()})(parentPort, kernel, require('node:fs'), require('node:crypto'));
`;
var KernelError = class extends Error {
};
var KernelWorker = class {
  worker;
  pending = /* @__PURE__ */ new Map();
  nextId = 0;
  constructor() {
    this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { binding: BINDING_PATH, wasm: PLANES_WASM } });
    this.worker.unref();
    this.worker.on("message", (m2) => this.settle(m2));
    this.worker.on("error", (error) => this.failAll(error));
    this.worker.on("exit", (code) => this.failAll(new Error(`codec worker exited with code ${code}`)));
  }
  get load() {
    return this.pending.size;
  }
  call(message) {
    const id = this.nextId++;
    if (this.pending.size === 0) this.worker.ref();
    return new Promise((resolve3, reject) => {
      this.pending.set(id, { resolve: resolve3, reject });
      this.worker.postMessage({ ...message, id });
    });
  }
  settle(m2) {
    const job = this.pending.get(m2.id);
    if (!job) return;
    this.pending.delete(m2.id);
    if (this.pending.size === 0) this.worker.unref();
    if (m2.error !== void 0) job.reject(new KernelError(m2.error));
    else job.resolve(m2);
  }
  failAll(error) {
    for (const job of this.pending.values()) job.reject(error);
    this.pending.clear();
  }
};
var pool = [];
function worker(size) {
  while (pool.length < size) pool.push(new KernelWorker());
  return pool.slice(0, size).reduce((a2, b3) => b3.load < a2.load ? b3 : a2);
}
function sharedBytes(n2) {
  return new Uint8Array(new SharedArrayBuffer(n2));
}
var BlockPool = class {
  constructor(size) {
    this.size = size;
  }
  size;
  /**
   * Reads a block into `raw` (its length) from `from` and encodes it into `out`; returns the encoded block (a view of
   * `out` when it fits, else a new buffer).
   */
  async encode(from, raw, pieces, level, out) {
    const m2 = await worker(this.size).call({ op: "encode", ...from, raw, pieces, level, out });
    return m2.block ?? out.subarray(0, m2.length);
  }
  /**
   * Reads `framesLength` bytes of frames at `frames` and decodes them into `out` (exactly the block's raw length);
   * with `write`, also writes `out` there.
   */
  async decode(job, out, write) {
    await worker(this.size).call({
      op: "decode",
      fd: job.frames.fd,
      framesPosition: job.frames.position,
      framesLength: job.framesLength,
      pieces: job.pieces,
      packed: job.packed,
      label: job.label,
      out,
      writeFd: write?.fd ?? null,
      writePosition: write?.position ?? 0
    });
  }
};
var nextHash = 0;
var hashWorker = null;
var HashThread = class {
  id = nextHash++;
  worker;
  bytes = 0;
  constructor() {
    hashWorker ??= new KernelWorker();
    this.worker = hashWorker;
  }
  update(chunk) {
    this.bytes += chunk.length;
    return this.worker.call({ op: "hashUpdate", hash: this.id, chunk });
  }
  async digest() {
    const { sha256 } = await this.worker.call({ op: "hashDigest", hash: this.id });
    return { bytes: this.bytes, sha256 };
  }
};

// src/pack/planes.ts
var mainKernel = codecKernel(binding, planesWasm());
var PARALLEL_MIN_BLOCKS = 4;
function room(slot, which, n2) {
  if (slot[which].length < n2) slot[which] = sharedBytes(n2);
  return slot[which].subarray(0, n2);
}
async function readInto(file, position, into) {
  for (let done = 0; done < into.length; ) {
    const { bytesRead } = await file.read(into, done, into.length - done, position + done);
    if (bytesRead === 0) return into.subarray(0, done);
    done += bytesRead;
  }
  return into;
}
async function ordered(count, depth, start, finish) {
  const slots = Array.from({ length: depth + 2 }, () => ({ input: sharedBytes(0), output: sharedBytes(0) }));
  const released = slots.map(() => Promise.resolve());
  const inFlight = [];
  const take = async () => {
    const { job, slot } = inFlight.shift();
    released[slot] = finish(await job);
    released[slot].catch(() => {
    });
  };
  for (let i3 = 0; i3 < count; i3++) {
    if (inFlight.length >= depth) await take();
    const slot = i3 % slots.length;
    await released[slot];
    const { job } = await start(i3, slots[slot]);
    job.catch(() => {
    });
    inFlight.push({ job, slot });
  }
  while (inFlight.length > 0) await take();
  await Promise.all(released);
}
function tableFrame(table) {
  const cctx = new binding.CCtx();
  cctx.setParameter(binding.CParameter.compressionLevel, 19);
  cctx.setParameter(binding.CParameter.checksumFlag, 1);
  cctx.setParameter(binding.CParameter.contentSizeFlag, 1);
  const out = new Uint8Array(binding.compressBound(table.length) + 64);
  return out.subarray(0, cctx.compress2(out, table));
}
async function compressPlanes(inputPath, runs, outputPath, options) {
  const input = await open2(inputPath, "r");
  const output = await open2(outputPath, "wx");
  try {
    const size = (await input.stat()).size;
    const segments = tileSegments(runs, size);
    const blockSize = options.blockSize ?? BLOCK_SIZE;
    const blocks = cutBlocks(segments, blockSize);
    const table = encodeTable(segments);
    const frame = tableFrame(table);
    const header = encodeHeader(
      { blockSize, rawSize: size, segmentCount: segments.length, tableRawBytes: table.length, tablePackedBytes: frame.length, blockCount: blocks.length },
      mainKernel
    );
    const sink = fileOutput(output);
    await sink.push(Buffer.concat([header, frame]));
    return await encodeBlocks(input, inputPath, blocks, sink, options);
  } finally {
    await output.close();
    await input.close();
  }
}
async function encodeBlocks(input, inputPath, blocks, sink, options) {
  const threads = Math.max(1, options.threads);
  const pool2 = blocks.length >= PARALLEL_MIN_BLOCKS ? new BlockPool(threads) : null;
  const rawHash = pool2 && threads >= 2 ? new HashThread() : null;
  const inlineHash = hashOutput();
  const starts = [];
  for (let i3 = 0, at2 = 0; i3 < blocks.length; at2 += piecesBytes(blocks[i3]), i3++) starts.push(at2);
  const changed = (detail) => new InputError(`${inputPath}: ${detail}`);
  await ordered(
    blocks.length,
    threads + 2,
    async (i3, slot) => {
      const pieces = blocks[i3];
      const length = piecesBytes(pieces);
      const raw = room(slot, "input", length);
      const out = room(slot, "output", length + (length >>> 6) + (options.level >= 10 ? length >>> 1 : 0) + (1 << 20));
      if (!pool2) {
        if ((await readInto(input, starts[i3], raw)).length !== length) throw changed("file changed size while it was being packed");
        const block = mainKernel.encodeBlock(raw, pieces, options.level, out);
        return { job: Promise.resolve({ raw, block: block.buffer === out.buffer ? block : block.slice() }) };
      }
      const encoded = pool2.encode({ fd: input.fd, position: starts[i3] }, raw, pieces, options.level, out).catch((error) => {
        throw error instanceof KernelError ? changed(error.message) : error;
      });
      return { job: encoded.then((block) => ({ raw, block })) };
    },
    async ({ raw, block }) => {
      const hashed = rawHash ? rawHash.update(raw) : inlineHash.hashOnly(raw);
      await sink.push(block);
      await hashed;
    }
  );
  return { raw: rawHash ? await rawHash.digest() : inlineHash.close(), packed: sink.close() };
}
async function readLayout(file, packedSize, expectedRaw, fail) {
  const head = await readInto(file, 0, new Uint8Array(Math.min(HEADER_BYTES, packedSize)));
  const header = parseHeader(head, packedSize, expectedRaw, mainKernel, fail);
  const frame = await readInto(file, HEADER_BYTES, new Uint8Array(header.tablePackedBytes));
  const table = new Uint8Array(header.tableRawBytes);
  try {
    mainKernel.decodeFrame(frame, table, "segment table");
  } catch (error) {
    fail(error.message);
  }
  const cursor = new BlockCursor(parseTable(table, header, fail), fail);
  return { header, cursor, position: HEADER_BYTES + header.tablePackedBytes, head: Buffer.concat([head, frame]) };
}
async function readBlockHeader(file, at2, header, cursor, fail) {
  const { position, packedSize, index } = at2;
  const label = `block ${index}`;
  const first = await readInto(file, position, new Uint8Array(4));
  if (first.length < 4) fail(`is truncated: ${label} is missing`);
  const rawLength = Buffer.from(first.buffer).readUInt32LE(0);
  if (rawLength === 0 || rawLength > header.blockSize) fail(`${label} declares ${rawLength} bytes (blocks hold 1 to ${header.blockSize})`);
  const pieces = cursor.next(rawLength, index);
  const sizes = mainKernel.streamSizes(pieces).filter((n2) => n2 > 0);
  const headerBytes = new Uint8Array(8 + 4 * sizes.length);
  headerBytes.set(first);
  if ((await readInto(file, position + 4, headerBytes.subarray(4))).length < headerBytes.length - 4) fail(`is truncated inside the header of ${label}`);
  const view = Buffer.from(headerBytes.buffer);
  if (view.readUInt32LE(4 + 4 * sizes.length) !== mainKernel.crc32(headerBytes.subarray(0, 4 + 4 * sizes.length))) fail(`${label} has a corrupt header (CRC-32 mismatch)`);
  const packed = sizes.map((_2, i3) => view.readUInt32LE(4 + 4 * i3));
  if (packed.some((n2, i3) => n2 > binding.compressBound(sizes[i3]) + 65536)) fail(`${label} declares a frame larger than its content can compress to`);
  const framesLength = packed.reduce((a2, b3) => a2 + b3, 0);
  const framesPosition = position + headerBytes.length;
  if (framesPosition + framesLength > packedSize) fail(`is truncated: ${label} needs ${framesLength} bytes of frames, ${packedSize - framesPosition} remain`);
  return { framesPosition, framesLength, pieces, packed, rawLength, label, end: framesPosition + framesLength };
}
async function decompressPlanes(packedPath, expected, output, threads) {
  const fail = (what) => {
    throw new InputError(`${packedPath}: ${what}`);
  };
  const file = await open2(packedPath, "r");
  try {
    const packedSize = (await file.stat()).size;
    if (expected.packed && packedSize !== expected.packed.bytes) fail(`is ${packedSize} bytes but the manifest says ${expected.packed.bytes}`);
    const { header, cursor, position: first } = await readLayout(file, packedSize, expected.raw.bytes, fail);
    const pool2 = header.blockCount >= PARALLEL_MIN_BLOCKS && threads > 0 ? new BlockPool(threads) : null;
    let position = first;
    let rawOffset = 0;
    await ordered(
      header.blockCount,
      Math.max(1, threads) + 2,
      async (index, slot) => {
        const job = await readBlockHeader(file, { position, packedSize, index }, header, cursor, fail);
        position = job.end;
        const out = room(slot, "output", job.rawLength);
        const write = output.fd === null ? null : { fd: output.fd, position: rawOffset };
        rawOffset += job.rawLength;
        const done = pool2 ? pool2.decode({ ...job, frames: { fd: file.fd, position: job.framesPosition } }, out, write) : decodeInline(file, job, out);
        const decoded = done.then(
          () => ({ out, written: write !== null && pool2 !== null }),
          (error) => fail(error instanceof KernelError ? error.message : String(error))
        );
        return { job: decoded };
      },
      async ({ out, written }) => {
        if (written) output.hashOnly(out);
        else await output.push(out);
      }
    );
    if (position !== packedSize) fail(`has ${packedSize - position} bytes after its last block (trailing data)`);
    if (!cursor.done) fail("ends before its segment table is covered");
    verifyDigests(output, expected, fail);
  } finally {
    await file.close();
  }
}
async function decodeInline(file, job, out) {
  const frames = await readInto(file, job.framesPosition, new Uint8Array(job.framesLength));
  try {
    mainKernel.decodeBlock(frames, job.pieces, job.packed, out, job.label);
  } catch (error) {
    throw new KernelError(error.message);
  }
}
function verifyDigests(output, expected, fail) {
  const raw = output.close();
  if (raw.bytes !== expected.raw.bytes) fail(`decompresses to ${raw.bytes} bytes but the manifest declares ${expected.raw.bytes}`);
  if (raw.sha256 !== expected.raw.sha256) fail(`decompressed content has sha256 ${raw.sha256}, the manifest says ${expected.raw.sha256}`);
}

// src/pack/zstd.ts
var CHUNK = 4 << 20;
var WINDOW_LOG_MAX = 27;
async function compressFile(inputPath, outputPath, options) {
  const input = await open3(inputPath, "r");
  const output = await open3(outputPath, "wx");
  try {
    const size = (await input.stat()).size;
    const cctx = new binding2.CCtx();
    cctx.setParameter(binding2.CParameter.compressionLevel, options.level);
    cctx.setParameter(binding2.CParameter.checksumFlag, 1);
    cctx.setParameter(binding2.CParameter.contentSizeFlag, 1);
    cctx.setParameter(binding2.CParameter.nbWorkers, Math.max(1, options.threads));
    cctx.setPledgedSrcSize(size);
    const sink = fileOutput(output);
    const rawHash = hashOutput();
    const inBuf = Buffer.allocUnsafe(Math.max(1, Math.min(CHUNK, size)));
    const outBuf = Buffer.allocUnsafe(Math.max(binding2.cStreamOutSize(), Math.min(CHUNK, size)));
    let read = 0;
    for (; ; ) {
      const { bytesRead } = await input.read(inBuf, 0, Math.min(inBuf.length, size - read), read);
      read += bytesRead;
      const last = read >= size || bytesRead === 0;
      let src = inBuf.subarray(0, bytesRead);
      await rawHash.push(src);
      const op = last ? binding2.EndDirective.end : binding2.EndDirective.continue;
      for (; ; ) {
        const [remaining, produced, consumed] = cctx.compressStream2(outBuf, src, op);
        src = src.subarray(consumed);
        if (produced > 0) await sink.push(outBuf.subarray(0, produced));
        if (last ? remaining === 0 : src.length === 0) break;
      }
      if (last) break;
    }
    if (read !== size) throw new InputError(`${inputPath}: file changed size while it was being packed`);
    return { raw: rawHash.close(), packed: sink.close() };
  } finally {
    await output.close();
    await input.close();
  }
}
function decodeThreads() {
  return Math.max(1, Math.min(4, availableParallelism()));
}
async function decompressAny(packedPath, expected, output) {
  const codec = await sniffCodec(packedPath);
  if (expected.codec && codec !== expected.codec) {
    throw new InputError(`${packedPath}: is ${codec === "zstd" ? "a plain zstd frame" : "an onnx-planes container"} but the manifest says codec ${expected.codec}`);
  }
  if (codec === "onnx-planes") await decompressPlanes(packedPath, expected, output, decodeThreads());
  else await decompressZstd(packedPath, expected, output);
}
async function sniffCodec(packedPath) {
  let file;
  try {
    file = await open3(packedPath, "r");
  } catch {
    throw new InputError(`${packedPath}: packed file not found or unreadable`);
  }
  try {
    const head = Buffer.alloc(MAGIC.length);
    const { bytesRead } = await file.read(head, 0, head.length, 0);
    return isPlanesContainer(head.subarray(0, bytesRead)) ? "onnx-planes" : "zstd";
  } finally {
    await file.close();
  }
}
var MAX_IN_MEMORY = 2 ** 31 - 1;
async function decompressToBuffer(packedPath, expected) {
  if (expected.raw.bytes > MAX_IN_MEMORY) {
    throw new InputError(`${packedPath}: declares ${expected.raw.bytes} bytes, more than a model loaded from memory can have (2 GiB)`);
  }
  const output = new BufferOutput(expected.raw.bytes);
  await decompressAny(packedPath, expected, output);
  return output.buffer;
}
async function decompressZstd(packedPath, expected, output) {
  const fail = (what) => {
    throw new InputError(`${packedPath}: ${what}`);
  };
  const input = await open3(packedPath, "r");
  try {
    const packedSize = (await input.stat()).size;
    if (expected.packed && packedSize !== expected.packed.bytes) fail(`is ${packedSize} bytes but the manifest says ${expected.packed.bytes}`);
    const header = Buffer.alloc(18);
    const { bytesRead: headerBytes } = await input.read(header, 0, header.length, 0);
    const problem = mainKernel.frameHeaderProblem(header.subarray(0, headerBytes), expected.raw.bytes);
    if (problem) fail(problem.replace(/where (\d+) are expected/, "but the manifest says $1"));
    const produced = await decodeFrameStream(input, packedSize, expected.raw.bytes, output, fail);
    if (produced !== expected.raw.bytes) fail(`decompresses to ${produced} bytes but the manifest declares ${expected.raw.bytes}`);
    verifyDigests(output, expected, fail);
  } finally {
    await input.close();
  }
}
async function decodeFrameStream(input, packedSize, cap, output, fail) {
  const dctx = new binding2.DCtx();
  dctx.setParameter(binding2.DParameter.windowLogMax, WINDOW_LOG_MAX);
  const inSize = Math.max(1, Math.min(CHUNK, packedSize));
  const outSize = Math.max(1, Math.min(CHUNK, cap));
  const inBufs = [Buffer.allocUnsafe(inSize), Buffer.allocUnsafe(inSize)];
  const readAt2 = (i3, position2) => input.read(inBufs[i3 % 2], 0, Math.min(inSize, packedSize - position2), position2);
  let position = 0;
  let reads = 0;
  let nextRead = packedSize > 0 ? readAt2(0, 0) : null;
  let produced = 0;
  let frameDone = false;
  const outs = [Buffer.allocUnsafe(outSize), Buffer.allocUnsafe(outSize)];
  const pending = [null, null];
  let chunks = 0;
  try {
    while (nextRead) {
      const { bytesRead } = await nextRead;
      if (bytesRead === 0) break;
      const current = inBufs[reads % 2];
      position += bytesRead;
      reads++;
      nextRead = position < packedSize ? readAt2(reads, position) : null;
      let src = current.subarray(0, bytesRead);
      while (src.length > 0 || !frameDone) {
        if (frameDone) fail("has data after the end of the zstd frame (trailing garbage or a second frame)");
        const slot = chunks % 2;
        await pending[slot];
        const out = outs[slot];
        let result;
        try {
          result = dctx.decompressStream(out, src);
        } catch (error) {
          return fail(`is not a valid zstd frame (${error.message})`);
        }
        const [hint, made, consumed] = result;
        src = src.subarray(consumed);
        if (made > 0) {
          produced += made;
          if (produced > cap) fail(`decompresses to more than the ${cap} bytes the manifest declares`);
          pending[slot] = output.push(out.subarray(0, made));
          chunks++;
        }
        if (hint === 0) frameDone = true;
        else if (src.length === 0 && made < out.length) break;
      }
    }
  } finally {
    await Promise.allSettled(pending);
  }
  await Promise.all(pending);
  if (!frameDone) fail("is truncated: the zstd frame ends early");
  return produced;
}

// src/pack/restore.ts
async function restoreBlob(packDir, blob, target) {
  const handle = await open4(target, "wx");
  try {
    const output = fileOutput(handle);
    await decompressAny(join3(packDir, blob.file), { raw: blob.raw, packed: blob.packed, codec: blob.codec }, output);
  } finally {
    await handle.close();
  }
}
async function restoreModel(packDir, entry, outDir) {
  const files = [entry, ...entry.externalData ?? []].map((blob) => {
    const final = join3(outDir, "location" in blob ? blob.location : `${entry.name}.onnx`);
    return { blob, final, tmp: temporaryPath(final) };
  });
  try {
    for (const f2 of files) await restoreBlob(packDir, f2.blob, f2.tmp);
    for (const f2 of files) await rename2(f2.tmp, f2.final);
    return files[0].final;
  } catch (error) {
    await Promise.all(files.map((f2) => rm2(f2.tmp, { force: true })));
    throw error;
  }
}
async function loadPackedModel(model, scratch = tmpdir()) {
  const { entry, path } = model;
  if (!entry.externalData?.length) {
    const bytes2 = await decompressToBuffer(path, { raw: entry.raw, packed: entry.packed, codec: entry.codec });
    if (mapTensorsInBytes(bytes2, path).external.length > 0) {
      throw new InputError(`${path}: the model references external data files that its pack does not hold`);
    }
    return { source: bytes2, dispose: async () => {
    } };
  }
  const dir = await mkdtemp(join3(scratch, `${entry.name}-`));
  const dispose = () => rm2(dir, { recursive: true, force: true });
  try {
    const restored = await restoreModel(dirname3(path), entry, dir);
    await checkExternalData(restored, (await mapTensors(restored)).external);
    return { source: restored, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}

// src/bench/cold.ts
import { fork } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
var CHILD = fileURLToPath(new URL("./load-child.js", import.meta.url));
async function coldSample(job) {
  if (!existsSync(CHILD)) throw new Error(`the cold-load child ${CHILD} is missing: rebuild with npm run build`);
  const child = fork(CHILD, [], { execArgv: [], serialization: "advanced", stdio: ["ignore", "ignore", "pipe", "ipc"] });
  const stderr = [];
  child.stderr?.on("data", (d2) => stderr.push(d2));
  const replied = new Promise((resolve3) => {
    child.once("message", (m2) => resolve3(m2));
    child.once("exit", () => resolve3(null));
  });
  const exited = new Promise((resolve3, reject) => {
    child.once("error", reject);
    child.once("exit", (code2) => resolve3(code2));
  });
  child.send(job);
  const reply = await replied;
  const code = await exited;
  if (reply?.ok) return reply.sample;
  if (reply && !reply.ok) throw reply.input ? new InputError(reply.error) : new Error(`cold-load child for ${job.label}: ${reply.error}`);
  throw new Error(`cold-load child for ${job.label} exited with code ${code} and no result: ${Buffer.concat(stderr).toString("utf8").trim()}`);
}

// src/bench/runtime.ts
import { createRequire as createRequire2 } from "node:module";
var requireModule = createRequire2(import.meta.url);
var loaded = null;
function runtime() {
  loaded ??= requireModule("onnxruntime-node");
  return loaded;
}
function onnxruntimeVersion() {
  return runtime().env.versions.common ?? "unknown";
}
async function createSession(model, threads, label) {
  const ort = runtime();
  const options = {
    intraOpNumThreads: threads.intraOpThreads,
    interOpNumThreads: threads.interOpThreads,
    executionMode: "sequential",
    graphOptimizationLevel: "all"
  };
  try {
    return await (typeof model === "string" ? ort.InferenceSession.create(model, options) : ort.InferenceSession.create(model, options));
  } catch (error) {
    throw new InputError(`${label}: onnxruntime cannot load the model (${firstLine(error)})`);
  }
}
async function runSession(session, feeds, label) {
  let out;
  try {
    out = await session.run(feeds);
  } catch (error) {
    throw new InputError(`${label}: inference failed (${firstLine(error)})`);
  }
  const result = {};
  for (const [name, value2] of Object.entries(out)) {
    const t2 = value2;
    result[name] = { name, elemType: t2.type, dims: [...t2.dims], data: halfAsBits(t2.data) };
  }
  return result;
}
function toFeeds(tensors) {
  const feeds = {};
  const ort = runtime();
  for (const [name, t2] of tensors) feeds[name] = new ort.Tensor(t2.elemType, t2.data, t2.dims);
  return feeds;
}
function syntheticInputs(inputs, label) {
  const out = /* @__PURE__ */ new Map();
  for (const input of inputs) {
    if (!input.elemType || input.shape === null) {
      throw new InputError(`${label}: input "${input.name}" has no fixed tensor type or rank; give --eval-data so model-gate can feed it`);
    }
    const dims = input.shape.map((d2) => typeof d2 === "number" && d2 > 0 ? d2 : 1);
    const count = dims.reduce((a2, b3) => a2 * b3, 1);
    out.set(input.name, { name: input.name, elemType: input.elemType, dims, data: patternData(input.elemType, count, input.name, label) });
  }
  return out;
}
function patternData(type2, count, name, label) {
  const value2 = (i3) => i3 * 2654435761 % 1e3 / 1e3;
  switch (type2) {
    case "float32":
      return Float32Array.from({ length: count }, (_2, i3) => value2(i3));
    case "float64":
      return Float64Array.from({ length: count }, (_2, i3) => value2(i3));
    case "int32":
      return new Int32Array(count);
    case "int64":
      return new BigInt64Array(count);
    case "uint8":
    case "bool":
      return new Uint8Array(count);
    case "int8":
      return new Int8Array(count);
    default:
      throw new InputError(`${label}: input "${name}" has element type ${type2}, which model-gate cannot synthesise; give --eval-data`);
  }
}
function halfAsBits(data) {
  const F162 = globalThis.Float16Array;
  if (F162 && data instanceof F162) {
    const view = data;
    return new Uint16Array(view.buffer, view.byteOffset, view.length);
  }
  return data;
}
function firstLine(error) {
  return String(error?.message ?? error).split("\n")[0] ?? "";
}

// src/bench/cold-load.ts
var PHASES = ["runtime", "unpack", "session", "firstRun"];
var IDENTITY_MODEL = Buffer.from("CAg6OwoQCgF4EgF5IghJZGVudGl0eRIFcHJpbWVaDwoBeBIKCggIARIECgIIAWIPCgF5EgoKCAgBEgQKAggBQgQKABAR", "base64");

// src/bench/sampling.ts
async function samplePairs(plan2, takePair, settled, now = () => performance.now()) {
  const start = now();
  let pairs = 0;
  const stop = (reason) => ({ pairs, stop: reason, seconds: (now() - start) / 1e3 });
  for (; ; ) {
    if (pairs >= plan2.maxPairs) return stop("max-pairs");
    const elapsed = now() - start;
    if (pairs > 0 && elapsed + elapsed / pairs > plan2.budgetMs) return stop("budget");
    await takePair(pairs);
    pairs++;
    if (pairs >= plan2.minPairs && settled()) return stop("settled");
  }
}

// src/bench/stats.ts
function quantile(values, q2) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a2, b3) => a2 - b3);
  const pos = (sorted.length - 1) * q2;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}
var median = (values) => quantile(values, 0.5);
var CONFIDENCE = 0.95;
function binomialHalfCdf(k2, n2) {
  if (k2 < 0) return 0;
  if (k2 >= n2) return 1;
  let logTerm = -n2 * Math.LN2;
  let sum = Math.exp(logTerm);
  for (let i3 = 1; i3 <= k2; i3++) {
    logTerm += Math.log((n2 - i3 + 1) / i3);
    sum += Math.exp(logTerm);
  }
  return Math.min(1, sum);
}
function medianInterval(values, confidence = CONFIDENCE) {
  const n2 = values.length;
  if (n2 === 0) return { estimate: Number.NaN, low: Number.NaN, high: Number.NaN, confidence: 0 };
  const sorted = [...values].sort((a2, b3) => a2 - b3);
  const coverage = (k3) => 1 - 2 * binomialHalfCdf(k3 - 1, n2);
  let k2 = 1;
  while (k2 + 1 <= Math.floor(n2 / 2) && coverage(k2 + 1) >= confidence) k2++;
  return { estimate: median(sorted), low: sorted[k2 - 1], high: sorted[n2 - k2], confidence: coverage(k2) };
}
function pairRatios(baseline, candidate) {
  const ratios = [];
  for (let i3 = 0; i3 < Math.min(baseline.length, candidate.length); i3++) {
    const b3 = baseline[i3];
    const c2 = candidate[i3];
    if (b3 > 0 && Number.isFinite(b3) && Number.isFinite(c2)) ratios.push(c2 / b3);
  }
  return ratios;
}
function pairedRatio(baseline, candidate, confidence = CONFIDENCE) {
  return medianInterval(pairRatios(baseline, candidate), confidence);
}

// node_modules/tinybench/dist/index.js
var e = Object.freeze(() => {
});
var t = globalThis.Event;
var n = class extends t {
  get error() {
    return this.#e;
  }
  get reason() {
    return this.#t;
  }
  get task() {
    return this.#n;
  }
  #e;
  #t;
  #n;
  constructor(e2, t2, n2) {
    super(e2), t2 != null && (this.#n = t2), typeof n2 == "string" ? this.#t = n2 : n2 != null && (this.#e = n2);
  }
};
var r = (e2) => e2 !== null && (typeof e2 == "object" || typeof e2 == "function") && typeof e2.then == "function";
var i = (t2, n2 = 2, a2 = /* @__PURE__ */ new WeakSet()) => {
  try {
    if (!r(t2) || a2.has(t2)) return;
    if (n2 < -1) {
      a2.add(t2), t2.catch?.(e);
      return;
    }
    a2.add(t2);
    let o2 = (e2) => {
      i(e2, n2 - 1, a2);
    };
    i(t2.then(o2, o2), n2 - 1, a2);
  } catch {
  }
};
var a = (async () => {
}).constructor;
var o = (e2) => typeof e2 == "function" && e2.constructor === a;
var s = (e2) => {
  if (e2 == null) return false;
  if (o(e2)) return true;
  try {
    let t2 = e2(), n2 = r(t2);
    return n2 && i(t2), n2;
  } catch {
    return false;
  }
};
var c = (e2, t2) => {
  if (!e2) {
    let e3 = Error.stackTraceLimit;
    try {
      Error.stackTraceLimit = 0;
      let n2 = Error(t2);
      throw Error.stackTraceLimit = e3, e3 !== 0 && Error.captureStackTrace(n2, c), n2;
    } finally {
      Error.stackTraceLimit = e3;
    }
  }
};
var l = (e2) => {
  switch (typeof e2) {
    case "function":
      return Error(e2.name);
    case "object":
      if (e2 !== null) return e2 instanceof Error ? e2 : Error(e2.message ?? "");
    case "undefined":
      return Error();
    case "string":
      return Error(e2);
    default:
      return Error(String(e2));
  }
};
var u = (e2) => Number(e2) / 1e6;
var d = (e2) => Number(e2) * 1e6;
var f = (e2) => e2;
var p = (e2) => BigInt(Math.round(e2 * 1e6));
function m(e2 = globalThis) {
  let t2 = "unknown", n2 = "unknown";
  if (e2.Bun || e2.process && e2.process.versions?.bun) {
    t2 = "bun";
    let r2 = e2.Bun?.version;
    if (r2) n2 = r2;
    else {
      let t3 = e2.process?.versions?.bun;
      t3 && (n2 = t3);
    }
  } else e2.Deno ? (t2 = "deno", n2 = e2.Deno.version?.deno ?? "unknown") : e2.process && e2.process.release?.name === "node" ? (t2 = "node", n2 = e2.process.versions?.node ?? "unknown") : e2.HermesInternal ? (t2 = "hermes", n2 = e2.HermesInternal.getRuntimeProperties?.()["OSS Release Version"] ?? "unknown") : h(e2) && e2.navigator.userAgent === "Cloudflare-Workers" ? t2 = "workerd" : h(e2) && e2.navigator.userAgent.toLowerCase().startsWith("quickjs-ng") ? (t2 = "quickjs-ng", n2 = e2.navigator.userAgent.split("/")[1] ?? "unknown") : typeof e2.Netlify == "object" ? t2 = "netlify" : typeof e2.EdgeRuntime == "string" ? t2 = "edge-light" : e2.__lagon__ ? t2 = "lagon" : e2.fastly ? t2 = "fastly" : e2.$262 && e2.lockdown && e2.AsyncDisposableStack ? t2 = "moddable" : e2.d8 ? (t2 = "v8", n2 = typeof e2.version == "function" ? e2.version() : "unknown") : e2.inIon && e2.performance && e2.performance.mozMemory ? t2 = "spidermonkey" : typeof e2.$ == "object" && e2.$ !== null && "IsHTMLDDA" in e2.$ ? t2 = "jsc" : e2.window && e2.navigator && (t2 = "browser");
  return {
    runtime: t2,
    version: n2
  };
}
function h(e2 = globalThis) {
  return typeof e2.navigator == "object" && e2.navigator !== null && typeof e2.navigator.userAgent == "string";
}
var { runtime: g, version: _ } = m();
var v = globalThis.performance.now.bind(globalThis.performance);
var y = {
  fn: v,
  fromMs: f,
  name: "performanceNow",
  toMs: f
};
var b = globalThis.process?.hrtime?.bigint.bind(globalThis.process?.hrtime) ?? (() => {
  throw Error("hrtime.bigint() is not supported in this JS environment");
});
var S = {
  fn: b,
  fromMs: p,
  name: "hrtimeNow",
  toMs: u
};
var C = globalThis.Bun?.nanoseconds;
var w = C ? {
  fn: C,
  fromMs: d,
  name: "bunNanoseconds",
  toMs: u
} : void 0;
function T(e2) {
  return {
    fn: e2,
    fromMs: f,
    name: "custom",
    toMs: f
  };
}
var ee = (e2 = g) => e2 === "bun" ? w : e2 === "deno" ? y : e2 === "node" ? S : y;
var E = (e2) => {
  switch (typeof e2) {
    case "function":
      return T(e2);
    case "string":
      switch (e2) {
        case "auto":
          return ee();
        case "bunNanoseconds":
          return w ?? y;
        case "hrtimeNow":
          return S;
        default:
          return y;
      }
    case "object":
      return e2 === null ? y : (c(D(e2), "Invalid Timestamp Provider object"), e2);
    case "undefined":
      return y;
    default:
      throw Error("Invalid value for 'timestampProvider' or 'now'");
  }
};
function D(e2) {
  return typeof e2 == "object" && !!e2 && typeof e2.fn == "function" && typeof e2.name == "string" && typeof e2.toMs == "function" && typeof e2.fromMs == "function";
}
var O = async (e2) => {
  let { fn: t2, iterations: n2, limit: r2, signal: i3, time: a2 = 0, timestampProvider: o2 = y } = e2, s2 = n2 === 0 ? r2 : Math.max(0, Math.min(r2, n2)), c2 = [], u2 = [], d2 = true, f2 = 0, p2 = Number.isFinite(a2) && a2 > 0, m2 = n2 > 0, h2 = 0, g2 = o2.fn, _2 = m2 ? p2 ? () => d2 && f2++ < n2 && (g2() < h2 || (d2 = false)) : () => d2 && f2++ < n2 : p2 ? () => d2 && (g2() < h2 || (d2 = false)) : () => d2, v2 = (e3) => {
    d2 && u2.push(e3);
  }, b3 = (e3) => {
    c2.push(l(e3));
  }, x2 = () => d2 = false, S2 = Array.isArray(i3) ? i3 : i3 ? [i3] : [];
  if (S2.some((e3) => e3.aborted)) return [];
  for (let e3 of S2) e3.addEventListener("abort", x2);
  let C2 = async () => {
    for (; _2(); ) try {
      v2(await t2());
    } catch (e3) {
      d2 = false, b3(e3);
      break;
    }
  };
  try {
    p2 && (h2 = g2() + o2.fromMs(a2));
    let e3 = Array.from({ length: s2 }, () => C2());
    await Promise.allSettled(e3);
  } finally {
    for (let e3 of S2) e3.removeEventListener("abort", x2);
  }
  if (c2.length === 0) return u2;
  throw c2.length === 1 ? c2[0] : AggregateError(c2, "Multiple errors occurred during concurrent execution");
};
var k = (e2, t2 = 5, n2 = 2) => {
  if (e2 === Infinity) return "+\u221E";
  if (e2 === -Infinity) return "-\u221E";
  if (e2 !== e2) return "NaN";
  let r2 = Math.abs(e2);
  if (r2 >= 10 ** t2) return e2.toFixed();
  if (r2 < 10 ** (t2 - n2)) return e2.toFixed(n2);
  let i3 = Math.min(Math.max(0, t2 - (Math.floor(Math.log10(r2)) + 1)), n2);
  return e2.toFixed(i3);
};
var te = (e2) => {
  let t2 = e2.result.state;
  return {
    "Task name": e2.name,
    ...t2 === "aborted-with-statistics" || t2 === "completed" ? {
      "Latency avg (ns)": `${k(d(e2.result.latency.mean))} \xB1 ${k(e2.result.latency.rme)}%`,
      "Latency med (ns)": `${k(d(e2.result.latency.p50))} \xB1 ${k(d(e2.result.latency.mad))}`,
      "Throughput avg (ops/s)": `${Math.round(e2.result.throughput.mean).toString()} \xB1 ${k(e2.result.throughput.rme)}%`,
      "Throughput med (ops/s)": `${Math.round(e2.result.throughput.p50).toString()} \xB1 ${Math.round(e2.result.throughput.mad).toString()}`,
      Samples: e2.result.latency.samplesCount
    } : t2 === "errored" ? {
      Error: e2.result.error.message,
      Stack: e2.result.error.stack ?? "N/A"
    } : {
      "Latency avg (ns)": "N/A",
      "Latency med (ns)": "N/A",
      "Throughput avg (ops/s)": "N/A",
      "Throughput med (ops/s)": "N/A",
      Samples: "N/A",
      Remarks: t2
    },
    ...t2 === "aborted-with-statistics" && { Remarks: t2 }
  };
};
var [ne, ...A] = [
  0.9999999999998099,
  676.5203681218851,
  -1259.1392167224028,
  771.3234287776531,
  -176.6150291621406,
  12.507343278686905,
  -0.13857109526572012,
  9984369578019572e-21,
  15056327351493116e-23
];
var j = (e2) => {
  let t2 = ne;
  for (let n2 = 0; n2 < A.length; n2++) t2 += A[n2] / (e2 + n2);
  return 0.5 * Math.log(2 * Math.PI) + (e2 - 0.5) * Math.log(e2 + 6.5) - (e2 + 6.5) + Math.log(t2);
};
var M = (e2, t2, n2) => {
  let r2 = e2 + t2, i3 = e2 + 1, a2 = e2 - 1, o2 = 1, s2 = 1 - r2 * n2 / i3;
  Math.abs(s2) < 1e-300 && (s2 = 1e-300), s2 = 1 / s2;
  let c2 = s2;
  for (let l2 = 1; l2 <= 300; l2++) {
    let u2 = 2 * l2, d2 = l2 * (t2 - l2) * n2 / ((a2 + u2) * (e2 + u2));
    s2 = 1 + d2 * s2, Math.abs(s2) < 1e-300 && (s2 = 1e-300), o2 = 1 + d2 / o2, Math.abs(o2) < 1e-300 && (o2 = 1e-300), s2 = 1 / s2, c2 *= s2 * o2, d2 = -(e2 + l2) * (r2 + l2) * n2 / ((e2 + u2) * (i3 + u2)), s2 = 1 + d2 * s2, Math.abs(s2) < 1e-300 && (s2 = 1e-300), o2 = 1 + d2 / o2, Math.abs(o2) < 1e-300 && (o2 = 1e-300), s2 = 1 / s2;
    let f2 = s2 * o2;
    if (c2 *= f2, Math.abs(f2 - 1) < 1e-16) break;
  }
  return c2;
};
var N = (e2) => {
  let t2 = e2 > 0 ? e2 : 1, n2 = t2 / 2, r2 = 0.5, i3 = n2 < 12 ? j(n2 + 0.5) - j(n2) : 0.5 * Math.log(n2) - 1 / (8 * n2) + 1 / (192 * n2 ** 3) - 1 / (640 * n2 ** 5) + 0.00118582565234835 / n2 ** 7 - 0.00167977198469943 / n2 ** 9 + 0.00342404392538552 / n2 ** 11, a2 = 0.5 * Math.log(Math.PI), o2 = i3 - 0.5 * Math.log(t2 * Math.PI), s2 = (e3) => {
    let o3 = e3 * e3, s3 = o3 / (t2 + o3), c3 = Math.exp(i3 - a2 + n2 * Math.log1p(-s3) + r2 * Math.log(s3));
    return s3 <= 0.5 ? 1 - c3 * M(r2, n2, s3) / r2 : c3 * M(n2, r2, 1 - s3) / n2;
  }, c2 = (e3) => o2 - (t2 + 1) / 2 * Math.log1p(e3 * e3 / t2), l2 = 1.959963984540054;
  for (let e3 = 0; e3 < 30; e3++) {
    let e4 = Math.exp(-c2(l2)), t3 = 0.5 * (s2(l2) - 0.05) * e4;
    if (!Number.isFinite(t3)) break;
    let n3 = l2 + t3;
    if (!(n3 > 0)) break;
    let r3 = Math.abs(t3);
    if (l2 = n3, r3 <= 4e-16 * e4) break;
  }
  return l2;
};
var P = (e2) => Array.isArray(e2) && e2.length !== 0;
function F(e2) {
  let t2 = e2.length;
  if (t2 < 1024) {
    e2.sort(z);
    return;
  }
  let n2 = true, r2 = true, i3 = e2[0];
  for (let a3 = 0; a3 < t2; a3++) {
    let t3 = e2[a3];
    if (!Number.isFinite(t3) || Object.is(t3, -0)) {
      e2.sort(z);
      return;
    }
    (n2 || r2) && (n2 &&= t3 >= i3, r2 &&= t3 <= i3, i3 = t3);
  }
  if (n2) return;
  if (r2) {
    e2.reverse();
    return;
  }
  let a2 = new Float64Array(e2).sort();
  for (let n3 = 0; n3 < t2; n3++) e2[n3] = a2[n3];
}
var I = (e2) => {
  let t2 = e2.length;
  if (t2 === 1) return {
    mean: e2[0],
    vr: 0
  };
  let n2 = 0, r2 = 0, i3 = 0;
  for (; i3 < t2; ) {
    let t3 = e2[i3++], a2 = t3 - n2;
    n2 += a2 / i3, r2 += a2 * (t3 - n2);
  }
  return {
    mean: n2,
    vr: r2 / (t2 - 1)
  };
};
var L = (e2, t2) => {
  let n2 = e2 + t2;
  return Number.isFinite(n2) ? n2 / 2 : e2 / 2 + t2 / 2;
};
var R = (e2, t2) => {
  let n2 = (e2.length - 1) * t2, r2 = Math.floor(n2), i3 = e2[r2];
  if (n2 === r2) return i3;
  let a2 = e2[r2 + 1];
  if (i3 === a2) return i3;
  let o2 = n2 - r2;
  if (o2 === 0.5) return L(i3, a2);
  let s2 = a2 - i3;
  return Number.isFinite(s2) ? i3 + o2 * s2 : (1 - o2) * i3 + o2 * a2;
};
var z = (e2, t2) => e2 - t2;
var re = (e2, t2) => {
  let n2 = 0, r2 = e2.length, i3 = 0;
  for (; i3 < r2; ) n2 += (Math.abs(e2[i3++] - t2) - n2) / i3;
  return n2;
};
function B(e2, t2) {
  let n2 = e2.length;
  if (n2 === 1) return 0;
  let r2 = n2 >> 1, i3 = n2 + 1 >> 1, a2 = 0, o2 = r2, s2, c2, l2, u2, d2, f2;
  for (; a2 <= o2; ) {
    if (s2 = a2 + o2 >> 1, c2 = i3 - s2, l2 = s2 === 0 ? -Infinity : t2 - e2[r2 - s2], d2 = s2 === r2 ? Infinity : t2 - e2[r2 - s2 - 1], u2 = c2 === 0 ? -Infinity : e2[r2 + c2 - 1] - t2, f2 = c2 === n2 - r2 ? Infinity : e2[r2 + c2] - t2, l2 <= f2 && u2 <= d2) return n2 & 1 ? Math.max(l2, u2) : L(Math.max(l2, u2), Math.min(d2, f2));
    l2 > f2 ? o2 = s2 - 1 : a2 = s2 + 1;
  }
  return 0;
}
var V = (e2) => B(e2, R(e2, 0.5));
function H(e2, t2 = false) {
  let { mean: n2, vr: r2 } = I(e2), i3 = Math.sqrt(r2), a2 = i3 / Math.sqrt(e2.length), o2 = e2.length - 1, s2 = N(o2), c2 = a2 * s2, l2 = n2 === 0 ? Infinity : c2 / Math.abs(n2) * 100, u2 = R(e2, 0.5);
  return {
    aad: re(e2, n2),
    critical: s2,
    df: o2,
    mad: B(e2, u2),
    max: e2[o2],
    mean: n2,
    min: e2[0],
    moe: c2,
    p50: u2,
    p75: R(e2, 0.75),
    p99: R(e2, 0.99),
    p995: R(e2, 0.995),
    p999: R(e2, 0.999),
    rme: l2,
    samples: t2 ? e2 : void 0,
    samplesCount: e2.length,
    sd: i3,
    sem: a2,
    variance: r2
  };
}
var U = (e2, t2) => {
  let n2 = e2.length;
  if (n2 < 10) return;
  let r2 = 0;
  for (let t3 of e2) t3 === 0 && r2++;
  if (r2 * 2 > n2) return "zero-dominated";
  let i3 = Math.max(3, Math.min(10, Math.floor(n2 / 1e3))), a2 = 1;
  for (let t3 = 1; t3 < n2 && !(e2[t3] !== e2[t3 - 1] && (a2++, a2 >= i3)); t3++) ;
  if (a2 < i3) return "low-distinct";
  if (n2 > 100 && t2 === 0) return "zero-mad";
};
var W = (e2) => {
  let t2;
  for (let n2 = 0; n2 < e2.length; n2++) {
    let r2 = e2[n2];
    if (!(r2 <= 0) && (t2 ??= r2, e2[n2 + 1] === r2)) return r2;
  }
  return t2;
};
var G = (e2, t2 = {}) => {
  let { estimator: n2 = "median", pairs: r2 = 1024, warmupPairs: i3 = 64 } = t2, { fn: a2, toMs: o2 } = e2;
  if (!Number.isInteger(r2) || r2 <= 0) return 0;
  if (Number.isInteger(i3) && i3 > 0) for (let e3 = 0; e3 < i3; e3++) {
    let e4 = a2();
    o2(a2() - e4);
  }
  let s2 = [];
  for (let e3 = 0; e3 < r2; e3++) {
    let e4 = a2(), t3 = o2(a2() - e4);
    t3 > 0 && s2.push(t3);
  }
  return s2.length * 2 < r2 ? 0 : (s2.sort(z), n2 === "min" ? s2[0] : R(s2, n2 === "p05" ? 0.05 : 0.5));
};
var ae = [
  "afterAll",
  "beforeAll",
  "beforeEach",
  "afterEach"
];
var K = (e2, t2) => {
  let n2 = r(e2);
  n2 && i(e2), c(!n2, t2);
};
var oe = ["not-started", "started"];
var q = { state: "not-started" };
var J = { state: "aborted" };
var se = { state: "started" };
var Y = class extends EventTarget {
  get detectedResolution() {
    return this.#r;
  }
  get name() {
    return this.#o;
  }
  get result() {
    return {
      ...this.#s,
      runtime: this.#n.runtime,
      runtimeVersion: this.#n.runtimeVersion,
      timestampProviderName: this.#n.timestampProvider.name
    };
  }
  get runs() {
    return this.#l;
  }
  #e = false;
  #t;
  #n;
  #r = void 0;
  #i;
  #a;
  #o;
  #s = q;
  #c;
  #l = 0;
  #u;
  #d;
  #f;
  #p;
  constructor(e2, t2, n2, r2 = {}) {
    super(), this.#n = e2, this.#o = t2, this.#i = n2, this.#a = r2, this.#t = r2.async ?? s(n2), this.#u = r2.signal, this.#c = r2.retainSamples ?? e2.retainSamples, this.#f = e2.timestampProvider, this.#d = e2.timestampProvider.fn, this.#p = e2.timestampProvider.toMs;
    for (let e3 of ae) this.#a[e3] != null && c(typeof this.#a[e3] == "function", `'${e3}' must be a function if provided`);
    this.reset(false), this.#u && (this.#u.aborted ? this.#v() : this.#u.addEventListener("abort", this.#v.bind(this), { once: true })), this.#n.signal && (this.#n.signal.aborted ? this.#v() : this.#n.signal.addEventListener("abort", this.#v.bind(this), { once: true }));
  }
  reset(e2 = true) {
    this.#l = 0, this.#r = void 0, this.#s = this.#e ? J : q, e2 && this.dispatchEvent(new n("reset", this));
  }
  async run() {
    if (this.#s.state !== "not-started") return this;
    this.#s = { state: "started" }, this.dispatchEvent(new n("start", this)), await this.#n.setup(this, "run");
    let { error: e2, overriddenIndices: t2, samples: r2 } = await this.#m("run", this.#n.time, this.#n.iterations);
    return await this.#n.teardown(this, "run"), this.#b({
      error: e2,
      latencySamples: r2,
      overriddenIndices: t2
    }), this;
  }
  runSync() {
    if (this.#s.state !== "not-started") return this;
    c(this.#n.concurrency === null, "Cannot use `concurrency` option when using `runSync`"), this.#s = se, this.dispatchEvent(new n("start", this)), K(this.#n.setup(this, "run"), "`setup` function must be sync when using `runSync()`");
    let { error: e2, overriddenIndices: t2, samples: r2 } = this.#h("run", this.#n.time, this.#n.iterations);
    return K(this.#n.teardown(this, "run"), "`teardown` function must be sync when using `runSync()`"), this.#b({
      error: e2,
      latencySamples: r2,
      overriddenIndices: t2
    }), this;
  }
  async warmup() {
    if (this.#s.state !== "not-started") return;
    this.dispatchEvent(new n("warmup", this)), await this.#n.setup(this, "warmup");
    let { error: e2 } = await this.#m("warmup", this.#n.warmupTime, this.#n.warmupIterations);
    await this.#n.teardown(this, "warmup"), this.#y(e2);
  }
  warmupSync() {
    if (this.#s.state !== "not-started") return;
    this.dispatchEvent(new n("warmup", this)), K(this.#n.setup(this, "warmup"), "`setup` function must be sync when using `runSync()`");
    let { error: e2 } = this.#h("warmup", this.#n.warmupTime, this.#n.warmupIterations);
    K(this.#n.teardown(this, "warmup"), "`teardown` function must be sync when using `runSync()`"), this.#y(e2);
  }
  async #m(e2, t2, n2) {
    try {
      this.#a.beforeAll && await this.#a.beforeAll.call(this, e2);
      let r2 = this.#n.concurrency !== "task", i3 = 0, a2 = [], o2 = /* @__PURE__ */ new Set(), s2 = async () => {
        if (!this.#e) try {
          this.#a.beforeEach != null && await this.#a.beforeEach.call(this, e2);
          let { iterationCost: t3, overridden: n3, taskTime: s3 } = this.#t ? await this.#g(r2) : this.#_(r2), c2 = a2.push(s3) - 1;
          n3 && o2.add(c2), r2 && (i3 += t3 ?? s3);
        } finally {
          this.#a.afterEach != null && await this.#a.afterEach.call(this, e2);
        }
      };
      try {
        if (!r2) await O({
          fn: s2,
          iterations: n2,
          limit: Math.max(1, Math.floor(this.#n.threshold)),
          signal: [this.#u, this.#n.signal].filter((e3) => e3 != null),
          time: t2,
          timestampProvider: this.#f
        }), this.#l = a2.length;
        else for (; (i3 < t2 || a2.length < n2) && !this.#e; ) await s2();
      } finally {
        this.#a.afterAll != null && await this.#a.afterAll.call(this, e2);
      }
      return P(a2) ? {
        overriddenIndices: o2,
        samples: a2
      } : {};
    } catch (e3) {
      return { error: l(e3) };
    }
  }
  #h(e2, t2, n2) {
    try {
      this.#a.beforeAll && K(this.#a.beforeAll.call(this, e2), "`beforeAll` function must be sync when using `runSync()`");
      let r2 = 0, i3 = [], a2 = /* @__PURE__ */ new Set(), o2 = () => {
        if (!this.#e) try {
          this.#a.beforeEach && K(this.#a.beforeEach.call(this, e2), "`beforeEach` function must be sync when using `runSync()`");
          let { iterationCost: t3, overridden: n3, taskTime: o3 } = this.#_(true), s2 = i3.push(o3) - 1;
          n3 && a2.add(s2), r2 += t3 ?? o3;
        } finally {
          this.#a.afterEach && K(this.#a.afterEach.call(this, e2), "`afterEach` function must be sync when using `runSync()`");
        }
      };
      try {
        for (; (r2 < t2 || i3.length < n2) && !this.#e; ) o2();
      } finally {
        this.#a.afterAll && K(this.#a.afterAll.call(this, e2), "`afterAll` function must be sync when using `runSync()`");
      }
      return P(i3) ? {
        overriddenIndices: a2,
        samples: i3
      } : {};
    } catch (e3) {
      return { error: l(e3) };
    }
  }
  async #g(e2) {
    let t2 = this.#d(), n2 = await this.#i.call(this), r2 = this.#p(this.#d() - t2), i3 = e2 ? Q(n2) : void 0, a2 = Z(n2);
    return a2 === void 0 ? {
      iterationCost: i3,
      overridden: false,
      taskTime: r2
    } : {
      iterationCost: i3,
      overridden: true,
      taskTime: a2
    };
  }
  #_(e2) {
    let t2 = this.#d(), n2 = this.#i.call(this), r2 = this.#p(this.#d() - t2);
    K(n2, "task function must be sync when using `runSync()`");
    let i3 = e2 ? Q(n2) : void 0, a2 = Z(n2);
    return a2 === void 0 ? {
      iterationCost: i3,
      overridden: false,
      taskTime: r2
    } : {
      iterationCost: i3,
      overridden: true,
      taskTime: a2
    };
  }
  #v() {
    if (this.#e = true, oe.includes(this.#s.state)) {
      this.#s = J;
      let e2 = new n("abort", this);
      this.dispatchEvent(e2), this.#n.dispatchEvent(e2);
    }
  }
  #y(e2) {
    if (e2) {
      this.#s = {
        state: "errored",
        error: e2
      };
      let t2 = new n("error", this, e2);
      if (this.dispatchEvent(t2), this.#n.dispatchEvent(t2), this.#n.throws) throw e2;
    }
  }
  #b({ error: e2, latencySamples: t2, overriddenIndices: r2 }) {
    if (P(t2)) {
      this.#l = t2.length;
      let e3 = this.#n.timerOverhead;
      if (e3 !== void 0 && e3 > 0) for (let n2 = 0; n2 < t2.length; n2++) r2?.has(n2) || (t2[n2] = Math.max(0, t2[n2] - e3));
      let i4 = (r2?.size ?? 0) > 0, a2 = i4 ? t2.filter((e4, t3) => !r2?.has(t3)) : t2;
      F(t2);
      let o2 = H(t2, this.#c), s2;
      i4 ? P(a2) ? (F(a2), this.#r = W(a2), s2 = U(a2, V(a2))) : this.#r = void 0 : (this.#r = W(t2), s2 = U(t2, o2.mad));
      let c2 = o2.mean, l2 = 0, u2 = [];
      for (let e4 of t2) e4 === 0 ? u2.push(c2 === 0 ? 0 : 1e3 / c2) : (l2 += e4, u2.push(1e3 / e4));
      F(u2);
      let d2 = H(u2, this.#c);
      if (this.#s = {
        state: this.#e ? "aborted-with-statistics" : "completed",
        latency: o2,
        period: l2 / this.runs,
        throughput: d2,
        totalTime: l2
      }, s2 !== void 0) {
        let e4 = new n("warning", this, s2);
        this.dispatchEvent(e4), this.#n.dispatchEvent(e4);
      }
    } else this.#e && (this.#s = J);
    if (e2) {
      this.#s = {
        state: "errored",
        error: e2
      };
      let t3 = new n("error", this, e2);
      if (this.dispatchEvent(t3), this.#n.dispatchEvent(t3), this.#n.throws) throw e2;
    }
    let i3 = new n("cycle", this);
    this.dispatchEvent(i3), this.#n.dispatchEvent(i3), this.dispatchEvent(new n("complete", this));
  }
};
var X = (e2) => typeof e2 == "number" && Number.isFinite(e2) && e2 >= 0;
function Z(e2) {
  if (typeof e2 != "object" || !e2) return;
  let t2 = e2;
  if (!("overriddenDuration" in t2)) return;
  let n2 = t2.overriddenDuration;
  if (typeof n2 != "number") try {
    r(n2) && i(n2);
  } catch {
  }
  else return X(n2) ? n2 : void 0;
}
function Q(e2) {
  if (typeof e2 != "object" || !e2) return;
  let t2 = e2;
  try {
    if (!("overriddenIterationCost" in t2)) return;
    let e3 = t2.overriddenIterationCost;
    return typeof e3 != "number" && r(e3) && i(e3), X(e3) ? e3 : void 0;
  } catch {
    return;
  }
}
var $ = '`subtractTimerOverhead` cannot be used with `concurrency: "task"` \u2014 set `concurrency` to `null` or `"bench"`, or disable `subtractTimerOverhead`';
var ce = class extends EventTarget {
  concurrency;
  iterations;
  name;
  now;
  retainSamples;
  runtime;
  runtimeVersion;
  setup;
  signal;
  subtractTimerOverhead;
  teardown;
  threshold;
  throws;
  time;
  timerOverhead;
  timestampProvider;
  warmup;
  warmupIterations;
  warmupTime;
  get results() {
    return this.tasks.map((e2) => e2.result);
  }
  get tasks() {
    return [...this.#e.values()];
  }
  #e = /* @__PURE__ */ new Map();
  constructor(t2 = {}) {
    super();
    let { name: r2, ...i3 } = t2;
    this.name = r2, this.runtime = g, this.runtimeVersion = _, this.concurrency = i3.concurrency ?? null, this.threshold = i3.threshold ?? Infinity, this.time = i3.time ?? 1e3, this.iterations = i3.iterations ?? 64, c(i3.now === void 0 || i3.timestampProvider === void 0, "Cannot set both `now` and `timestampProvider` options"), this.timestampProvider = E(i3.now ?? i3.timestampProvider), this.now = () => this.timestampProvider.toMs(this.timestampProvider.fn()), this.warmup = i3.warmup ?? true, this.warmupIterations = i3.warmupIterations ?? 16, this.warmupTime = i3.warmupTime ?? 250, this.setup = i3.setup ?? e, this.teardown = i3.teardown ?? e, this.throws = i3.throws ?? false, i3.signal != null && (this.signal = i3.signal), this.retainSamples = i3.retainSamples === true, this.subtractTimerOverhead = i3.subtractTimerOverhead === true, c(!(this.subtractTimerOverhead && this.concurrency === "task"), $);
    let a2 = this.subtractTimerOverhead ? G(this.timestampProvider) : void 0;
    a2 != null && (this.timerOverhead = a2), this.signal && this.signal.addEventListener("abort", () => {
      this.dispatchEvent(new n("abort"));
    }, { once: true });
  }
  add(e2, t2, r2 = {}) {
    if (this.#e.has(e2)) throw Error(`Task "${e2}" already exists`);
    {
      let i3 = new Y(this, e2, t2, r2);
      this.#e.set(e2, i3), this.dispatchEvent(new n("add", i3));
    }
    return this;
  }
  getTask(e2) {
    return this.#e.get(e2);
  }
  remove(e2) {
    let t2 = this.getTask(e2);
    return t2 && (this.#e.delete(e2), this.dispatchEvent(new n("remove", t2))), this;
  }
  reset() {
    for (let e2 of this.#e.values()) e2.reset();
    this.dispatchEvent(new n("reset"));
  }
  async run() {
    c(!(this.subtractTimerOverhead && this.concurrency === "task"), $), this.warmup && await this.#t(), this.dispatchEvent(new n("start"));
    let e2 = [];
    if (this.concurrency === "bench") {
      let t2 = [];
      for (let e3 of this.#e.values()) t2.push(e3.run());
      e2 = await Promise.all(t2);
    } else for (let t2 of this.#e.values()) e2.push(await t2.run());
    return this.dispatchEvent(new n("complete")), e2;
  }
  runSync() {
    c(this.concurrency === null, "Cannot use `concurrency` option when using `runSync`"), this.warmup && this.#n();
    let e2 = [];
    this.dispatchEvent(new n("start"));
    for (let t2 of this.#e.values()) e2.push(t2.runSync());
    return this.dispatchEvent(new n("complete")), e2;
  }
  table(e2 = te) {
    return this.tasks.map(e2);
  }
  async #t() {
    if (this.dispatchEvent(new n("warmup")), this.concurrency === "bench") {
      let e2 = [];
      for (let t2 of this.#e.values()) e2.push(t2.warmup());
      await Promise.all(e2);
    } else for (let e2 of this.#e.values()) await e2.warmup();
  }
  #n() {
    this.dispatchEvent(new n("warmup"));
    for (let e2 of this.#e.values()) e2.warmupSync();
  }
};

// src/bench/warm.ts
async function latencyRound(session, feeds, settings) {
  const bench = new ce({ time: settings.latencyTimeMs, warmupTime: settings.warmupMs, retainSamples: true, throws: true });
  bench.add("run", async () => {
    await session.run(feeds);
  });
  await bench.run();
  const r2 = bench.tasks[0].result;
  if (r2.state !== "completed" || !r2.latency.samples) throw new Error("tinybench returned no samples");
  const samples = r2.latency.samples;
  return { p50: quantile(samples, 0.5), p95: quantile(samples, 0.95), iterations: samples.length };
}

// src/bench/bench.ts
var COLD_METRICS = ["load-time", "first-inference", "peak-rss"];
var WARM_METRICS = ["latency-p50", "latency-p95"];
var TIMING_METRICS = [...COLD_METRICS, ...WARM_METRICS];
var groupOf = (metric) => COLD_METRICS.includes(metric) ? "cold" : "warm";
var COLD_SHARE = 0.5;
var MAX_PAIRS = 2e3;
async function benchPair(subjects, settings, settled, groups = ["cold", "warm"]) {
  const result = { metrics: {}, phases: [] };
  const budgetMs = settings.budgetSeconds * 1e3;
  const start = performance.now();
  if (groups.includes("cold")) {
    const share = groups.includes("warm") ? COLD_SHARE : 1;
    const cold = await measureCold(subjects, settings, settled, budgetMs * share);
    Object.assign(result.metrics, cold.metrics);
    result.phases = cold.phases;
  }
  if (groups.includes("warm")) {
    const warm = await measureWarm(subjects, settings, settled, budgetMs - (performance.now() - start));
    Object.assign(result.metrics, warm);
  }
  return result;
}
function withRemeasure(first, again, metrics) {
  const merged = { metrics: { ...first.metrics }, phases: first.phases };
  for (const metric of metrics) merged.metrics[metric] = [...first.metrics[metric] ?? [], ...again.metrics[metric] ?? []];
  return merged;
}
var sidesOf = (subjects) => subjects.baseline ? ["baseline", "candidate"] : ["candidate"];
var subjectOf = (subjects, side) => side === "baseline" ? subjects.baseline : subjects.candidate;
var orderOf = (i3, sides) => i3 % 2 === 0 ? sides : [...sides].reverse();
var COLD_VALUE = {
  "load-time": (s2) => s2.unpack.wallMs + s2.session.wallMs,
  "first-inference": (s2) => s2.firstRun.wallMs,
  "peak-rss": (s2) => s2.firstRun.peakRssBytes
};
async function measureCold(subjects, settings, settled, budgetMs) {
  const sides = sidesOf(subjects);
  const job = (side) => {
    const s2 = subjectOf(subjects, side);
    const { intraOpThreads, interOpThreads } = settings;
    return { model: s2.model, threads: { intraOpThreads, interOpThreads }, inputs: [...s2.inputs.values()], label: s2.label };
  };
  const samples = { baseline: [], candidate: [] };
  const series = (metric) => ({ baseline: samples.baseline.map(COLD_VALUE[metric]), candidate: samples.candidate.map(COLD_VALUE[metric]) });
  for (const side of sides) await coldSample(job(side));
  const sampling = await samplePairs(
    { minPairs: settings.loadSamples, maxPairs: MAX_PAIRS, budgetMs },
    async (i3) => {
      for (const side of orderOf(i3, sides)) samples[side].push(await coldSample(job(side)));
    },
    () => COLD_METRICS.every((m2) => settled(m2, series(m2)))
  );
  const metrics = Object.fromEntries(COLD_METRICS.map((m2) => [m2, [{ series: series(m2), sampling }]]));
  const medianPhase = (list, phase) => ({
    wallMs: median(list.map((s2) => s2[phase].wallMs)),
    cpuMs: median(list.map((s2) => s2[phase].cpuMs)),
    peakRssBytes: median(list.map((s2) => s2[phase].peakRssBytes))
  });
  const phases = PHASES.map((phase) => ({
    phase,
    baseline: subjects.baseline ? medianPhase(samples.baseline, phase) : null,
    candidate: medianPhase(samples.candidate, phase)
  }));
  return { metrics, phases };
}
async function measureWarm(subjects, settings, settled, budgetMs) {
  const sides = sidesOf(subjects);
  const loaded2 = /* @__PURE__ */ new Map();
  try {
    for (const side of sides) loaded2.set(side, await loadPackedModel(subjectOf(subjects, side).model));
    return await warmRounds(subjects, settings, settled, budgetMs, loaded2);
  } finally {
    for (const l2 of loaded2.values()) await l2.dispose();
  }
}
async function warmRounds(subjects, settings, settled, budgetMs, loaded2) {
  const sides = sidesOf(subjects);
  const feeds = new Map(sides.map((side) => [side, toFeeds(subjectOf(subjects, side).inputs)]));
  const rounds = { baseline: [], candidate: [] };
  const series = (key) => ({ baseline: rounds.baseline.map((r2) => r2[key]), candidate: rounds.candidate.map((r2) => r2[key]) });
  const round = async (i3) => {
    const order = orderOf(i3, sides);
    const sessions = /* @__PURE__ */ new Map();
    try {
      for (const side of order) sessions.set(side, await createSession(loaded2.get(side).source, settings, subjectOf(subjects, side).label));
      for (const side of order) rounds[side].push(await latencyRound(sessions.get(side), feeds.get(side), settings));
    } finally {
      for (const session of sessions.values()) await session.release();
    }
  };
  const sampling = await samplePairs(
    { minPairs: settings.latencyRounds, maxPairs: MAX_PAIRS, budgetMs },
    round,
    () => WARM_METRICS.every((m2) => settled(m2, series(m2 === "latency-p50" ? "p50" : "p95")))
  );
  return { "latency-p50": [{ series: series("p50"), sampling }], "latency-p95": [{ series: series("p95"), sampling }] };
}

// src/baseline/local.ts
import { lstat as lstat3 } from "node:fs/promises";

// src/pack/manifest.ts
import { readFile } from "node:fs/promises";
import { basename as basename2, join as join4 } from "node:path";
var MANIFEST_FILE = "manifest.json";
var MANIFEST_SCHEMA = "model-gate/manifest";
var MANIFEST_VERSION = 2;
var READABLE_VERSIONS = [1, 2];
var CODEC_EXTENSION = { zstd: ".zst", "onnx-planes": ".planes" };
var VARIANT_NAMES = ["original", "fp16", "int8"];
function modelNameOf(path) {
  return basename2(path).replace(/\.onnx$/i, "");
}
function packedFileName(model, codec, location) {
  return `${model}${location === void 0 ? ".onnx" : `.${location}`}${CODEC_EXTENSION[codec]}`;
}
function isPackedFileName(path) {
  return /\.onnx\.(zst|planes)$/.test(path);
}
function totalPackedBytes(m2) {
  return m2.packed.bytes + (m2.externalData ?? []).reduce((n2, e2) => n2 + e2.packed.bytes, 0);
}
async function readManifest(dir) {
  const path = join4(dir, MANIFEST_FILE);
  let text2;
  try {
    text2 = await readFile(path, "utf8");
  } catch {
    throw new InputError(`${path}: manifest not found (a pack folder holds manifest.json and the packed models)`);
  }
  let data;
  try {
    data = JSON.parse(text2);
  } catch (error) {
    throw new InputError(`${path}: not valid JSON (${error.message})`);
  }
  return validateManifest(data, path);
}
function validateManifest(data, path) {
  const fail = (what) => {
    throw new InputError(`${path}: ${what}`);
  };
  if (!isObject(data)) return fail("manifest is not a JSON object");
  if (data.schema !== MANIFEST_SCHEMA) fail(`"schema" must be "${MANIFEST_SCHEMA}"`);
  if (!READABLE_VERSIONS.includes(data.schemaVersion)) {
    fail(`"schemaVersion" ${JSON.stringify(data.schemaVersion)} is not supported (this model-gate reads ${READABLE_VERSIONS.join(" and ")})`);
  }
  if (!Array.isArray(data.models)) return fail('"models" must be an array');
  const names = /* @__PURE__ */ new Set();
  const files = /* @__PURE__ */ new Set();
  const restored = /* @__PURE__ */ new Set();
  const claim = (set2, name, at2, what) => {
    if (set2.has(name)) fail(`${at2}: ${what} "${name}" appears twice in the pack`);
    set2.add(name);
  };
  data.models.forEach((m2, i3) => {
    const at2 = `models[${i3}]`;
    if (!isObject(m2)) return fail(`${at2} is not an object`);
    if (typeof m2.name !== "string" || !isBareFileName(m2.name) || m2.name.startsWith(".")) fail(`${at2}.name must be a plain file name`);
    if (names.has(m2.name)) fail(`${at2}.name "${m2.name}" appears twice`);
    names.add(m2.name);
    claim(restored, `${m2.name}.onnx`, at2, "restored file");
    checkBlob(m2, at2, data.schemaVersion, fail);
    claim(files, m2.file, at2, "packed file");
    if (!Number.isInteger(m2.level)) fail(`${at2}.level must be an integer`);
    if (!isObject(m2.onnx) || !Array.isArray(m2.onnx.inputs) || !Array.isArray(m2.onnx.outputs)) {
      fail(`${at2}.onnx must describe the model's inputs and outputs`);
    }
    if (m2.variant !== void 0) {
      const v2 = m2.variant;
      if (!isObject(v2) || !VARIANT_NAMES.includes(v2.name)) fail(`${at2}.variant.name must be one of ${VARIANT_NAMES.join(", ")}`);
      checkDigest(v2.original, `${at2}.variant.original`, fail);
    }
    if (m2.externalData === void 0) return;
    if (data.schemaVersion === 1 || !Array.isArray(m2.externalData)) return fail(`${at2}.externalData must be an array (schema version 2)`);
    m2.externalData.forEach((e2, j2) => {
      const eat = `${at2}.externalData[${j2}]`;
      if (!isObject(e2)) return fail(`${eat} is not an object`);
      if (typeof e2.location !== "string" || !isBareFileName(e2.location)) fail(`${eat}.location must be a bare file name`);
      claim(restored, e2.location, eat, "restored file");
      checkBlob(e2, eat, 2, fail);
      claim(files, e2.file, eat, "packed file");
    });
  });
  return data;
}
function checkBlob(b3, at2, version, fail) {
  const codecs = version === 1 ? ["zstd"] : ["zstd", "onnx-planes"];
  if (!codecs.includes(b3.codec)) fail(`${at2}.codec ${JSON.stringify(b3.codec)} is not supported (expected ${codecs.join(" or ")})`);
  const extension = CODEC_EXTENSION[b3.codec];
  if (typeof b3.file !== "string" || !isBareFileName(b3.file) || b3.file.startsWith(".") || !b3.file.endsWith(extension)) {
    fail(`${at2}.file must be a plain file name ending in ${extension}`);
  }
  checkDigest(b3.raw, `${at2}.raw`, fail);
  checkDigest(b3.packed, `${at2}.packed`, fail);
}
function checkDigest(value2, at2, fail) {
  if (!isObject(value2)) return fail(`${at2} must be an object with bytes and sha256`);
  if (!Number.isSafeInteger(value2.bytes) || value2.bytes < 0) fail(`${at2}.bytes must be a non-negative integer`);
  if (typeof value2.sha256 !== "string" || !/^[0-9a-f]{64}$/.test(value2.sha256)) {
    fail(`${at2}.sha256 must be 64 lowercase hex digits`);
  }
}
function isObject(value2) {
  return typeof value2 === "object" && value2 !== null && !Array.isArray(value2);
}
function packedModels(dir, manifest) {
  return manifest.models.map((entry) => ({ entry, path: join4(dir, entry.file) }));
}

// src/baseline/local.ts
async function resolveLocalBaseline(dir, label, noneNote) {
  if (dir === null) return { kind: "none", source: label ?? null, note: noneNote ?? "no baseline was given" };
  const exists = await lstat3(dir).then(
    () => true,
    () => false
  );
  if (!exists) return { kind: "none", source: dir, note: `baseline folder ${dir} does not exist (first release?)` };
  await requireDirectory(dir, "baseline folder");
  const manifest = await readManifest(dir);
  if (manifest.models.length === 0) return { kind: "none", source: dir, note: `baseline ${dir}/${MANIFEST_FILE} lists no models` };
  return { kind: "found", source: label ?? dir, manifest, models: packedModels(dir, manifest) };
}

// src/compare/metrics.ts
var METRICS = {
  "packed-size": { id: "packed-size", label: "packed size", unit: "bytes", worse: "higher", timing: false, defaults: { warn: "+5%", fail: "+25%" } },
  // Timing defaults, from the calibration (`npm run bench:verdicts`, README methodology) on a shared 2-core runner:
  // each fail level is at least twice the widest 95% interval end an unchanged model (A/A) reached, quiet or beside a
  // CPU hog, and each warn level lies above it, so an unchanged model settles to a pass instead of sampling to the
  // budget. They are judged on the interval: +10% fails only when the whole interval is above +10%, twice in a row.
  "load-time": { id: "load-time", label: "load time", unit: "ms", worse: "higher", timing: true, defaults: { warn: "+15%", fail: "+25%" } },
  "first-inference": { id: "first-inference", label: "first inference", unit: "ms", worse: "higher", timing: true, defaults: { warn: "+15%", fail: "+30%" } },
  "latency-p50": { id: "latency-p50", label: "latency p50", unit: "ms", worse: "higher", timing: true, defaults: { warn: "+5%", fail: "+10%" } },
  "latency-p95": { id: "latency-p95", label: "latency p95", unit: "ms", worse: "higher", timing: true, defaults: { warn: "+10%", fail: "+20%" } },
  // Peak RSS varies by well under 1% between identical loads; these levels are a policy (a model that needs 10% more
  // memory to load should be a decision), not a noise floor.
  "peak-rss": { id: "peak-rss", label: "peak RSS (load)", unit: "bytes", worse: "higher", timing: true, defaults: { warn: "+5%", fail: "+10%" } },
  accuracy: { id: "accuracy", label: "top-1 accuracy", unit: "share", worse: "lower", timing: false, defaults: { warn: "-0.005", fail: "-0.01" } },
  mae: { id: "mae", label: "MAE", unit: "value", worse: "higher", timing: false, defaults: { warn: "+2%", fail: "+5%" } },
  rmse: { id: "rmse", label: "RMSE", unit: "value", worse: "higher", timing: false, defaults: { warn: "+2%", fail: "+5%" } },
  "reference-agreement": {
    id: "reference-agreement",
    label: "reference agreement",
    unit: "share",
    worse: "lower",
    timing: false,
    // Off by default: reference outputs are what the *previous* model produced, so any retrained candidate departs
    // from them. Set it when the candidate must reproduce them (re-export, graph optimisation, lossless repacking).
    defaults: { warn: null, fail: null }
  }
};
var METRIC_IDS = Object.keys(METRICS);
function isMetricId(value2) {
  return Object.hasOwn(METRICS, value2);
}

// src/compare/timing.ts
var trusted = (ratio) => ratio.confidence >= CONFIDENCE - 1e-12;
function excess(t2, ratio, baselineMedian) {
  const worsening2 = t2.kind === "relative" ? ratio - 1 : (ratio - 1) * baselineMedian;
  return worsening2 - t2.amount;
}
function judgeTiming(series, pair) {
  const ratio = pairedRatio(series.baseline, series.candidate);
  const base = median(series.baseline);
  const beyond = (t2, r2) => t2 !== null && excess(t2, r2, base) > 0;
  if (trusted(ratio) && beyond(pair.fail, ratio.low)) return { status: "fail", ratio, note: null };
  if (trusted(ratio) && beyond(pair.warn, ratio.low)) return { status: "warn", ratio, note: null };
  if (beyond(pair.fail, ratio.estimate)) {
    const why = trusted(ratio) ? `the ${pct(ratio.confidence)} interval reaches back inside it` : `${series.candidate.length} pairs are too few for a 95% interval`;
    return { status: "warn", ratio, note: `beyond the fail level, but ${why}: inconclusive` };
  }
  return { status: "pass", ratio, note: null };
}
function timingSettled(series, pair) {
  if (series.baseline.length === 0) return true;
  const ratio = pairedRatio(series.baseline, series.candidate);
  if (!trusted(ratio)) return false;
  const base = median(series.baseline);
  const clear = (t2) => t2 === null || excess(t2, ratio.low, base) > 0 || excess(t2, ratio.high, base) <= 0;
  return clear(pair.warn) && clear(pair.fail);
}
function failingTimings(bench, thresholds) {
  return Object.keys(bench.metrics).filter((metric) => {
    const latest = bench.metrics[metric]?.at(-1);
    return latest !== void 0 && latest.series.baseline.length > 0 && judgeTiming(latest.series, thresholds[metric]).status === "fail";
  });
}
var pct = (share) => `${Math.round(share * 100)}%`;

// src/compare/compare.ts
function compareModel(m2, thresholds) {
  const has = m2.baseline !== null;
  const checks = [];
  const add = (metric, baseline, candidate, extra = {}) => checks.push(deterministicCheck(metric, has ? baseline : null, candidate, thresholds[metric], extra));
  add("packed-size", m2.baseline ? totalPackedBytes(m2.baseline) : null, totalPackedBytes(m2.candidate));
  if (m2.bench) {
    for (const metric of TIMING_METRICS) checks.push(timingCheck(metric, m2.bench.metrics[metric] ?? [], thresholds[metric], has));
  }
  const e2 = m2.eval;
  if (!e2) {
    add("accuracy", null, null, { status: "skipped", note: m2.evalSkipped ?? "no eval data given" });
  } else {
    const c2 = e2.candidate ?? e2.baseline;
    const base = e2.candidate ? e2.baseline : null;
    if (e2.task === "classification") add("accuracy", base?.accuracy ?? null, c2.accuracy);
    else if (e2.task === "regression") {
      add("mae", base?.mae ?? null, c2.mae);
      add("rmse", base?.rmse ?? null, c2.rmse);
    } else add("accuracy", null, null, { status: "skipped", note: "the eval data has no labels" });
    if (c2.referenceAgreement !== null) add("reference-agreement", base?.referenceAgreement ?? null, c2.referenceAgreement);
  }
  const verdict = has ? worst(checks.map((c2) => c2.status)) : "no-baseline";
  return { name: m2.name, verdict, baseline: m2.baseline, candidate: m2.candidate, checks, eval: m2.eval, phases: m2.bench?.phases ?? null };
}
function overallVerdict(models) {
  if (models.length === 0 || models.every((m2) => m2.verdict === "no-baseline")) return "no-baseline";
  return worst(models.flatMap((m2) => m2.verdict === "no-baseline" ? [] : [m2.verdict]));
}
function worst(statuses) {
  if (statuses.includes("fail")) return "fail";
  if (statuses.includes("warn")) return "warn";
  return "pass";
}
function thresholdText(pair) {
  return { warn: pair.warn?.text ?? null, fail: pair.fail?.text ?? null };
}
function worsening(metric, change2, t2) {
  const sign = METRICS[metric].worse === "higher" ? 1 : -1;
  if (t2.kind === "absolute") return sign * change2.absolute;
  if (change2.relative === null) return sign * change2.absolute > 0 ? Number.POSITIVE_INFINITY : 0;
  return sign * change2.relative;
}
function deterministicCheck(metric, baseline, candidate, pair, extra) {
  const check = { ...emptyCheck(metric, pair), baseline, candidate, ...extra };
  if (extra.status) return check;
  if (candidate === null || baseline === null) {
    check.note = baseline === null && candidate !== null ? "no baseline to compare with" : "not measured";
    return check;
  }
  check.change = changeOf(baseline, candidate, null);
  const beyond = (t2) => t2 !== null && worsening(metric, check.change, t2) > t2.amount + 1e-12;
  check.status = beyond(pair.fail) ? "fail" : beyond(pair.warn) ? "warn" : "pass";
  return check;
}
function emptyCheck(metric, pair) {
  const none = { baseline: null, candidate: null, change: null, note: null, samples: null, sampling: null, firstAttempt: null };
  return { metric, ...none, threshold: thresholdText(pair), status: "skipped" };
}
function timingCheck(metric, attempts, pair, hasBaseline) {
  const check = emptyCheck(metric, pair);
  const latest = attempts.at(-1);
  if (!latest) {
    check.note = "not measured";
    return check;
  }
  const { series, sampling } = latest;
  check.candidate = median(series.candidate);
  check.samples = { baseline: series.baseline.length, candidate: series.candidate.length };
  check.sampling = sampling;
  if (!hasBaseline) {
    check.note = "no baseline to compare with";
    return check;
  }
  const judged = attempts.map((a2) => {
    const judgement = judgeTiming(a2.series, pair);
    return { ...judgement, change: timingChange(a2, judgement.ratio) };
  });
  const last = judged.at(-1);
  check.baseline = median(series.baseline);
  check.change = last.change;
  check.status = last.status;
  check.note = last.note;
  const first = judged[0];
  if (judged.length > 1) {
    check.firstAttempt = { status: first.status, change: first.change };
    const was = `failed at first (${intervalText(first.change)})`;
    check.note = last.status === "fail" ? `${was} and again when re-measured with fresh samples` : `${was}, not confirmed when re-measured with fresh samples${last.note ? `; ${last.note}` : ""}`;
  }
  return check;
}
function timingChange(attempt, ratio) {
  const base = median(attempt.series.baseline);
  return {
    absolute: median(attempt.series.candidate) - base,
    relative: ratio.estimate - 1,
    interval: { low: ratio.low - 1, high: ratio.high - 1, confidence: ratio.confidence }
  };
}
var percent = (share) => `${share >= 0 ? "+" : "\u2212"}${Math.abs(share * 100).toFixed(1)}%`;
var intervalText = (c2) => c2.interval ? `${percent(c2.interval.low)} \u2026 ${percent(c2.interval.high)}` : "";
function changeOf(baseline, candidate, interval) {
  return { absolute: candidate - baseline, relative: baseline === 0 ? null : (candidate - baseline) / baseline, interval };
}

// src/eval/data.ts
import { lstat as lstat4, readFile as readFile2, readdir } from "node:fs/promises";
import { basename as basename3, join as join5 } from "node:path";

// node_modules/fflate/esm/index.mjs
import { createRequire as createRequire3 } from "module";
var require2 = createRequire3("/");
var _a;
var Worker2;
var isMarkedAsUntransferable;
try {
  _a = require2("worker_threads"), Worker2 = _a.Worker, isMarkedAsUntransferable = _a.isMarkedAsUntransferable;
} catch (e2) {
}
var u8 = Uint8Array;
var u16 = Uint16Array;
var i322 = Int32Array;
var fleb = new u8([
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  1,
  1,
  1,
  1,
  2,
  2,
  2,
  2,
  3,
  3,
  3,
  3,
  4,
  4,
  4,
  4,
  5,
  5,
  5,
  5,
  0,
  /* unused */
  0,
  0,
  /* impossible */
  0
]);
var fdeb = new u8([
  0,
  0,
  0,
  0,
  1,
  1,
  2,
  2,
  3,
  3,
  4,
  4,
  5,
  5,
  6,
  6,
  7,
  7,
  8,
  8,
  9,
  9,
  10,
  10,
  11,
  11,
  12,
  12,
  13,
  13,
  /* unused */
  0,
  0
]);
var clim = new u8([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]);
var freb = function(eb, start) {
  var b3 = new u16(31);
  for (var i3 = 0; i3 < 31; ++i3) {
    b3[i3] = start += 1 << eb[i3 - 1];
  }
  var r2 = new i322(b3[30]);
  for (var i3 = 1; i3 < 30; ++i3) {
    for (var j2 = b3[i3]; j2 < b3[i3 + 1]; ++j2) {
      r2[j2] = j2 - b3[i3] << 5 | i3;
    }
  }
  return { b: b3, r: r2 };
};
var _a = freb(fleb, 2);
var fl = _a.b;
var revfl = _a.r;
fl[28] = 258, revfl[258] = 28;
var _b = freb(fdeb, 0);
var fd = _b.b;
var revfd = _b.r;
var rev = new u16(32768);
for (i2 = 0; i2 < 32768; ++i2) {
  x = (i2 & 43690) >> 1 | (i2 & 21845) << 1;
  x = (x & 52428) >> 2 | (x & 13107) << 2;
  x = (x & 61680) >> 4 | (x & 3855) << 4;
  rev[i2] = ((x & 65280) >> 8 | (x & 255) << 8) >> 1;
}
var x;
var i2;
var hMap = (function(cd, mb, r2) {
  var s2 = cd.length;
  var i3 = 0;
  var l2 = new u16(mb);
  for (; i3 < s2; ++i3) {
    if (cd[i3])
      ++l2[cd[i3] - 1];
  }
  var le = new u16(mb);
  for (i3 = 1; i3 < mb; ++i3) {
    le[i3] = le[i3 - 1] + l2[i3 - 1] << 1;
  }
  var co;
  if (r2) {
    co = new u16(1 << mb);
    var rvb = 15 - mb;
    for (i3 = 0; i3 < s2; ++i3) {
      if (cd[i3]) {
        var sv = i3 << 4 | cd[i3];
        var r_1 = mb - cd[i3];
        var v2 = le[cd[i3] - 1]++ << r_1;
        for (var m2 = v2 | (1 << r_1) - 1; v2 <= m2; ++v2) {
          co[rev[v2] >> rvb] = sv;
        }
      }
    }
  } else {
    co = new u16(s2);
    for (i3 = 0; i3 < s2; ++i3) {
      if (cd[i3]) {
        co[i3] = rev[le[cd[i3] - 1]++] >> 15 - cd[i3];
      }
    }
  }
  return co;
});
var flt = new u8(288);
for (i2 = 0; i2 < 144; ++i2)
  flt[i2] = 8;
var i2;
for (i2 = 144; i2 < 256; ++i2)
  flt[i2] = 9;
var i2;
for (i2 = 256; i2 < 280; ++i2)
  flt[i2] = 7;
var i2;
for (i2 = 280; i2 < 288; ++i2)
  flt[i2] = 8;
var i2;
var fdt = new u8(32);
for (i2 = 0; i2 < 32; ++i2)
  fdt[i2] = 5;
var i2;
var flrm = /* @__PURE__ */ hMap(flt, 9, 1);
var fdrm = /* @__PURE__ */ hMap(fdt, 5, 1);
var max = function(a2) {
  var m2 = a2[0];
  for (var i3 = 1; i3 < a2.length; ++i3) {
    if (a2[i3] > m2)
      m2 = a2[i3];
  }
  return m2;
};
var bits = function(d2, p2, m2) {
  var o2 = p2 / 8 | 0;
  return (d2[o2] | d2[o2 + 1] << 8) >> (p2 & 7) & m2;
};
var bits16 = function(d2, p2) {
  var o2 = p2 / 8 | 0;
  return (d2[o2] | d2[o2 + 1] << 8 | d2[o2 + 2] << 16) >> (p2 & 7);
};
var shft = function(p2) {
  return (p2 + 7) / 8 | 0;
};
var slc = function(v2, s2, e2) {
  if (s2 == null || s2 < 0)
    s2 = 0;
  if (e2 == null || e2 > v2.length)
    e2 = v2.length;
  return new u8(v2.subarray(s2, e2));
};
var ec = [
  "unexpected EOF",
  "invalid block type",
  "invalid length/literal",
  "invalid distance",
  "stream finished",
  "no stream handler",
  ,
  // determined by compression function
  "no callback",
  "invalid UTF-8 data",
  "extra field too long",
  "date not in range 1980-2099",
  "filename too long",
  "stream finishing",
  "invalid zip data"
  // determined by unknown compression method
];
var err = function(ind, msg, nt) {
  var e2 = new Error(msg || ec[ind]);
  e2.code = ind;
  if (Error.captureStackTrace)
    Error.captureStackTrace(e2, err);
  if (!nt)
    throw e2;
  return e2;
};
var inflt = function(dat, st, buf, dict) {
  var sl = dat.length, dl = dict ? dict.length : 0;
  if (!sl || st.f && !st.l)
    return buf || new u8(0);
  var noBuf = !buf;
  var resize = noBuf || st.i != 2;
  var noSt = st.i;
  if (noBuf)
    buf = new u8(sl * 3);
  var cbuf = function(l3) {
    var bl = buf.length;
    if (l3 > bl) {
      var nbuf = new u8(Math.max(bl * 2, l3));
      nbuf.set(buf);
      buf = nbuf;
    }
  };
  var final = st.f || 0, pos = st.p || 0, bt = st.b || 0, lm = st.l, dm = st.d, lbt = st.m, dbt = st.n;
  var tbts = sl * 8;
  do {
    if (!lm) {
      final = bits(dat, pos, 1);
      var type2 = bits(dat, pos + 1, 3);
      pos += 3;
      if (!type2) {
        var s2 = shft(pos) + 4, l2 = dat[s2 - 4] | dat[s2 - 3] << 8, t2 = s2 + l2;
        if (t2 > sl) {
          if (noSt)
            err(0);
          break;
        }
        if (resize)
          cbuf(bt + l2);
        buf.set(dat.subarray(s2, t2), bt);
        st.b = bt += l2, st.p = pos = t2 * 8, st.f = final;
        continue;
      } else if (type2 == 1)
        lm = flrm, dm = fdrm, lbt = 9, dbt = 5;
      else if (type2 == 2) {
        var hLit = bits(dat, pos, 31) + 257, hcLen = bits(dat, pos + 10, 15) + 4;
        var tl = hLit + bits(dat, pos + 5, 31) + 1;
        pos += 14;
        var ldt = new u8(tl);
        var clt = new u8(19);
        for (var i3 = 0; i3 < hcLen; ++i3) {
          clt[clim[i3]] = bits(dat, pos + i3 * 3, 7);
        }
        pos += hcLen * 3;
        var clb = max(clt), clbmsk = (1 << clb) - 1;
        var clm = hMap(clt, clb, 1);
        for (var i3 = 0; i3 < tl; ) {
          var r2 = clm[bits(dat, pos, clbmsk)];
          pos += r2 & 15;
          var s2 = r2 >> 4;
          if (s2 < 16) {
            ldt[i3++] = s2;
          } else {
            var c2 = 0, n2 = 0;
            if (s2 == 16)
              n2 = 3 + bits(dat, pos, 3), pos += 2, c2 = ldt[i3 - 1];
            else if (s2 == 17)
              n2 = 3 + bits(dat, pos, 7), pos += 3;
            else if (s2 == 18)
              n2 = 11 + bits(dat, pos, 127), pos += 7;
            while (n2--)
              ldt[i3++] = c2;
          }
        }
        var lt = ldt.subarray(0, hLit), dt = ldt.subarray(hLit);
        lbt = max(lt);
        dbt = max(dt);
        lm = hMap(lt, lbt, 1);
        dm = hMap(dt, dbt, 1);
      } else
        err(1);
      if (pos > tbts) {
        if (noSt)
          err(0);
        break;
      }
    }
    if (resize)
      cbuf(bt + 131072);
    var lms = (1 << lbt) - 1, dms = (1 << dbt) - 1;
    var lpos = pos;
    for (; ; lpos = pos) {
      var c2 = lm[bits16(dat, pos) & lms], sym = c2 >> 4;
      pos += c2 & 15;
      if (pos > tbts) {
        if (noSt)
          err(0);
        break;
      }
      if (!c2)
        err(2);
      if (sym < 256)
        buf[bt++] = sym;
      else if (sym == 256) {
        lpos = pos, lm = null;
        break;
      } else {
        var add = sym - 254;
        if (sym > 264) {
          var i3 = sym - 257, b3 = fleb[i3];
          add = bits(dat, pos, (1 << b3) - 1) + fl[i3];
          pos += b3;
        }
        var d2 = dm[bits16(dat, pos) & dms], dsym = d2 >> 4;
        if (!d2)
          err(3);
        pos += d2 & 15;
        var dt = fd[dsym];
        if (dsym > 3) {
          var b3 = fdeb[dsym];
          dt += bits16(dat, pos) & (1 << b3) - 1, pos += b3;
        }
        if (pos > tbts) {
          if (noSt)
            err(0);
          break;
        }
        if (resize)
          cbuf(bt + 131072);
        var end = bt + add;
        if (bt < dt) {
          var shift = dl - dt, dend = Math.min(dt, end);
          if (shift + bt < 0)
            err(3);
          for (; bt < dend; ++bt)
            buf[bt] = dict[shift + bt];
        }
        for (; bt < end; ++bt)
          buf[bt] = buf[bt - dt];
      }
    }
    st.l = lm, st.p = lpos, st.b = bt, st.f = final;
    if (lm)
      final = 1, st.m = lbt, st.d = dm, st.n = dbt;
  } while (!final);
  return bt != buf.length && noBuf ? slc(buf, 0, bt) : buf.subarray(0, bt);
};
var et = /* @__PURE__ */ new u8(0);
var b2 = function(d2, b3) {
  return d2[b3] | d2[b3 + 1] << 8;
};
var b4 = function(d2, b3) {
  return (d2[b3] | d2[b3 + 1] << 8 | d2[b3 + 2] << 16 | d2[b3 + 3] << 24) >>> 0;
};
var b8 = function(d2, b3) {
  return b4(d2, b3) + b4(d2, b3 + 4) * 4294967296;
};
function inflateSync(data, opts) {
  return inflt(data, { i: 2 }, opts && opts.out, opts && opts.dictionary);
}
var td = typeof TextDecoder != "undefined" && /* @__PURE__ */ new TextDecoder();
var tds = 0;
try {
  td.decode(et, { stream: true });
  tds = 1;
} catch (e2) {
}
var dutf8 = function(d2) {
  for (var r2 = "", i3 = 0; ; ) {
    var c2 = d2[i3++];
    var eb = (c2 > 127) + (c2 > 223) + (c2 > 239);
    if (i3 + eb > d2.length)
      return { s: r2, r: slc(d2, i3 - 1) };
    if (!eb)
      r2 += String.fromCharCode(c2);
    else if (eb == 3) {
      c2 = ((c2 & 15) << 18 | (d2[i3++] & 63) << 12 | (d2[i3++] & 63) << 6 | d2[i3++] & 63) - 65536, r2 += String.fromCharCode(55296 | c2 >> 10, 56320 | c2 & 1023);
    } else if (eb & 1)
      r2 += String.fromCharCode((c2 & 31) << 6 | d2[i3++] & 63);
    else
      r2 += String.fromCharCode((c2 & 15) << 12 | (d2[i3++] & 63) << 6 | d2[i3++] & 63);
  }
};
function strFromU8(dat, latin1) {
  if (latin1) {
    var r2 = "";
    for (var i3 = 0; i3 < dat.length; i3 += 16384)
      r2 += String.fromCharCode.apply(null, dat.subarray(i3, i3 + 16384));
    return r2;
  } else if (td) {
    return td.decode(dat);
  } else {
    var _a2 = dutf8(dat), s2 = _a2.s, r2 = _a2.r;
    if (r2.length)
      err(8);
    return s2;
  }
}
var slzh = function(d2, b3) {
  return b3 + 30 + b2(d2, b3 + 26) + b2(d2, b3 + 28);
};
var zh = function(d2, b3, z2) {
  var fnl = b2(d2, b3 + 28), efl = b2(d2, b3 + 30), fn = strFromU8(d2.subarray(b3 + 46, b3 + 46 + fnl), !(b2(d2, b3 + 8) & 2048)), es = b3 + 46 + fnl;
  var _a2 = z64hs(d2, es, efl, z2, b4(d2, b3 + 20), b4(d2, b3 + 24), b4(d2, b3 + 42)), sc = _a2[0], su = _a2[1], off = _a2[2];
  return [b2(d2, b3 + 10), sc, su, fn, es + efl + b2(d2, b3 + 32), off];
};
var z64hs = function(d2, b3, l2, z2, sc, su, off) {
  var nsc = sc == 4294967295, nsu = su == 4294967295, noff = off == 4294967295, e2 = b3 + l2;
  var nf = nsc + nsu + noff;
  if (z2 && nf) {
    for (; b3 + 4 < e2; b3 += 4 + b2(d2, b3 + 2)) {
      if (b2(d2, b3) == 1) {
        return [
          nsc ? b8(d2, b3 + 4 + 8 * nsu) : sc,
          nsu ? b8(d2, b3 + 4) : su,
          noff ? b8(d2, b3 + 4 + 8 * (nsu + nsc)) : off,
          1
        ];
      }
    }
    if (z2 < 2)
      err(13);
  }
  return [sc, su, off, 0];
};
function unzipSync(data, opts) {
  var files = {};
  var e2 = data.length - 22;
  for (; b4(data, e2) != 101010256; --e2) {
    if (!e2 || data.length - e2 > 65558)
      err(13);
  }
  ;
  var c2 = b2(data, e2 + 8);
  if (!c2)
    return {};
  var o2 = b4(data, e2 + 16);
  var z2 = b4(data, e2 - 20) == 117853008;
  if (z2) {
    var ze = b4(data, e2 - 12);
    z2 = b4(data, ze) == 101075792;
    if (z2) {
      c2 = b4(data, ze + 32);
      o2 = b4(data, ze + 48);
    }
  }
  var fltr = opts && opts.filter;
  for (var i3 = 0; i3 < c2; ++i3) {
    var _a2 = zh(data, o2, z2), c_2 = _a2[0], sc = _a2[1], su = _a2[2], fn = _a2[3], no = _a2[4], off = _a2[5], b3 = slzh(data, off);
    o2 = no;
    if (!fltr || fltr({
      name: fn,
      size: sc,
      originalSize: su,
      compression: c_2
    })) {
      if (!c_2)
        files[fn] = slc(data, b3, b3 + sc);
      else if (c_2 == 8)
        files[fn] = inflateSync(data.subarray(b3, b3 + sc), { out: new u8(su) });
      else
        err(14, "unknown compression type " + c_2);
    }
  }
  return files;
}

// src/eval/npy.ts
var MAGIC2 = [147, 78, 85, 77, 80, 89];
var DTYPES = {
  f2: { elemType: "float16", ctor: Uint16Array },
  f4: { elemType: "float32", ctor: Float32Array },
  f8: { elemType: "float64", ctor: Float64Array },
  i1: { elemType: "int8", ctor: Int8Array },
  u1: { elemType: "uint8", ctor: Uint8Array },
  i2: { elemType: "int16", ctor: Int16Array },
  u2: { elemType: "uint16", ctor: Uint16Array },
  i4: { elemType: "int32", ctor: Int32Array },
  u4: { elemType: "uint32", ctor: Uint32Array },
  i8: { elemType: "int64", ctor: BigInt64Array },
  u8: { elemType: "uint64", ctor: BigUint64Array },
  b1: { elemType: "bool", ctor: Uint8Array }
};
function parseNpy(bytes2, file, name = "") {
  const fail = (detail) => {
    throw new InputError(`${file}: ${detail}`);
  };
  if (bytes2.length < 10 || !MAGIC2.every((m2, i3) => bytes2[i3] === m2)) fail("not a .npy file (no \\x93NUMPY magic)");
  const { header, dataStart } = readHeaderText(bytes2, fail);
  const { descr, fortranOrder, shape } = readHeaderDict(header, fail);
  const dtype = resolveDtype(descr, fail);
  if (fortranOrder && shape.filter((d2) => d2 > 1).length > 1) {
    fail("is stored in Fortran order (fortran_order: True); save np.ascontiguousarray(arr) instead");
  }
  const count = elementCount(shape, (d2) => fail(`array ${d2}`));
  const need = count * dtype.ctor.BYTES_PER_ELEMENT;
  const have = bytes2.length - dataStart;
  if (have < need) fail(`truncated (shape ${formatDims(shape)} of ${descr} needs ${need} data bytes, ${have} present)`);
  if (have > need) fail(`has ${have - need} unexpected bytes after the array data`);
  return { name, elemType: dtype.elemType, dims: shape, data: numericArrayFromLE(dtype.ctor, bytes2.subarray(dataStart), count) };
}
function readHeaderText(bytes2, fail) {
  const major = bytes2[6];
  const view = new DataView(bytes2.buffer, bytes2.byteOffset, bytes2.byteLength);
  let headerStart;
  let headerLength;
  if (major === 1) {
    headerStart = 10;
    headerLength = view.getUint16(8, true);
  } else if (major === 2 || major === 3) {
    if (bytes2.length < 12) fail("truncated .npy header");
    headerStart = 12;
    headerLength = view.getUint32(8, true);
  } else {
    return fail(`unsupported .npy format version ${major}.${bytes2[7]}`);
  }
  if (headerLength > 1 << 20) fail(`malformed .npy header (declares ${headerLength} bytes)`);
  const dataStart = headerStart + headerLength;
  if (dataStart > bytes2.length) fail(`truncated .npy header (declares ${headerLength} bytes, ${bytes2.length - headerStart} remain)`);
  const raw = bytes2.subarray(headerStart, dataStart);
  const header = new TextDecoder(major === 3 ? "utf-8" : "latin1").decode(raw);
  return { header, dataStart };
}
function readHeaderDict(header, fail) {
  let dict;
  try {
    dict = parsePyLiteral(header);
  } catch (err2) {
    return fail(`malformed .npy header (${err2.message}): ${header.trim()}`);
  }
  if (!(dict instanceof Map)) return fail(`malformed .npy header (not a dict): ${header.trim()}`);
  const descr = dict.get("descr");
  const fortranOrder = dict.get("fortran_order");
  const shape = dict.get("shape");
  if (descr === void 0 || fortranOrder === void 0 || shape === void 0) {
    fail(`malformed .npy header (needs descr, fortran_order and shape): ${header.trim()}`);
  }
  if (typeof descr !== "string") return fail("has a structured dtype (record array), which is not supported; save a plain numeric array");
  if (typeof fortranOrder !== "boolean") return fail("malformed .npy header (fortran_order is not True/False)");
  if (!Array.isArray(shape) || !shape.every((d2) => typeof d2 === "number")) {
    return fail(`malformed .npy header (shape is not a tuple of integers): ${header.trim()}`);
  }
  return { descr, fortranOrder, shape };
}
function resolveDtype(descr, fail) {
  const m2 = /^([<>|=])([a-zA-Z])(\d*)$/.exec(descr);
  const kind = m2?.[2] ?? "";
  if (kind === "O") fail("holds Python objects (dtype 'O'), which are stored as pickle; model-gate never unpickles \u2014 save a numeric array");
  const dtype = m2 ? DTYPES[kind + m2[3]] : void 0;
  if (!m2 || !dtype) {
    return fail(`has unsupported dtype '${descr}' (supported: float16/32/64, int8/16/32/64, uint8/16/32/64, bool)`);
  }
  const order = m2[1];
  if (dtype.ctor.BYTES_PER_ELEMENT > 1 && order !== "<") {
    fail(`has ${order === ">" ? "big-endian" : "native-order"} dtype '${descr}'; only little-endian is supported \u2014 save arr.astype('<${kind}${m2[3]}')`);
  }
  return dtype;
}
function parseNpz(bytes2, file) {
  const order = [];
  let members;
  try {
    members = unzipSync(bytes2, {
      filter: (entry) => {
        order.push(entry.name);
        return !entry.name.endsWith("/");
      }
    });
  } catch (err2) {
    throw new InputError(`${file}: not a readable .npz (zip) archive (${err2.message})`);
  }
  return order.filter((member) => !member.endsWith("/")).map((member) => {
    if (!member.endsWith(".npy")) throw new InputError(`${file}: member "${member}" is not a .npy array`);
    return parseNpy(members[member], `${file}[${member}]`, member.slice(0, -".npy".length));
  });
}
function parsePyLiteral(text2) {
  let i3 = 0;
  const skipSpace = () => {
    while (i3 < text2.length && /\s/.test(text2[i3])) i3++;
  };
  const error = (what) => {
    throw new Error(`${what} at column ${i3 + 1}`);
  };
  const expect = (ch) => {
    skipSpace();
    if (text2[i3] !== ch) error(`expected '${ch}'`);
    i3++;
  };
  const items = (close, item) => {
    const out = [];
    for (; ; ) {
      skipSpace();
      if (text2[i3] === close) break;
      out.push(item());
      skipSpace();
      if (text2[i3] === ",") i3++;
      else if (text2[i3] !== close) error(`expected ',' or '${close}'`);
    }
    i3++;
    return out;
  };
  const value2 = () => {
    skipSpace();
    const ch = text2[i3];
    if (ch === "{") {
      i3++;
      return new Map(
        items("}", () => {
          const key = value2();
          if (typeof key !== "string") error("dict key is not a string");
          expect(":");
          return [key, value2()];
        })
      );
    }
    if (ch === "(" || ch === "[") {
      i3++;
      return items(ch === "(" ? ")" : "]", value2);
    }
    if (ch === "'" || ch === '"') {
      const end = text2.indexOf(ch, i3 + 1);
      if (end < 0) error("unterminated string");
      const s2 = text2.slice(i3 + 1, end);
      i3 = end + 1;
      return s2;
    }
    const word = /^(-?\d+)L?|^(True|False|None)/.exec(text2.slice(i3));
    if (!word) return error("unexpected character");
    i3 += word[0].length;
    if (word[1] !== void 0) return Number(word[1]);
    return word[2] === "None" ? null : word[2] === "True";
  };
  const result = value2();
  skipSpace();
  if (i3 < text2.length) error("unexpected text after the dict");
  return result;
}

// src/eval/data.ts
var SET_DIR = /^test_data_set_(\d+)$/;
var LABEL_FILES = ["labels.pb", "labels.npy", "labels.json"];
var LAYOUTS_LOOKED_FOR = "looked for test_data_set_N/ folders (model zoo layout) and input_N.pb / input_N.npy / inputs.npz files (numpy layout)";
async function loadEvalData(dir) {
  await requireDirectory2(dir);
  const entries = await listDir(dir);
  const setDirs = entries.filter((e2) => SET_DIR.test(e2.name)).sort((a2, b3) => Number(SET_DIR.exec(a2.name)[1]) - Number(SET_DIR.exec(b3.name)[1]));
  const sets = [];
  for (const entry of setDirs) {
    const path = join5(dir, entry.name);
    if (entry.isSymbolicLink()) throw new InputError(`${path}: is a symbolic link; model-gate reads only real folders and files`);
    if (!entry.isDirectory()) continue;
    const set2 = await loadSet(path, entry.name);
    if (!set2) throw new InputError(`${path}: has no inputs (expected input_0.pb, input_0.npy or inputs.npz)`);
    sets.push(set2);
  }
  if (sets.length > 0) return sets;
  const single = await loadSet(dir, basename3(dir));
  if (!single) throw new InputError(`${dir}: no eval sets found (${LAYOUTS_LOOKED_FOR})`);
  return [single];
}
async function requireDirectory2(dir) {
  let info;
  try {
    info = await lstat4(dir);
  } catch (err2) {
    throw err2.code === "ENOENT" ? new InputError(`${dir}: eval data directory does not exist`) : fileError(dir, err2);
  }
  if (info.isSymbolicLink()) throw new InputError(`${dir}: eval data directory is a symbolic link; pass the real directory`);
  if (!info.isDirectory()) throw new InputError(`${dir}: eval data path is not a directory`);
}
async function listDir(dir) {
  try {
    return await readdir(dir, { withFileTypes: true });
  } catch (err2) {
    throw fileError(dir, err2);
  }
}
function classify(dir, entries) {
  const files = { inputs: /* @__PURE__ */ new Map(), outputs: /* @__PURE__ */ new Map(), inputsNpz: null, outputsNpz: null, labels: [] };
  for (const e2 of entries) {
    const numbered = /^(input|output)_(\d+)\.(pb|npy)$/.exec(e2.name);
    if (numbered) {
      const list = numbered[1] === "input" ? files.inputs : files.outputs;
      const index = Number(numbered[2]);
      const clash = list.get(index);
      if (clash) throw new InputError(`${dir}: both ${clash} and ${e2.name} claim position ${index}`);
      list.set(index, e2.name);
    } else if (e2.name === "inputs.npz") files.inputsNpz = e2.name;
    else if (e2.name === "outputs.npz") files.outputsNpz = e2.name;
    else if (LABEL_FILES.includes(e2.name)) files.labels.push(e2.name);
  }
  return files;
}
async function loadSet(dir, id) {
  const entries = await listDir(dir);
  const files = classify(dir, entries);
  if (files.inputs.size === 0 && !files.inputsNpz) return null;
  const symlink = entries.find((e2) => e2.isSymbolicLink() && isEvalFile(files, e2.name));
  if (symlink) throw new InputError(`${join5(dir, symlink.name)}: is a symbolic link; model-gate reads only regular files`);
  checkNumbering(dir, "input", files.inputs, files.inputsNpz);
  checkNumbering(dir, "output", files.outputs, files.outputsNpz);
  if (files.labels.length > 1) {
    throw new InputError(`${dir}: has more than one labels file (${files.labels.sort().join(", ")}); keep one`);
  }
  const inputs = await readNumbered(dir, files.inputs, files.inputsNpz);
  if (inputs.length === 0) throw new InputError(`${join5(dir, files.inputsNpz)}: holds no arrays`);
  return {
    id,
    dir,
    inputs,
    references: await readNumbered(dir, files.outputs, files.outputsNpz),
    labels: files.labels[0] ? await readLabels(join5(dir, files.labels[0])) : null
  };
}
function isEvalFile(files, name) {
  return [...files.inputs.values(), ...files.outputs.values()].includes(name) || name === files.inputsNpz || name === files.outputsNpz || files.labels.includes(name);
}
function checkNumbering(dir, role, numbered, npz) {
  if (numbered.size === 0) return;
  const names = [...numbered.entries()].sort((a2, b3) => a2[0] - b3[0]).map(([, name]) => name);
  if (npz) throw new InputError(`${dir}: has both ${npz} and ${names.join(", ")}; use one form`);
  const formats = new Set(names.map((n2) => n2.slice(n2.lastIndexOf("."))));
  if (formats.size > 1) throw new InputError(`${dir}: mixes .pb and .npy ${role}s (${names.join(", ")}); use one format per set`);
  const ext = [...formats][0];
  for (let k2 = 0; k2 < numbered.size; k2++) {
    if (!numbered.has(k2)) {
      throw new InputError(`${dir}: ${role}_${k2}${ext} is missing (found ${names.join(", ")}); ${role}s are numbered from 0 without gaps`);
    }
  }
}
async function readNumbered(dir, numbered, npz) {
  if (npz) {
    const path = join5(dir, npz);
    return parseNpz(await readBytes(path), path).map((t2) => ({ ...t2, file: `${path}[${t2.name}.npy]` }));
  }
  const out = [];
  for (let k2 = 0; k2 < numbered.size; k2++) out.push(await readTensorFile(join5(dir, numbered.get(k2))));
  return out;
}
async function readTensorFile(path) {
  const bytes2 = await readBytes(path);
  const tensor = path.endsWith(".npy") ? parseNpy(bytes2, path) : decodeTensorProto(bytes2, path);
  return { ...tensor, file: path };
}
async function readBytes(path) {
  try {
    return await readFile2(path);
  } catch (err2) {
    throw fileError(path, err2);
  }
}
async function readLabels(path) {
  if (!path.endsWith(".json")) return readTensorFile(path);
  return { ...parseLabelsJson(new TextDecoder().decode(await readBytes(path)), path), file: path };
}
function parseLabelsJson(text2, file) {
  const fail = (detail) => {
    throw new InputError(`${file}: ${detail}`);
  };
  const expected = "labels must be a JSON array of numbers, or of equal-length arrays of numbers";
  let value2;
  try {
    value2 = JSON.parse(text2);
  } catch (err2) {
    return fail(`not valid JSON (${err2.message})`);
  }
  if (!Array.isArray(value2)) return fail(`${expected} (found ${describeJson(value2)})`);
  let dims;
  let flat;
  if (!Array.isArray(value2[0])) {
    const bad = value2.findIndex((v2) => typeof v2 !== "number");
    if (bad >= 0) fail(`${expected} (item ${bad} is ${describeJson(value2[bad])})`);
    dims = [value2.length];
    flat = value2;
  } else {
    const bad = value2.findIndex((row) => !Array.isArray(row) || !row.every((v2) => typeof v2 === "number"));
    if (bad >= 0) fail(`${expected} (item ${bad} is ${describeJson(value2[bad])})`);
    const rows = value2;
    const width = rows[0].length;
    const ragged = rows.findIndex((row) => row.length !== width);
    if (ragged >= 0) fail(`${expected} (item ${ragged} has ${rows[ragged].length} numbers, item 0 has ${width})`);
    dims = [rows.length, width];
    flat = rows.flat();
  }
  const integral = flat.every((v2) => Number.isSafeInteger(v2));
  return integral ? { name: "", elemType: "int64", dims, data: BigInt64Array.from(flat, (v2) => BigInt(v2)) } : { name: "", elemType: "float64", dims, data: Float64Array.from(flat) };
}
function describeJson(v2) {
  if (Array.isArray(v2)) return v2.every((x2) => typeof x2 === "number") ? "an array" : "an array containing a non-number";
  if (v2 === null) return "null";
  return typeof v2 === "object" ? "an object" : `a ${typeof v2}`;
}
function bindInputs(set2, model, modelLabel) {
  if (set2.inputs.length !== model.inputs.length) {
    throw new InputError(
      `${set2.dir}: has ${set2.inputs.length} input tensor(s) (${set2.inputs.map((t2) => basename3(t2.file)).join(", ")}) but model ${modelLabel} has ${model.inputs.length} input(s) (${model.inputs.map((i3) => `"${i3.name}"`).join(", ")})`
    );
  }
  const pairs = pairTensorsWithInputs(set2.inputs, model.inputs);
  const symbols = /* @__PURE__ */ new Map();
  const bound = /* @__PURE__ */ new Map();
  for (const input of model.inputs) {
    const tensor = pairs.get(input);
    checkFits(tensor, input, modelLabel, symbols);
    bound.set(input.name, tensor);
  }
  return bound;
}
function pairTensorsWithInputs(tensors, inputs) {
  const pairs = /* @__PURE__ */ new Map();
  const leftovers = [];
  for (const t2 of tensors) {
    const input = t2.name ? inputs.find((i3) => i3.name === t2.name && !pairs.has(i3)) : void 0;
    if (input) pairs.set(input, t2);
    else leftovers.push(t2);
  }
  const open6 = inputs.filter((i3) => !pairs.has(i3));
  open6.forEach((input, k2) => pairs.set(input, leftovers[k2]));
  return pairs;
}
function checkFits(t2, input, modelLabel, symbols) {
  const tensor = t2.name ? `tensor "${t2.name}"` : "tensor";
  const target = `model ${modelLabel} input "${input.name}"`;
  const fail = (detail) => {
    throw new InputError(`${t2.file}: ${detail}`);
  };
  if (input.elemType === null) fail(`${target} is not a tensor (sequence, map and optional inputs are not supported)`);
  if (t2.elemType !== input.elemType) {
    const hint = t2.file.includes(".npy") && input.elemType !== "bfloat16" ? ` (convert with arr.astype('${input.elemType}'))` : "";
    fail(`${tensor} is ${t2.elemType} but ${target} expects ${input.elemType}${hint}`);
  }
  const shape = input.shape;
  if (shape === null) return;
  const mismatch = () => fail(`${tensor} has shape ${formatDims(t2.dims)} but ${target} expects ${formatDims(shape)}`);
  if (t2.dims.length !== shape.length) mismatch();
  shape.forEach((want, axis) => {
    const size = t2.dims[axis];
    if (typeof want === "number" && want !== size) mismatch();
    if (typeof want === "string") {
      const seen = symbols.get(want);
      if (seen && seen.size !== size) {
        fail(`${tensor} has shape ${formatDims(t2.dims)} but ${target} expects ${formatDims(shape)} with ${want} = ${seen.size} (as in ${seen.file})`);
      }
      symbols.set(want, { size, file: seen?.file ?? t2.file });
    }
  });
}

// src/eval/metrics.ts
var FLOAT_TYPES = /* @__PURE__ */ new Set(["float32", "float64", "float16", "bfloat16"]);
var INTEGER_TYPES = /* @__PURE__ */ new Set(["int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "bool"]);
function describe(t2) {
  const file = t2.file;
  if (typeof file === "string") return file;
  return t2.name ? `output "${t2.name}"` : "output";
}
function halfToNumber(bits2) {
  const sign = bits2 & 32768 ? -1 : 1;
  const exponent = bits2 >> 10 & 31;
  const fraction = bits2 & 1023;
  if (exponent === 0) return sign * fraction * 2 ** -24;
  if (exponent === 31) return fraction ? Number.NaN : sign * Infinity;
  return sign * (1 + fraction / 1024) * 2 ** (exponent - 15);
}
var f32 = new Float32Array(1);
var u32 = new Uint32Array(f32.buffer);
function bfloat16ToNumber(bits2) {
  u32[0] = (bits2 & 65535) << 16;
  return f32[0];
}
function tensorValues(t2) {
  const data = t2.data;
  if (Array.isArray(data)) throw new InputError(`${describe(t2)}: is a string tensor; it cannot be scored numerically`);
  if ((t2.elemType === "float16" || t2.elemType === "bfloat16") && data instanceof Uint16Array) {
    return Float64Array.from(data, t2.elemType === "float16" ? halfToNumber : bfloat16ToNumber);
  }
  if (data instanceof BigInt64Array || data instanceof BigUint64Array) return Float64Array.from(data, Number);
  if (!FLOAT_TYPES.has(t2.elemType) && !INTEGER_TYPES.has(t2.elemType)) {
    throw new InputError(`${describe(t2)}: element type ${t2.elemType} cannot be scored`);
  }
  return Float64Array.from(data);
}
function argmaxRows(values, rows, width) {
  const out = new Int32Array(rows);
  for (let r2 = 0; r2 < rows; r2++) {
    let best = -1;
    let bestValue = -Infinity;
    for (let c2 = 0; c2 < width; c2++) {
      const v2 = values[r2 * width + c2];
      if (v2 !== v2) continue;
      if (best < 0 || v2 > bestValue) {
        best = c2;
        bestValue = v2;
      }
    }
    out[r2] = best;
  }
  return out;
}
function predictedClasses(output) {
  const { dims, elemType } = output;
  if (FLOAT_TYPES.has(elemType)) {
    if (dims.length !== 2 || dims[1] <= 1) return null;
    return argmaxRows(tensorValues(output), dims[0], dims[1]);
  }
  if (INTEGER_TYPES.has(elemType)) {
    if (!(dims.length === 1 || dims.length === 2 && dims[1] === 1)) return null;
    const values = tensorValues(output);
    if (values.some((v2) => v2 !== (v2 | 0))) return null;
    return Int32Array.from(values);
  }
  return null;
}
function labelClasses(labels) {
  const { dims } = labels;
  const values = tensorValues(labels);
  if (dims.length === 2 && dims[1] > 1) return argmaxRows(values, dims[0], dims[1]);
  if (!(dims.length === 1 || dims.length === 2 && dims[1] === 1)) {
    throw new InputError(`${describe(labels)}: labels of shape [${dims.join(",")}] are neither class indices [N] / [N,1] nor one-hot [N,C]`);
  }
  const bad = values.findIndex((v2) => v2 !== (v2 | 0));
  if (bad >= 0) {
    throw new InputError(`${describe(labels)}: label ${values[bad]} at row ${bad} is not a class index (non-integer labels are regression targets)`);
  }
  return Int32Array.from(values);
}
function top1Accuracy(pred, labels) {
  const truth = labelClasses(labels);
  if (truth.length !== pred.length) {
    throw new InputError(`${describe(labels)}: has ${truth.length} labels but the model made ${pred.length} predictions`);
  }
  return shareEqual(pred, truth);
}
function shareEqual(a2, b3) {
  let same = 0;
  for (let i3 = 0; i3 < a2.length; i3++) if (a2[i3] === b3[i3]) same++;
  return same / a2.length;
}
function sameCount(a2, aValues, b3, bValues) {
  if (aValues.length !== bValues.length) {
    throw new InputError(
      `${describe(b3)}: has ${bValues.length} values (shape [${b3.dims.join(",")}]) but ${describe(a2)} has ${aValues.length} (shape [${a2.dims.join(",")}])`
    );
  }
}
function regressionErrors(pred, target) {
  const p2 = tensorValues(pred);
  const t2 = tensorValues(target);
  sameCount(pred, p2, target, t2);
  let abs = 0;
  let squares = 0;
  for (let i3 = 0; i3 < p2.length; i3++) {
    const d2 = p2[i3] - t2[i3];
    abs += Math.abs(d2);
    squares += d2 * d2;
  }
  return { mae: abs / p2.length, rmse: Math.sqrt(squares / p2.length) };
}
function checkTolerance(name, value2) {
  if (!(value2 >= 0) || !Number.isFinite(value2)) throw new InputError(`${name} must be a finite number \u2265 0, got ${value2}`);
}
function compareElements(actual, reference, atol, rtol) {
  let within = 0;
  let maxAbsError = 0;
  let squaredError = 0;
  let squaredReference = 0;
  for (let i3 = 0; i3 < actual.length; i3++) {
    const a2 = actual[i3];
    const r2 = reference[i3];
    let error;
    let close;
    if (Number.isFinite(a2) && Number.isFinite(r2)) {
      error = Math.abs(a2 - r2);
      close = error <= atol + rtol * Math.abs(r2);
      squaredReference += r2 * r2;
    } else {
      close = a2 === r2 || a2 !== a2 && r2 !== r2;
      error = close ? 0 : Infinity;
    }
    if (close) within++;
    if (error > maxAbsError) maxAbsError = error;
    squaredError += error * error;
  }
  return { within, maxAbsError, squaredError, squaredReference };
}
function compareTensors(actual, reference, atol, rtol) {
  checkTolerance("atol", atol);
  checkTolerance("rtol", rtol);
  const a2 = tensorValues(actual);
  const r2 = tensorValues(reference);
  sameCount(actual, a2, reference, r2);
  return { ...compareElements(a2, r2, atol, rtol), count: a2.length };
}
function referenceAgreement(actual, reference, atol, rtol) {
  const { within, maxAbsError, count } = compareTensors(actual, reference, atol, rtol);
  return { withinShare: within / count, maxAbsError, count };
}
function predictionAgreement(a2, b3, atol, rtol) {
  const { within, maxAbsError, squaredError, squaredReference, count } = compareTensors(b3, a2, atol, rtol);
  const withinShare = within / count;
  const classesA = predictedClasses(a2);
  const classesB = predictedClasses(b3);
  let top1Agreement = null;
  if (classesA && classesB) {
    if (classesA.length !== classesB.length) {
      throw new InputError(`${describe(b3)}: predicts ${classesB.length} samples but ${describe(a2)} predicts ${classesA.length}`);
    }
    top1Agreement = shareEqual(classesA, classesB);
  }
  return { top1Agreement, withinShare, maxAbsError, squaredError, squaredReference };
}

// src/eval/evaluate.ts
var Mean = class {
  sum = 0;
  weight = 0;
  add(value2, weight) {
    if (weight > 0 && Number.isFinite(value2)) {
      this.sum += value2 * weight;
      this.weight += weight;
    }
  }
  get value() {
    return this.weight > 0 ? this.sum / this.weight : null;
  }
};
var newAccumulator = () => ({ accuracy: new Mean(), mae: new Mean(), mse: new Mean(), reference: new Mean(), referenceMax: null });
async function evaluate(sets, baseline, candidate, settings) {
  const outputName = chooseOutput(baseline, candidate, settings);
  const acc = { baseline: newAccumulator(), candidate: newAccumulator() };
  const top1 = new Mean();
  const within = new Mean();
  let maxAbs = 0;
  let squaredError = 0;
  let squaredReference = 0;
  let task = null;
  let samples = 0;
  for (const set2 of sets) {
    const outputs = { baseline: await predict(set2, baseline, outputName), candidate: candidate ? await predict(set2, candidate, outputName) : null };
    const reference = findReference(set2, baseline, outputName);
    for (const side of ["baseline", "candidate"]) {
      const out = outputs[side];
      if (!out) continue;
      const a2 = acc[side];
      if (set2.labels) {
        const classes = predictedClasses(out);
        const isClassLabels = isIntegerType(set2.labels.elemType) || isOneHot(set2.labels, out);
        if (classes && isClassLabels) {
          task = "classification";
          a2.accuracy.add(top1Accuracy(classes, set2.labels), classes.length);
          if (side === "baseline") samples += classes.length;
        } else {
          task = "regression";
          const errors = regressionErrors(out, set2.labels);
          const n2 = elementCount2(set2.labels);
          a2.mae.add(errors.mae, n2);
          a2.mse.add(errors.rmse * errors.rmse, n2);
          if (side === "baseline") samples += n2;
        }
      }
      if (reference) {
        const r2 = referenceAgreement(out, reference, settings.atol, settings.rtol);
        a2.reference.add(r2.withinShare, r2.count);
        a2.referenceMax = Math.max(a2.referenceMax ?? 0, r2.maxAbsError);
      }
    }
    if (!set2.labels) samples += outputs.baseline.dims[0] ?? 1;
    if (outputs.candidate) {
      const p2 = predictionAgreement(outputs.baseline, outputs.candidate, settings.atol, settings.rtol);
      const rows = outputs.baseline.dims[0] ?? 1;
      if (p2.top1Agreement !== null) top1.add(p2.top1Agreement, rows);
      within.add(p2.withinShare, elementCount2(outputs.baseline));
      maxAbs = Math.max(maxAbs, p2.maxAbsError);
      squaredError += p2.squaredError;
      squaredReference += p2.squaredReference;
    }
  }
  const scores = (a2) => {
    const mse = a2.mse.value;
    return {
      accuracy: a2.accuracy.value,
      mae: a2.mae.value,
      rmse: mse === null ? null : Math.sqrt(mse),
      referenceAgreement: a2.reference.value,
      referenceMaxAbsError: a2.referenceMax
    };
  };
  return {
    task,
    output: outputName,
    sets: sets.length,
    samples,
    baseline: scores(acc.baseline),
    candidate: candidate ? scores(acc.candidate) : null,
    agreement: candidate ? {
      top1: top1.value,
      withinShare: within.value ?? Number.NaN,
      maxAbsError: maxAbs,
      relativeRmsError: squaredReference > 0 ? Math.sqrt(squaredError / squaredReference) : null
    } : null
  };
}
function chooseOutput(baseline, candidate, settings) {
  const name = settings.output ?? baseline.info.outputs[0]?.name;
  if (name === void 0) throw new InputError(`${baseline.label}: model has no outputs`);
  for (const subject of [baseline, candidate]) {
    if (subject && !subject.info.outputs.some((o2) => o2.name === name)) {
      throw new InputError(
        `${subject.label}: has no output "${name}" (outputs: ${subject.info.outputs.map((o2) => o2.name).join(", ")}); set eval.output in the config`
      );
    }
  }
  return name;
}
async function predict(set2, subject, output) {
  const feeds = toFeeds(bindInputs(set2, subject.info, subject.label));
  const outputs = await runSession(subject.session, feeds, subject.label);
  const out = outputs[output];
  if (!out) throw new InputError(`${subject.label}: inference returned no output "${output}"`);
  return out;
}
function findReference(set2, subject, output) {
  if (set2.references.length === 0) return null;
  const byName = set2.references.find((r2) => r2.name === output);
  if (byName) return byName;
  const position = subject.info.outputs.findIndex((o2) => o2.name === output);
  const byPosition = set2.references[position];
  return byPosition && !subject.info.outputs.some((o2) => o2.name === byPosition.name && o2.name !== output) ? byPosition : null;
}
function isIntegerType(type2) {
  return /^u?int\d+$/.test(type2);
}
function isOneHot(labels, output) {
  return labels.dims.length === 2 && labels.dims[1] === output.dims[output.dims.length - 1] && (labels.dims[1] ?? 0) > 1;
}
function elementCount2(t2) {
  return t2.dims.reduce((a2, b3) => a2 * b3, 1);
}

// src/gate/gate.ts
var EXIT_OK = 0;
var EXIT_REGRESSION = 1;
var EXIT_BAD_INPUT = 2;
function exitCodeFor(verdict, failOn) {
  if (failOn === "never") return EXIT_OK;
  if (verdict === "fail") return EXIT_REGRESSION;
  if (verdict === "warn" && failOn === "warn") return EXIT_REGRESSION;
  return EXIT_OK;
}

// src/inputs/config.ts
var import_yaml = __toESM(require_dist(), 1);
import { access, readFile as readFile3 } from "node:fs/promises";
import { availableParallelism as availableParallelism2 } from "node:os";

// src/pack/codec.ts
import { open as open5, rename as rename3, rm as rm3 } from "node:fs/promises";
import binding3 from "zstd-napi/binding.js";
var CODECS = ["auto", "zstd", "onnx-planes"];
var FULL_TRIAL_BYTES = 32 << 20;
var SAMPLE_WINDOWS = 8;
var SAMPLE_BYTES = 1 << 20;
async function packFile(inputPath, runs, size, outputPath, options) {
  const planesOptions = { level: options.level, threads: options.threads, blockSize: options.blockSize };
  if (options.codec === "zstd") return { codec: "zstd", ...await compressFile(inputPath, outputPath, options) };
  if (options.codec === "auto" && runs.length === 0) {
    const result2 = await compressFile(inputPath, outputPath, options);
    return { codec: "zstd", ...result2, auto: { zstd: result2.packed.bytes, "onnx-planes": null, estimated: false } };
  }
  if (options.codec === "onnx-planes") return { codec: "onnx-planes", ...await compressPlanes(inputPath, runs, outputPath, planesOptions) };
  if (size <= FULL_TRIAL_BYTES) return packBothWays(inputPath, runs, outputPath, options, planesOptions);
  const estimate = await estimateBoth(inputPath, runs, size, options.level);
  const codec = estimate["onnx-planes"] < estimate.zstd ? "onnx-planes" : "zstd";
  const result = codec === "zstd" ? await compressFile(inputPath, outputPath, options) : await compressPlanes(inputPath, runs, outputPath, planesOptions);
  return { codec, ...result, auto: estimate };
}
async function packBothWays(inputPath, runs, outputPath, options, planesOptions) {
  const other = temporaryPath(outputPath);
  try {
    const planes = await compressPlanes(inputPath, runs, outputPath, planesOptions);
    const zstd = await compressFile(inputPath, other, options);
    const auto = { zstd: zstd.packed.bytes, "onnx-planes": planes.packed.bytes, estimated: false };
    if (planes.packed.bytes < zstd.packed.bytes) return { codec: "onnx-planes", ...planes, auto };
    await rename3(other, outputPath);
    return { codec: "zstd", ...zstd, auto };
  } finally {
    await rm3(other, { force: true });
  }
}
async function estimateBoth(inputPath, runs, size, level) {
  const file = await open5(inputPath, "r");
  try {
    let planes = 0;
    let zstd = 0;
    let sampled = 0;
    for (let i3 = 0; i3 < SAMPLE_WINDOWS; i3++) {
      const start = Math.floor(i3 * (size - SAMPLE_BYTES) / (SAMPLE_WINDOWS - 1));
      const raw = Buffer.allocUnsafe(SAMPLE_BYTES);
      const { bytesRead } = await file.read(raw, 0, SAMPLE_BYTES, start);
      const window = raw.subarray(0, bytesRead);
      planes += mainKernel.encodeBlock(window, windowPieces(runs, start, bytesRead), level).length;
      zstd += zstdSize(window, level);
      sampled += bytesRead;
    }
    const scale = size / sampled;
    return { zstd: Math.round(zstd * scale), "onnx-planes": Math.round(planes * scale), estimated: true };
  } finally {
    await file.close();
  }
}
function zstdSize(window, level) {
  const cctx = new binding3.CCtx();
  cctx.setParameter(binding3.CParameter.compressionLevel, level);
  cctx.setParameter(binding3.CParameter.checksumFlag, 1);
  cctx.setParameter(binding3.CParameter.contentSizeFlag, 1);
  return cctx.compress2(Buffer.allocUnsafe(binding3.compressBound(window.length)), window);
}
function windowPieces(runs, start, length) {
  const end = start + length;
  const pieces = [];
  let pos = start;
  const pass = (to) => {
    if (to > pos) pieces.push(LAYOUT_CODES.pass, to - pos);
    pos = Math.max(pos, to);
  };
  for (const run of runs) {
    const element = LAYOUT_BYTES[run.layout];
    const from = run.offset + Math.ceil(Math.max(0, start - run.offset) / element) * element;
    const to = run.offset + Math.floor((Math.min(end, run.offset + run.length) - run.offset) / element) * element;
    if (to <= from || from >= end) continue;
    pass(from);
    pieces.push(LAYOUT_CODES[run.layout], to - from);
    pos = to;
  }
  pass(end);
  return pieces;
}

// src/inputs/thresholds.ts
var THRESHOLD_FORMS = `accepted forms: "+10%" or "10%" (relative to the baseline), "+0.01" / "-0.01" (absolute, in the metric's unit), "-0.5pp" (percentage points, for shares such as accuracy), "+5ms", or "none"; a pair is "WARN/FAIL", e.g. "+10%/+25%"`;
function parseThreshold(raw, metric, source) {
  const text2 = String(raw).trim();
  const fail = (why) => {
    throw new InputError(`${source}: threshold "${text2}" for ${metric.id} ${why}; ${THRESHOLD_FORMS}`);
  };
  if (/^(none|off)$/i.test(text2)) return null;
  const match = /^([+-]?)(\d+(?:\.\d+)?(?:e[+-]?\d+)?)\s*(%|pp|ms)?$/i.exec(text2);
  if (!match) return fail("is not understood");
  const [, sign = "", digits = "", suffix = ""] = match;
  const unit = suffix.toLowerCase();
  if (unit === "pp" && metric.unit !== "share") fail('uses "pp", which only applies to shares such as accuracy');
  if (unit === "ms" && metric.unit !== "ms") fail('uses "ms", which only applies to timings');
  const worseSign = metric.worse === "higher" ? "+" : "-";
  if (sign !== "" && sign !== worseSign) {
    fail(`points the wrong way: ${metric.label} gets worse as it goes ${metric.worse === "higher" ? "up" : "down"}, so write "${worseSign}${digits}${suffix}"`);
  }
  const value2 = Number(digits);
  if (!Number.isFinite(value2)) fail("is not a finite number");
  if (unit === "%") return { kind: "relative", amount: value2 / 100, text: `${worseSign}${digits}%` };
  const amount = unit === "pp" ? value2 / 100 : value2;
  return { kind: "absolute", amount, text: `${worseSign}${digits}${suffix}` };
}
function parseThresholdPair(raw, metric, source, base) {
  const parts = String(raw).split("/");
  if (parts.length > 2) {
    throw new InputError(`${source}: threshold "${raw}" for ${metric.id} has more than two parts; ${THRESHOLD_FORMS}`);
  }
  const pair = parts.length === 2 ? { warn: parseThreshold(parts[0], metric, source), fail: parseThreshold(parts[1], metric, source) } : { warn: base.warn, fail: parseThreshold(parts[0], metric, source) };
  checkOrder(pair, metric, source);
  return pair;
}
function checkOrder(pair, metric, source) {
  const { warn, fail } = pair;
  if (warn && fail && warn.kind === fail.kind && warn.amount > fail.amount) {
    throw new InputError(`${source}: for ${metric.id} the warn level ${warn.text} is beyond the fail level ${fail.text}; warn must come first`);
  }
}
function metricFromName(name, source) {
  const id = name.trim();
  if (!isMetricId(id)) throw new InputError(`${source}: unknown metric "${id}"; metrics are ${METRIC_IDS.join(", ")}`);
  return METRICS[id];
}
function parseThresholdLines(text2, source, base) {
  const out = {};
  for (const line of text2.split(/[\n,;]/)) {
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    const match = /^([a-z0-9-]+)\s*[:=]\s*(.+)$/i.exec(trimmed);
    if (!match) throw new InputError(`${source}: "${trimmed}" is not "metric: WARN/FAIL" (e.g. "latency-p50: +10%/+25%")`);
    const metric = metricFromName(match[1], source);
    out[metric.id] = parseThresholdPair(match[2], metric, source, out[metric.id] ?? base[metric.id]);
  }
  return out;
}
function defaultThresholds() {
  const out = {};
  for (const id of METRIC_IDS) {
    const def = METRICS[id];
    out[id] = {
      warn: def.defaults.warn === null ? null : parseThreshold(def.defaults.warn, def, "defaults"),
      fail: def.defaults.fail === null ? null : parseThreshold(def.defaults.fail, def, "defaults")
    };
  }
  return out;
}

// src/inputs/config.ts
var VARIANTS = ["fp16", "int8"];
var DEFAULT_FP16_KEEP_OPS = ["Resize", "Upsample", "Range", "NonMaxSuppression", "RoiAlign", "Pad", "Clip", "BatchNormalization"];
var DEFAULT_CONFIG_FILES = ["model-gate.yml", "model-gate.yaml", "model-gate.json"];
function defaultConfig() {
  return {
    // zstd level 3: float weights barely shrink further at 19, which costs an order of magnitude more time.
    level: 3,
    codec: "auto",
    threads: Math.max(1, Math.min(4, availableParallelism2())),
    failOn: "fail",
    bench: defaultBenchSettings(),
    eval: { atol: 1e-5, rtol: 1e-4, output: null },
    variants: defaultVariantSettings(),
    thresholds: defaultThresholds(),
    modelThresholds: {},
    configFile: null
  };
}
function defaultVariantSettings() {
  return {
    build: [],
    publish: "best",
    maxAccuracyDrop: parseBudget("-0.5pp", "accuracy", "defaults"),
    maxErrorIncrease: parseBudget("+2%", "rmse", "defaults"),
    int8MinElements: 1024,
    fp16KeepOps: [...DEFAULT_FP16_KEEP_OPS]
  };
}
function defaultBenchSettings() {
  return { budgetSeconds: 25, loadSamples: 10, latencyRounds: 10, latencyTimeMs: 100, warmupMs: 25, intraOpThreads: 1, interOpThreads: 1 };
}
async function buildConfig(raw, cwd = process.cwd()) {
  const config = defaultConfig();
  const file = raw.config ? raw.config.value : await findDefaultConfig(cwd);
  if (file) {
    applyConfigFile(config, await readConfigFile(file, raw.config?.source), file);
    config.configFile = file;
  }
  if (raw.level) config.level = parseLevel(raw.level.value, raw.level.source);
  if (raw.codec) config.codec = parseCodec(raw.codec.value, raw.codec.source);
  if (raw.threads) config.threads = parseInteger(raw.threads.value, raw.threads.source, 1, 256);
  if (raw.failOn) config.failOn = parseFailOn(raw.failOn.value, raw.failOn.source);
  const benchFlags = [
    ["budget", raw.budgetSeconds],
    ["load-samples", raw.loadSamples],
    ["latency-rounds", raw.latencyRounds],
    ["latency-time-ms", raw.latencyTimeMs],
    ["warmup-ms", raw.warmupMs],
    ["intra-op-threads", raw.intraOpThreads],
    ["inter-op-threads", raw.interOpThreads]
  ];
  for (const [key, value2] of benchFlags) if (value2) setBench(config, key, value2);
  if (raw.atol) config.eval.atol = parseNonNegative(raw.atol.value, raw.atol.source);
  if (raw.rtol) config.eval.rtol = parseNonNegative(raw.rtol.value, raw.rtol.source);
  if (raw.output) config.eval.output = raw.output.value.trim() || null;
  applyVariantSettings(config.variants, raw);
  for (const t2 of raw.thresholds ?? []) Object.assign(config.thresholds, parseThresholdLines(t2.value, t2.source, config.thresholds));
  return config;
}
function thresholdsFor(config, model) {
  return { ...config.thresholds, ...config.modelThresholds[model] };
}
async function findDefaultConfig(cwd) {
  for (const name of DEFAULT_CONFIG_FILES) {
    const path = `${cwd}/${name}`;
    try {
      await access(path);
      return path;
    } catch {
    }
  }
  return null;
}
async function readConfigFile(path, source = "config file") {
  let text2;
  try {
    text2 = await readFile3(path, "utf8");
  } catch {
    throw new InputError(`${source}: config file ${path} cannot be read`);
  }
  try {
    return path.endsWith(".json") ? JSON.parse(text2) : (0, import_yaml.parse)(text2);
  } catch (error) {
    throw new InputError(`${path}: not valid ${path.endsWith(".json") ? "JSON" : "YAML"} (${error.message.split("\n")[0]})`);
  }
}
var VARIANT_KEYS = {
  variants: "variants",
  publish: "publish",
  "max-accuracy-drop": "maxAccuracyDrop",
  "max-error-increase": "maxErrorIncrease",
  "int8-min-elements": "int8MinElements",
  "fp16-keep-ops": "fp16KeepOps"
};
var FILE_KEYS = ["compression-level", "codec", "threads", "fail-on", "thresholds", "eval", "bench", "models", ...Object.keys(VARIANT_KEYS)];
function applyVariantSettings(v2, raw) {
  if (raw.variants) v2.build = parseVariantList(raw.variants.value, raw.variants.source);
  if (raw.publish) {
    const p2 = raw.publish.value.trim().toLowerCase();
    if (p2 !== "original" && p2 !== "best") throw new InputError(`${raw.publish.source}: "${raw.publish.value}" is not one of original, best`);
    v2.publish = p2;
  }
  if (raw.maxAccuracyDrop) v2.maxAccuracyDrop = parseBudget(raw.maxAccuracyDrop.value, "accuracy", raw.maxAccuracyDrop.source);
  if (raw.maxErrorIncrease) v2.maxErrorIncrease = parseBudget(raw.maxErrorIncrease.value, "rmse", raw.maxErrorIncrease.source);
  if (raw.int8MinElements) v2.int8MinElements = parseInteger(raw.int8MinElements.value, raw.int8MinElements.source, 1, 2 ** 31);
  if (raw.fp16KeepOps) v2.fp16KeepOps = splitList(raw.fp16KeepOps.value);
}
function parseVariantList(value2, source) {
  const out = [];
  for (const item of splitList(value2)) {
    const name = item.toLowerCase();
    if (name === "fp32" || name === "original") continue;
    if (!VARIANTS.includes(name)) throw new InputError(`${source}: unknown variant "${item}"; variants are fp32 (the original), ${VARIANTS.join(", ")}`);
    if (!out.includes(name)) out.push(name);
  }
  return out;
}
function splitList(value2) {
  return value2.split(/[\s,;]+/).filter((s2) => s2 !== "");
}
function parseBudget(value2, metric, source) {
  const t2 = parseThreshold(value2, METRICS[metric], source);
  if (!t2) throw new InputError(`${source}: a lossy variant needs a budget; "${value2}" sets none`);
  return t2;
}
var BENCH_KEYS = {
  budget: { field: "budgetSeconds", min: 1, max: 3600 },
  "load-samples": { field: "loadSamples", min: 1, max: 1e3 },
  "latency-rounds": { field: "latencyRounds", min: 1, max: 1e3 },
  "latency-time-ms": { field: "latencyTimeMs", min: 1, max: 6e5 },
  "warmup-ms": { field: "warmupMs", min: 0, max: 6e5 },
  "intra-op-threads": { field: "intraOpThreads", min: 0, max: 256 },
  "inter-op-threads": { field: "interOpThreads", min: 0, max: 256 }
};
function setBench(config, key, raw) {
  const { field, min, max: max2 } = BENCH_KEYS[key];
  config.bench[field] = parseInteger(raw.value, raw.source, min, max2);
}
function applyConfigFile(config, data, file) {
  if (data === null || data === void 0) return;
  const top = asObject(data, file);
  checkKeys(top, FILE_KEYS, file);
  const at2 = (key) => `${file}: ${key}`;
  if (top["compression-level"] !== void 0) config.level = parseLevel(String(top["compression-level"]), at2("compression-level"));
  if (top.codec !== void 0) config.codec = parseCodec(String(top.codec), at2("codec"));
  if (top.threads !== void 0) config.threads = parseInteger(String(top.threads), at2("threads"), 1, 256);
  if (top["fail-on"] !== void 0) config.failOn = parseFailOn(String(top["fail-on"]), at2("fail-on"));
  if (top.thresholds !== void 0) Object.assign(config.thresholds, parseThresholdTable(top.thresholds, at2("thresholds"), config.thresholds));
  const variantRaw = {};
  for (const [key, field] of Object.entries(VARIANT_KEYS)) {
    const value2 = top[key];
    if (value2 !== void 0) variantRaw[field] = { value: Array.isArray(value2) ? value2.join(",") : String(value2), source: at2(key) };
  }
  applyVariantSettings(config.variants, variantRaw);
  if (top.eval !== void 0) {
    const e2 = asObject(top.eval, at2("eval"));
    checkKeys(e2, ["atol", "rtol", "output"], at2("eval"));
    if (e2.atol !== void 0) config.eval.atol = parseNonNegative(String(e2.atol), at2("eval.atol"));
    if (e2.rtol !== void 0) config.eval.rtol = parseNonNegative(String(e2.rtol), at2("eval.rtol"));
    if (e2.output !== void 0) config.eval.output = String(e2.output);
  }
  if (top.bench !== void 0) {
    const b3 = asObject(top.bench, at2("bench"));
    checkKeys(b3, Object.keys(BENCH_KEYS), at2("bench"));
    for (const key of Object.keys(BENCH_KEYS)) {
      if (b3[key] !== void 0) setBench(config, key, { value: String(b3[key]), source: at2(`bench.${key}`) });
    }
  }
  if (top.models !== void 0) {
    for (const [name, value2] of Object.entries(asObject(top.models, at2("models")))) {
      const m2 = asObject(value2, at2(`models.${name}`));
      checkKeys(m2, ["thresholds"], at2(`models.${name}`));
      if (m2.thresholds !== void 0) {
        config.modelThresholds[name] = parseThresholdTable(m2.thresholds, at2(`models.${name}.thresholds`), config.thresholds);
      }
    }
  }
}
function parseThresholdTable(value2, source, base) {
  const out = {};
  for (const [name, spec] of Object.entries(asObject(value2, source))) {
    const metric = metricFromName(name, source);
    const where = `${source}.${name}`;
    if (typeof spec === "string" || typeof spec === "number") {
      out[metric.id] = parseThresholdPair(spec, metric, where, base[metric.id]);
    } else {
      const obj = asObject(spec, where);
      checkKeys(obj, ["warn", "fail"], where);
      const pick = (key) => obj[key] === void 0 ? base[metric.id][key] : parseThreshold(obj[key] === null ? "none" : String(obj[key]), metric, `${where}.${key}`);
      const pair = { warn: pick("warn"), fail: pick("fail") };
      checkOrder(pair, metric, where);
      out[metric.id] = pair;
    }
  }
  return out;
}
function parseLevel(value2, source) {
  return parseInteger(value2, source, 1, 22);
}
function parseCodec(value2, source) {
  const v2 = value2.trim();
  if (!CODECS.includes(v2)) throw new InputError(`${source}: "${value2}" is not one of ${CODECS.join(", ")}`);
  return v2;
}
function parseFailOn(value2, source) {
  const v2 = value2.trim().toLowerCase();
  if (v2 === "fail" || v2 === "warn" || v2 === "never") return v2;
  throw new InputError(`${source}: "${value2}" is not one of fail, warn, never`);
}
function parseInteger(value2, source, min, max2) {
  const v2 = value2.trim();
  const n2 = Number(v2);
  if (!/^-?\d+$/.test(v2) || n2 < min || n2 > max2) {
    throw new InputError(`${source}: "${value2}" must be a whole number from ${min} to ${max2}`);
  }
  return n2;
}
function parseNonNegative(value2, source) {
  const n2 = Number(value2.trim());
  if (value2.trim() === "" || !Number.isFinite(n2) || n2 < 0) throw new InputError(`${source}: "${value2}" must be a number \u2265 0`);
  return n2;
}
function asObject(value2, source) {
  if (typeof value2 !== "object" || value2 === null || Array.isArray(value2)) {
    throw new InputError(`${source} must be a mapping of keys to values`);
  }
  return value2;
}
function checkKeys(obj, allowed, source) {
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key)) throw new InputError(`${source}: unknown key "${key}"; allowed: ${allowed.join(", ")}`);
  }
}

// src/pack/pack.ts
import { copyFile, mkdir as mkdir2, rename as rename4, rm as rm4, stat } from "node:fs/promises";
import { dirname as dirname4, join as join6 } from "node:path";

// src/version.ts
var VERSION = "0.1.0";

// src/onnx/model-info.ts
var ModelField = {
  irVersion: 1,
  producerName: 2,
  producerVersion: 3,
  domain: 4,
  modelVersion: 5,
  docString: 6,
  graph: 7,
  opsetImport: 8,
  metadataProps: 14,
  trainingInfo: 20,
  functions: 25
};
var GraphField = { node: 1, name: 2, initializer: 5, docString: 10, input: 11, output: 12, valueInfo: 13, sparseInitializer: 15 };
var SparseField = { values: 1, indices: 2 };
var TYPE_TENSOR = 1;
var TYPE_NON_TENSOR = /* @__PURE__ */ new Set([4, 5, 7, 8, 9]);
var MODEL_FIRST_FIELDS = /* @__PURE__ */ new Map([
  [ModelField.irVersion, WIRE_VARINT],
  [ModelField.producerName, WIRE_LEN],
  [ModelField.producerVersion, WIRE_LEN],
  [ModelField.domain, WIRE_LEN],
  [ModelField.modelVersion, WIRE_VARINT],
  [ModelField.docString, WIRE_LEN],
  [ModelField.graph, WIRE_LEN],
  [ModelField.opsetImport, WIRE_LEN],
  [ModelField.metadataProps, WIRE_LEN],
  [ModelField.trainingInfo, WIRE_LEN],
  [ModelField.functions, WIRE_LEN]
]);
function sniffFormat(firstBytes) {
  const b3 = firstBytes;
  if (b3.length >= 2 && b3[0] === 128 && b3[1] >= 2 && b3[1] <= 5) return "pickle";
  if (startsWith(b3, [80, 75, 3, 4])) return "zip";
  if (startsWith(b3, [40, 181, 47, 253])) return "zstd";
  return startsLikeModelProto(b3) ? "onnx-candidate" : "unknown";
}
function startsWith(bytes2, magic) {
  return bytes2.length >= magic.length && magic.every((m2, i3) => bytes2[i3] === m2);
}
function startsLikeModelProto(b3) {
  const b0 = b3[0];
  if (b0 === void 0) return false;
  const tag = b0 < 128 ? b0 : b3[1] !== void 0 && b3[1] < 128 ? b0 & 127 | b3[1] << 7 : -1;
  return tag > 0 && MODEL_FIRST_FIELDS.get(tag >>> 3) === (tag & 7);
}
function foreignFormatError(format, label) {
  switch (format) {
    case "pickle":
      return new InputError(
        `${label}: looks like a Python pickle / PyTorch checkpoint; model-gate never loads pickle because unpickling runs arbitrary code \u2014 export the model to ONNX first`
      );
    case "zip":
      return new InputError(
        `${label}: looks like a Python pickle / PyTorch checkpoint (a zip archive, as torch.save writes); model-gate never loads pickle because unpickling runs arbitrary code \u2014 export the model to ONNX first`
      );
    case "zstd":
      return new InputError(`${label}: is zstd-compressed (a packed model?); pass the plain .onnx file`);
    default:
      return null;
  }
}
function readModelInfo(path, stats) {
  return walkFile(path, walkModelInfo, stats);
}
function* walkModelInfo(c2) {
  if (c2.size === 0) throw new InputError(`${c2.label}: empty file, not an ONNX model`);
  const format = sniffFormat(yield* c2.read(0, Math.min(c2.size, 8)));
  const foreign = foreignFormatError(format, c2.label);
  if (foreign) throw foreign;
  try {
    return checkedModelInfo(yield* walkModel2(c2), c2.label);
  } catch (err2) {
    if (err2 instanceof ProtobufError && (format === "unknown" || !err2.isTruncation)) {
      throw new InputError(`${c2.label}: not an ONNX model; ${err2.detail}`);
    }
    throw err2;
  }
}
function checkedModelInfo(s2, label) {
  if (!s2.hasIrVersion) throw new InputError(`${label}: not an ONNX model (no ir_version)`);
  if (s2.info.irVersion <= 0) throw new InputError(`${label}: not an ONNX model (ir_version is ${s2.info.irVersion})`);
  if (!s2.hasGraph) throw new InputError(`${label}: not an ONNX model (no graph)`);
  s2.info.inputs = s2.graphInputs.filter((v2) => !s2.initializerNames.has(v2.name));
  return s2.info;
}
function* walkModel2(c2) {
  const label = c2.label;
  const s2 = {
    info: {
      irVersion: 0,
      opsetImports: [],
      producerName: "",
      producerVersion: "",
      domain: "",
      modelVersion: 0,
      docString: "",
      graphName: "",
      inputs: [],
      outputs: [],
      initializerCount: 0,
      initializerBytes: 0
    },
    hasIrVersion: false,
    hasGraph: false,
    graphInputs: [],
    initializerNames: /* @__PURE__ */ new Set()
  };
  for (let pos = 0; pos < c2.size; ) {
    const f2 = yield* c2.field(pos, c2.size);
    pos = f2.offset + f2.length;
    switch (f2.no) {
      case ModelField.irVersion:
        s2.info.irVersion = fieldInt(f2, label, "ModelProto.ir_version");
        s2.hasIrVersion = true;
        break;
      case ModelField.producerName:
        s2.info.producerName = yield* c2.string(f2, "ModelProto.producer_name");
        break;
      case ModelField.producerVersion:
        s2.info.producerVersion = yield* c2.string(f2, "ModelProto.producer_version");
        break;
      case ModelField.domain:
        s2.info.domain = yield* c2.string(f2, "ModelProto.domain");
        break;
      case ModelField.modelVersion:
        s2.info.modelVersion = fieldInt(f2, label, "ModelProto.model_version");
        break;
      case ModelField.docString:
        s2.info.docString = yield* c2.string(f2, "ModelProto.doc_string");
        break;
      case ModelField.graph:
        expectWire(f2, WIRE_LEN, label, "ModelProto.graph");
        yield* walkGraph2(c2, f2, s2);
        s2.hasGraph = true;
        break;
      case ModelField.opsetImport:
        s2.info.opsetImports.push(readOpset(yield* c2.message(f2, "ModelProto.opset_import")));
        break;
    }
  }
  return s2;
}
function* walkGraph2(c2, graph, s2) {
  const end = graph.offset + graph.length;
  for (let pos = graph.offset; pos < end; ) {
    const f2 = yield* c2.field(pos, end);
    pos = f2.offset + f2.length;
    switch (f2.no) {
      case GraphField.name:
        s2.info.graphName = yield* c2.string(f2, "GraphProto.name");
        break;
      case GraphField.initializer: {
        const t2 = yield* measureTensor(c2, f2, "GraphProto.initializer");
        s2.initializerNames.add(t2.name);
        s2.info.initializerCount++;
        s2.info.initializerBytes += t2.bytes;
        break;
      }
      case GraphField.sparseInitializer: {
        const t2 = yield* measureSparseTensor(c2, f2);
        s2.initializerNames.add(t2.name);
        s2.info.initializerCount++;
        s2.info.initializerBytes += t2.bytes;
        break;
      }
      case GraphField.input:
        s2.graphInputs.push(readValueInfo(yield* c2.message(f2, "GraphProto.input"), "input"));
        break;
      case GraphField.output:
        s2.info.outputs.push(readValueInfo(yield* c2.message(f2, "GraphProto.output"), "output"));
        break;
    }
  }
}
function* measureTensor(c2, tensor, what) {
  expectWire(tensor, WIRE_LEN, c2.label, what);
  const label = c2.label;
  const dims = [];
  let dataType = 0;
  let name = "";
  let rawBytes = -1;
  let external = false;
  let stringBytes = 0;
  const valueCounts = /* @__PURE__ */ new Map();
  const addValues = (field, n2) => {
    valueCounts.set(field, (valueCounts.get(field) ?? 0) + n2);
  };
  const end = tensor.offset + tensor.length;
  for (let pos = tensor.offset; pos < end; ) {
    const f2 = yield* c2.field(pos, end);
    pos = f2.offset + f2.length;
    switch (f2.no) {
      case TensorField.dims:
        if (f2.wireType === WIRE_VARINT) dims.push(Number(toBigInt(f2.lo, f2.hi)));
        else {
          expectWire(f2, WIRE_LEN, label, "TensorProto.dims");
          forEachVarint(yield* c2.read(f2.offset, f2.length), label, (lo, hi) => dims.push(Number(toBigInt(lo, hi))));
        }
        break;
      case TensorField.dataType:
        dataType = fieldInt32(f2, label, "TensorProto.data_type");
        break;
      case TensorField.name:
        name = yield* c2.string(f2, "TensorProto.name");
        break;
      case TensorField.rawData:
        expectWire(f2, WIRE_LEN, label, "TensorProto.raw_data");
        rawBytes = f2.length;
        break;
      case TensorField.dataLocation:
        external ||= fieldInt32(f2, label, "TensorProto.data_location") === DATA_LOCATION_EXTERNAL;
        break;
      case TensorField.stringData:
        expectWire(f2, WIRE_LEN, label, "TensorProto.string_data");
        stringBytes += f2.length;
        break;
      case TensorField.floatData:
        addValues(f2.no, f2.wireType === WIRE_LEN ? Math.floor(f2.length / 4) : 1);
        break;
      case TensorField.doubleData:
        addValues(f2.no, f2.wireType === WIRE_LEN ? Math.floor(f2.length / 8) : 1);
        break;
      case TensorField.int32Data:
      case TensorField.int64Data:
      case TensorField.uint64Data:
        addValues(f2.no, f2.wireType === WIRE_LEN ? countVarints(yield* c2.read(f2.offset, f2.length), label) : 1);
        break;
    }
  }
  return { name, bytes: tensorPayloadBytes() };
  function tensorPayloadBytes() {
    if (external) return Math.ceil(dims.reduce((a2, b3) => a2 * b3, 1) * (dataTypeBits(dataType) ?? 0) / 8);
    if (rawBytes >= 0) return rawBytes;
    let bytes2 = stringBytes;
    for (const [field, n2] of valueCounts) bytes2 += n2 * bytesPerTypedValue(dataType, field);
    return bytes2;
  }
}
function* measureSparseTensor(c2, sparse) {
  expectWire(sparse, WIRE_LEN, c2.label, "GraphProto.sparse_initializer");
  const size = { name: "", bytes: 0 };
  const end = sparse.offset + sparse.length;
  for (let pos = sparse.offset; pos < end; ) {
    const f2 = yield* c2.field(pos, end);
    pos = f2.offset + f2.length;
    if (f2.no === SparseField.values) {
      const values = yield* measureTensor(c2, f2, "SparseTensorProto.values");
      size.name = values.name;
      size.bytes += values.bytes;
    } else if (f2.no === SparseField.indices) {
      size.bytes += (yield* measureTensor(c2, f2, "SparseTensorProto.indices")).bytes;
    }
  }
  return size;
}
function readOpset(r2) {
  const opset = { domain: "", version: 0 };
  for (const f2 of r2) {
    if (f2.no === 1) opset.domain = r2.string(f2, "OperatorSetIdProto.domain");
    else if (f2.no === 2) opset.version = fieldInt(f2, r2.label, "OperatorSetIdProto.version");
  }
  return opset;
}
function readValueInfo(r2, role) {
  let name = "";
  let type2 = null;
  for (const f2 of r2) {
    if (f2.no === 1) name = r2.string(f2, "ValueInfoProto.name");
    else if (f2.no === 2) type2 = f2;
  }
  const typeInfo = type2 ? readType(r2.message(type2, "ValueInfoProto.type"), `graph ${role} "${name}"`) : null;
  return { name, elemType: typeInfo?.elemType ?? null, shape: typeInfo?.shape ?? null };
}
function readType(r2, what) {
  let info = { elemType: null, shape: null };
  for (const f2 of r2) {
    if (f2.no === TYPE_TENSOR) info = readTensorType(r2.message(f2, "TypeProto.tensor_type"), what);
    else if (TYPE_NON_TENSOR.has(f2.no)) info = { elemType: null, shape: null };
  }
  return info;
}
function readTensorType(r2, what) {
  let elemType = "undefined";
  let shape = null;
  for (const f2 of r2) {
    if (f2.no === 1) elemType = elemTypeFromDataType(fieldInt32(f2, r2.label, "TypeProto.Tensor.elem_type"), r2.label, what);
    else if (f2.no === 2) shape = readShape(r2.message(f2, "TypeProto.Tensor.shape"));
  }
  return { elemType, shape };
}
function readShape(r2) {
  const dims = [];
  for (const f2 of r2) if (f2.no === 1) dims.push(readDimension(r2.message(f2, "TensorShapeProto.dim")));
  return dims;
}
function readDimension(r2) {
  let dim = null;
  for (const f2 of r2) {
    if (f2.no === 1) {
      const value2 = fieldInt(f2, r2.label, "TensorShapeProto.Dimension.dim_value");
      dim = value2 >= 0 ? value2 : null;
    } else if (f2.no === 2) {
      dim = r2.string(f2, "TensorShapeProto.Dimension.dim_param") || null;
    }
  }
  return dim;
}

// src/pack/inspect.ts
async function inspectModel(path) {
  const size = await requireRegularFile(path, "model");
  if (size === 0) throw new InputError(`${path}: model file is empty`);
  return readModelInfo(path);
}

// src/pack/pack.ts
async function packModels(request) {
  if (request.models.length === 0) throw new InputError("pack: no model files given");
  checkUniqueNames(request.models);
  const planned = await Promise.all(request.models.map(plan));
  checkRestoredNames(planned);
  await mkdir2(request.outDir, { recursive: true });
  const options = { level: request.level, threads: request.threads, codec: request.codec ?? "auto", blockSize: request.blockSize };
  const staged = [];
  const stage = async (path, runs, size, name, location) => {
    const tmp = temporaryPath(join6(request.outDir, packedFileName(name, "zstd", location)));
    staged.push({ tmp, final: "" });
    const packed = await packFile(path, runs, size, tmp, options);
    const file = packedFileName(name, packed.codec, location);
    staged.at(-1).final = join6(request.outDir, file);
    return { file, ...packed };
  };
  try {
    const models = [];
    for (const p2 of planned) {
      const main2 = await stage(p2.path, p2.runs, p2.size, p2.name);
      const externalData = [];
      for (const e2 of p2.external) externalData.push({ location: e2.location, ...await stage(e2.path, e2.runs, e2.size, p2.name, e2.location) });
      models.push(manifestEntry(p2, main2, externalData, request.level));
    }
    const manifest = { schema: MANIFEST_SCHEMA, schemaVersion: MANIFEST_VERSION, tool: { name: "model-gate", version: VERSION }, models };
    for (const { tmp, final } of staged) await rename4(tmp, final);
    await writeFileAtomic(join6(request.outDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}
`);
    return manifest;
  } catch (error) {
    await Promise.all(staged.map(({ tmp }) => rm4(tmp, { force: true })));
    throw error;
  }
}
async function assemblePack(models, outDir) {
  const manifest = { schema: MANIFEST_SCHEMA, schemaVersion: MANIFEST_VERSION, tool: { name: "model-gate", version: VERSION }, models: models.map((m2) => m2.entry) };
  validateManifest(manifest, join6(outDir, MANIFEST_FILE));
  await mkdir2(outDir, { recursive: true });
  const staged = [];
  try {
    for (const { entry, path } of models) {
      for (const file of [entry.file, ...(entry.externalData ?? []).map((e2) => e2.file)]) {
        const final = join6(outDir, file);
        staged.push({ tmp: temporaryPath(final), final });
        await copyFile(join6(dirname4(path), file), staged.at(-1).tmp);
      }
    }
    for (const { tmp, final } of staged) await rename4(tmp, final);
    await writeFileAtomic(join6(outDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}
`);
    return manifest;
  } catch (error) {
    await Promise.all(staged.map(({ tmp }) => rm4(tmp, { force: true })));
    throw error;
  }
}
function checkUniqueNames(models) {
  const byName = /* @__PURE__ */ new Map();
  for (const path of models) {
    const name = modelNameOf(path);
    const other = byName.get(name);
    if (other !== void 0) throw new InputError(`${path}: model name "${name}" is also the name of ${other}; names must be unique`);
    byName.set(name, path);
  }
}
async function plan(path) {
  const info = await inspectModel(path);
  const map = await mapTensors(path);
  const external = await checkExternalData(path, map.external);
  const { size } = await stat(path);
  return { path, name: modelNameOf(path), size, info, runs: map.runs, external };
}
function checkRestoredNames(planned) {
  const owner = /* @__PURE__ */ new Map();
  for (const p2 of planned) {
    for (const name of [`${p2.name}.onnx`, ...p2.external.map((e2) => e2.location)]) {
      const other = owner.get(name);
      if (other !== void 0) {
        throw new InputError(`${p2.path}: restores a file named "${name}", as ${other} does; a pack restores into one folder, so its file names must be distinct`);
      }
      owner.set(name, p2.path);
    }
  }
}
function manifestEntry(p2, main2, externalData, level) {
  const { info } = p2;
  return {
    name: p2.name,
    ...main2,
    level,
    onnx: {
      irVersion: info.irVersion,
      opsetImports: info.opsetImports,
      producerName: info.producerName,
      producerVersion: info.producerVersion,
      domain: info.domain,
      modelVersion: info.modelVersion,
      inputs: info.inputs,
      outputs: info.outputs
    },
    ...externalData.length > 0 ? { externalData } : {}
  };
}

// src/report/environment.ts
import { arch, availableParallelism as availableParallelism3, cpus, release, type } from "node:os";
function collectEnvironment() {
  return {
    cpu: cpus()[0]?.model.trim() ?? "unknown",
    cores: availableParallelism3(),
    os: `${type()} ${release()}`,
    arch: arch(),
    node: process.version,
    onnxruntime: onnxruntimeVersion(),
    runner: process.env.RUNNER_NAME ?? null
  };
}

// src/report/json.ts
var REPORT_SCHEMA = "model-gate/report";
var REPORT_VERSION = 1;
function buildReport(input) {
  const { level, threads, failOn, bench, eval: evalSettings } = input.config;
  return {
    schema: REPORT_SCHEMA,
    schemaVersion: REPORT_VERSION,
    tool: { name: "model-gate", version: VERSION },
    verdict: input.verdict,
    summary: summarize(input.verdict, input.models, input.baseline.note),
    baseline: input.baseline,
    removed: input.removed,
    models: input.models.map((m2) => ({
      name: m2.name,
      verdict: m2.verdict,
      baseline: m2.baseline && { file: m2.baseline.file, raw: m2.baseline.raw, packed: m2.baseline.packed },
      candidate: {
        file: m2.candidate.file,
        raw: m2.candidate.raw,
        packed: m2.candidate.packed,
        producer: `${m2.candidate.onnx.producerName} ${m2.candidate.onnx.producerVersion}`.trim()
      },
      checks: m2.checks,
      eval: m2.eval,
      phases: m2.phases,
      variants: m2.variants ?? null
    })),
    settings: { level, threads, failOn, bench, eval: evalSettings },
    environment: input.environment
  };
}
function summarize(verdict, models, baselineNote) {
  if (verdict === "no-baseline") return `no baseline \u2014 ${baselineNote ?? "nothing to compare with"}; measured the candidate only`;
  if (verdict === "pass") return `pass \u2014 ${models.length} model${models.length === 1 ? "" : "s"} within every threshold`;
  const parts = models.flatMap((m2) => {
    const flagged = m2.checks.filter((c2) => c2.status === verdict).sort((a2, b3) => SUMMARY_ORDER.indexOf(a2.metric) - SUMMARY_ORDER.indexOf(b3.metric)).map((c2) => `${c2.metric} ${formatChange(c2)}`);
    return flagged.length > 0 ? [`${m2.name}: ${flagged.join(", ")}`] : [];
  });
  const shown = parts.slice(0, 3).join("; ");
  return `${verdict} \u2014 ${shown}${parts.length > 3 ? `; and ${parts.length - 3} more models` : ""}`;
}
var SUMMARY_ORDER = ["accuracy", "mae", "rmse", "reference-agreement", "latency-p50", "latency-p95", "load-time", "first-inference", "packed-size"];
function formatChange(c2) {
  if (!c2.change) return "\u2014";
  if (c2.change.relative !== null && c2.metric !== "accuracy" && c2.metric !== "reference-agreement") return formatPercent(c2.change.relative);
  if (c2.metric === "accuracy" || c2.metric === "reference-agreement") return `${signed(c2.change.absolute * 100, 2)} pp`;
  return signed(c2.change.absolute, 4);
}
function formatPercent(share) {
  if (!Number.isFinite(share)) return share > 0 ? "+\u221E%" : "\u2212\u221E%";
  const pct2 = share * 100;
  return `${signed(pct2, Math.abs(pct2) < 10 ? 1 : 0)}%`;
}
function signed(value2, digits) {
  const text2 = Math.abs(value2).toFixed(digits);
  if (Number(text2) === 0) return `\xB1${text2}`;
  return `${value2 > 0 ? "+" : "\u2212"}${text2}`;
}

// src/report/escape.ts
var MARKDOWN_SPECIAL = /[\\`*_[\]|~]/g;
function escapeMarkdown(text2, maxLength = 200) {
  const oneLine = text2.replace(/[\r\n\t\u2028\u2029]+/g, " ").replace(/[\u0000-\u001f\u007f]/g, "");
  const clipped = oneLine.length > maxLength ? `${oneLine.slice(0, maxLength - 1)}\u2026` : oneLine;
  return clipped.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(MARKDOWN_SPECIAL, (c2) => `\\${c2}`).replace(/@/g, "&#64;").replace(/:\/\//g, "&#58;//");
}

// src/variants/choose.ts
var WORST_SHOWN = 5;
function judgeScore(e2, settings) {
  const v2 = e2.candidate;
  const a2 = e2.agreement;
  if (!v2 || !a2) throw new Error("judgeScore needs an eval of the variant against the original");
  if (e2.task === "classification" && e2.baseline.accuracy !== null && v2.accuracy !== null) {
    return lowerIsWorse("accuracy", e2.baseline.accuracy, v2.accuracy, settings.maxAccuracyDrop);
  }
  if (e2.task === "regression" && e2.baseline.rmse !== null && v2.rmse !== null) return higherIsWorse("rmse", e2.baseline.rmse, v2.rmse, settings.maxErrorIncrease);
  const error = higherIsWorse("output error", 0, a2.relativeRmsError ?? Number.POSITIVE_INFINITY, settings.maxErrorIncrease, true);
  if (a2.top1 === null) return error;
  const agreement = lowerIsWorse("top-1 agreement", 1, a2.top1, settings.maxAccuracyDrop);
  return !agreement.within || error.within ? agreement : error;
}
function lowerIsWorse(metric, original, variant, t2) {
  const loss = t2.kind === "relative" ? original === 0 ? 0 : (original - variant) / original : original - variant;
  return { metric, original, variant, loss, budget: t2.text, unit: t2.kind === "relative" ? "%" : "pp", within: loss <= t2.amount + 1e-12 };
}
function higherIsWorse(metric, original, variant, t2, alreadyRelative = false) {
  const loss = alreadyRelative || t2.kind === "absolute" ? variant - original : original === 0 ? variant > 0 ? Number.POSITIVE_INFINITY : 0 : (variant - original) / original;
  const unit = alreadyRelative || t2.kind === "relative" ? "%" : "abs";
  return { metric, original, variant, loss, budget: t2.text, unit, within: loss <= t2.amount + 1e-12 };
}
var change = (checks, metric) => checks.find((c2) => c2.metric === metric)?.change ?? null;
function chooseVariant(original, measured, settings) {
  const rows = [
    {
      variant: "original",
      status: "within-budget",
      reason: null,
      packedBytes: original.packedBytes,
      weightBytes: original.weightBytes,
      loadTime: null,
      latencyP50: null,
      score: null,
      agreement: null,
      converted: 0,
      kept: 0,
      clamped: 0,
      flushed: 0,
      worstTensors: []
    }
  ];
  for (const m2 of measured) {
    const b3 = m2.build;
    const score = m2.eval ? judgeScore(m2.eval, settings) : null;
    const reason = b3.reason ?? (score && !score.within ? `${score.metric} ${describeLoss(score)}, beyond the budget ${score.budget}` : null);
    rows.push({
      variant: b3.variant,
      status: b3.path === null ? "not-built" : score?.within ? "within-budget" : "rejected",
      reason,
      packedBytes: m2.packedBytes,
      weightBytes: b3.path === null ? null : b3.weightBytes.variant,
      loadTime: change(m2.checks, "load-time"),
      latencyP50: change(m2.checks, "latency-p50"),
      score,
      agreement: m2.eval?.agreement ?? null,
      converted: b3.converted.length,
      kept: b3.kept.length,
      clamped: b3.converted.reduce((n2, t2) => n2 + t2.clamped, 0),
      flushed: b3.converted.reduce((n2, t2) => n2 + t2.flushed, 0),
      worstTensors: [...b3.converted].sort((x2, y2) => (x2.sqnrDb ?? Infinity) - (y2.sqnrDb ?? Infinity)).slice(0, WORST_SHOWN)
    });
  }
  const candidates = settings.publish === "best" ? rows.filter((r2) => r2.status === "within-budget") : [rows[0]];
  const best = candidates.reduce((a2, r2) => (r2.packedBytes ?? Infinity) < (a2.packedBytes ?? Infinity) ? r2 : a2);
  best.status = "published";
  return { publish: settings.publish, published: best.variant, rows };
}
function describeLoss(s2) {
  if (typeof s2.loss !== "number" || !Number.isFinite(s2.loss)) return "n/a";
  const lowerIsWorse2 = s2.metric === "accuracy" || s2.metric === "top-1 agreement";
  const moved = lowerIsWorse2 ? -s2.loss : s2.loss;
  const sign = moved > 0 ? "+" : moved < 0 ? "\u2212" : "\xB1";
  if (s2.unit === "abs") return `${sign}${Math.abs(moved).toPrecision(3)}`;
  return `${sign}${Math.abs(moved * 100).toFixed(2)}${s2.unit === "pp" ? " pp" : "%"}`;
}

// src/report/markdown.ts
var VERDICT_ICON = { pass: "\u2705", warn: "\u26A0\uFE0F", fail: "\u274C", "no-baseline": "\u2139\uFE0F" };
var STATUS_ICON = { pass: "", warn: " \u26A0\uFE0F", fail: " \u274C", skipped: "" };
function renderMarkdown(report2) {
  const lines = [];
  lines.push(`### ${VERDICT_ICON[report2.verdict]} model-gate: ${escapeMarkdown(report2.summary, 400)}`);
  lines.push("");
  const source = report2.baseline.source ? `baseline ${escapeMarkdown(report2.baseline.source)}` : "no baseline";
  lines.push(
    `<sub>${source} \xB7 ${report2.models.length} model${report2.models.length === 1 ? "" : "s"} \xB7 both sides measured in this job on the same machine</sub>`
  );
  if (report2.baseline.note) lines.push("", `> ${escapeMarkdown(report2.baseline.note, 400)}`);
  lines.push("");
  lines.push("| Model | Size raw \u2192 packed | Load | Latency p50 / p95 | Accuracy | Verdict |");
  lines.push("|:--|--:|--:|--:|--:|:--|");
  for (const m2 of report2.models) lines.push(modelRow(m2));
  for (const m2 of report2.models) if (m2.variants) lines.push(...variantTable(m2.name, m2.variants));
  if (report2.removed.length > 0) {
    lines.push("", `Baseline models with no candidate: ${report2.removed.map((n2) => escapeMarkdown(n2)).join(", ")}.`);
  }
  lines.push("", "<details><summary>Details: every check, environment, method</summary>", "");
  for (const m2 of report2.models) lines.push(...modelDetails(m2));
  lines.push(...environmentSection(report2), ...methodSection(report2), "</details>", "");
  return lines.join("\n");
}
function modelRow(m2) {
  const check = (id) => m2.checks.find((c2) => c2.metric === id);
  const size = `${bytes(m2.candidate.raw.bytes)} \u2192 ${bytes(m2.candidate.packed.bytes)}${changeSuffix(check("packed-size"))}`;
  const load2 = cell(check("load-time"));
  const p50 = check("latency-p50");
  const p95 = check("latency-p95");
  const latency = p50 ? `${cell(p50)} / ${cell(p95)}` : "\u2014";
  const quality = check("accuracy") ?? check("rmse") ?? check("reference-agreement");
  const verdict = `${VERDICT_ICON[m2.verdict]} ${m2.verdict}`;
  const variant = m2.variants && m2.variants.published !== "original" ? ` (${m2.variants.published})` : "";
  return `| ${escapeMarkdown(m2.name)}${variant} | ${size} | ${load2} | ${latency} | ${quality ? cell(quality) : "\u2014"} | ${verdict} |`;
}
function cell(c2) {
  if (!c2) return "\u2014";
  if (c2.candidate === null) return c2.status === "skipped" ? "n/a" : "\u2014";
  return `${value(c2.metric, c2.candidate)}${changeSuffix(c2)}`;
}
function changeSuffix(c2) {
  if (!c2?.change) return "";
  const level = c2.status === "fail" ? c2.threshold.fail : c2.status === "warn" ? c2.threshold.warn ?? c2.threshold.fail : null;
  return ` (${formatChange(c2)}${STATUS_ICON[c2.status]}${level ? ` beyond ${level}` : ""})`;
}
function modelDetails(m2) {
  const lines = [`#### ${escapeMarkdown(m2.name)} \u2014 ${m2.verdict}`, ""];
  lines.push("| Check | Baseline | Candidate | Change | 95% interval | Warn / fail at | Samples | Status |");
  lines.push("|:--|--:|--:|--:|--:|--:|--:|:--|");
  for (const c2 of m2.checks) {
    const interval = c2.change?.interval ? intervalText2(c2.change.interval) : "";
    const status = `${c2.status}${c2.note ? ` \u2014 ${escapeMarkdown(c2.note, 300)}` : ""}`;
    lines.push(
      `| ${METRICS[c2.metric].label} | ${c2.baseline === null ? "\u2014" : value(c2.metric, c2.baseline)} | ${c2.candidate === null ? "\u2014" : value(c2.metric, c2.candidate)} | ${c2.change ? formatChange(c2) : "\u2014"} | ${interval} | ${c2.threshold.warn ?? "none"} / ${c2.threshold.fail ?? "none"} | ${samplesText(c2)} | ${status} |`
    );
  }
  if (m2.phases) lines.push(...phaseTable(m2.phases, m2.baseline !== null));
  if (m2.variants) lines.push(...variantDetails(m2.variants));
  const e2 = m2.eval;
  if (e2) {
    lines.push("");
    lines.push(`Eval: ${e2.sets} set${e2.sets === 1 ? "" : "s"}, ${e2.samples} samples, output ${escapeMarkdown(e2.output)}${e2.task ? `, ${escapeMarkdown(e2.task)}` : ""}.`);
    if (e2.agreement) {
      const top1 = e2.agreement.top1 === null ? "" : `top-1 ${formatShare(e2.agreement.top1)}, `;
      lines.push(
        `Candidate vs baseline outputs: ${top1}${formatShare(e2.agreement.withinShare)} of values within tolerance, max abs difference ${scientific(e2.agreement.maxAbsError)}.`
      );
    }
    const ref = e2.candidate?.referenceMaxAbsError ?? e2.baseline.referenceMaxAbsError;
    if (ref !== null) lines.push(`Max abs error against the reference outputs: ${ref.toExponential(2)}.`);
  }
  const where = m2.baseline ? `${escapeMarkdown(m2.baseline.file)} (sha256 ${m2.baseline.raw.sha256.slice(0, 12)}\u2026) \u2192 ` : "";
  lines.push("", `Files: ${where}${escapeMarkdown(m2.candidate.file)} (sha256 ${m2.candidate.raw.sha256.slice(0, 12)}\u2026), producer ${escapeMarkdown(m2.candidate.producer || "unknown")}.`, "");
  return lines;
}
var ROW_STATUS = { published: "**published**", "within-budget": "within budget", rejected: "rejected", "not-built": "not built" };
function variantTable(model, t2) {
  const lines = ["", `**${escapeMarkdown(model)} variants** \u2014 publish: ${t2.publish}; size, load, latency and quality against the float original, measured in this job:`, ""];
  lines.push("| Variant | Packed | Weights | Load | Latency p50 | Quality vs original | Status |");
  lines.push("|:--|--:|--:|--:|--:|--:|:--|");
  for (const r2 of t2.rows) {
    const timing = (c2) => c2?.relative != null ? formatPercent(c2.relative) : "\u2014";
    const quality = r2.score ? `${r2.score.metric} ${describeLoss(r2.score)} (budget ${escapeMarkdown(r2.score.budget)})` : r2.variant === "original" ? "reference" : "\u2014";
    const status = `${r2.status === "published" ? "\u2705 " : r2.status === "rejected" ? "\u274C " : ""}${ROW_STATUS[r2.status]}${r2.reason ? ` \u2014 ${escapeMarkdown(r2.reason, 200)}` : ""}`;
    const weights = r2.weightBytes === null ? "\u2014" : bytes(r2.weightBytes);
    lines.push(`| ${r2.variant} | ${r2.packedBytes === null ? "\u2014" : bytes(r2.packedBytes)} | ${weights} | ${timing(r2.loadTime)} | ${timing(r2.latencyP50)} | ${quality} | ${status} |`);
  }
  return lines;
}
function variantDetails(t2) {
  const lines = [];
  for (const r2 of t2.rows) {
    if (r2.variant === "original" || r2.status === "not-built") continue;
    const a2 = r2.agreement;
    const agreement = a2 ? `top-1 agreement ${a2.top1 === null ? "n/a" : formatShare(a2.top1)}, ${formatShare(a2.withinShare)} of values within tolerance, max abs difference ${scientific(a2.maxAbsError)}${a2.relativeRmsError === null ? "" : `, RMS difference ${(a2.relativeRmsError * 100).toPrecision(2)}% of the original's`}` : "not evaluated";
    lines.push("", `${r2.variant}: ${r2.converted} tensors converted, ${r2.kept} kept in float32${r2.clamped ? `, ${r2.clamped} values clamped to \xB165504` : ""}${r2.flushed ? `, ${r2.flushed} values flushed to 0` : ""}; against the original: ${agreement}.`);
    if (r2.worstTensors.length > 0) {
      lines.push("", "| Tensor | Elements | SQNR |", "|:--|--:|--:|");
      for (const w2 of r2.worstTensors) lines.push(`| ${escapeMarkdown(w2.name, 120)} | ${w2.elements} | ${w2.sqnrDb === null ? "exact" : `${w2.sqnrDb.toFixed(1)} dB`} |`);
    }
  }
  return lines;
}
function intervalText2(i3) {
  const text2 = `${formatPercent(i3.low)} \u2026 ${formatPercent(i3.high)}`;
  return i3.confidence < 0.95 ? `${text2} (${Math.floor(i3.confidence * 100)}%)` : text2;
}
var STOP_TEXT = { settled: "settled", budget: "budget spent", "max-pairs": "pair cap" };
function samplesText(c2) {
  if (c2.sampling) return `${c2.sampling.pairs} ${c2.samples?.baseline ? "pairs" : "samples"}, ${STOP_TEXT[c2.sampling.stop]} in ${c2.sampling.seconds.toFixed(1)} s`;
  return c2.samples ? `${c2.samples.baseline} / ${c2.samples.candidate}` : "";
}
function phaseTable(phases, hasBaseline) {
  const side = (p2) => p2 ? `${ms(p2.wallMs)} / ${ms(p2.cpuMs)} / ${bytes(p2.peakRssBytes)}` : "\u2014";
  const lines = ["", "Cold load, a fresh process per sample (first measurement) \u2014 medians of wall time / CPU time / peak RSS by the end of the phase:", ""];
  lines.push(hasBaseline ? "| Phase | Baseline | Candidate |" : "| Phase | Candidate |", hasBaseline ? "|:--|--:|--:|" : "|:--|--:|");
  for (const p2 of phases) lines.push(hasBaseline ? `| ${PHASE_LABEL[p2.phase]} | ${side(p2.baseline)} | ${side(p2.candidate)} |` : `| ${PHASE_LABEL[p2.phase]} | ${side(p2.candidate)} |`);
  return lines;
}
var PHASE_LABEL = {
  runtime: "start onnxruntime (not in load time)",
  unpack: "read + decompress + verify",
  session: "create session",
  firstRun: "first inference"
};
function environmentSection(r2) {
  const e2 = r2.environment;
  const b3 = r2.settings.bench;
  return [
    "#### Environment",
    "",
    `${escapeMarkdown(e2.cpu)}, ${e2.cores} cores \xB7 ${escapeMarkdown(e2.os)} ${escapeMarkdown(e2.arch)} \xB7 Node ${escapeMarkdown(e2.node)} \xB7 onnxruntime ${escapeMarkdown(e2.onnxruntime)} \xB7 intra-op threads ${b3.intraOpThreads}, inter-op threads ${b3.interOpThreads}`,
    ""
  ];
}
function methodSection(r2) {
  const b3 = r2.settings.bench;
  return [
    "#### How it was measured",
    "",
    `Packed with zstd level ${r2.settings.level}. Cold load: each sample is a fresh process that reads the packed file, decompresses and verifies it, creates the onnxruntime session (load time) and runs the first inference; onnxruntime is started beforehand and timed apart, as its start-up is the same for every model. Peak RSS is that process's peak. Baseline and candidate alternate A B, B A. Warm latency: rounds of tinybench (${b3.warmupMs} ms warm-up, ${b3.latencyTimeMs} ms sampling per side), both sessions created afresh each round, order alternating. Sampling is adaptive: at least ${b3.loadSamples} cold pairs and ${b3.latencyRounds} rounds, then until every interval is clear of its warn and fail levels or ${b3.budgetSeconds} s are spent. A change is the median of per-pair candidate/baseline ratios with its distribution-free 95% interval; a timing fails only when the whole interval is beyond the fail level, and only if it fails again when re-measured with fresh samples. An estimate beyond the fail level with the interval reaching back inside is inconclusive (warn). Accuracy and agreement use atol ${r2.settings.eval.atol}, rtol ${r2.settings.eval.rtol}. Job fails on: ${r2.settings.failOn}.`,
    ""
  ];
}
function value(metric, v2) {
  switch (METRICS[metric].unit) {
    case "bytes":
      return bytes(v2);
    case "ms":
      return ms(v2);
    case "share":
      return formatShare(v2);
    default:
      return Math.abs(v2) >= 1e3 || v2 !== 0 && Math.abs(v2) < 1e-3 ? v2.toExponential(3) : v2.toPrecision(4);
  }
}
function scientific(v2) {
  return v2 === null ? "\u221E" : v2.toExponential(2);
}
function bytes(n2) {
  if (n2 < 1e3) return `${n2} B`;
  const units = ["kB", "MB", "GB", "TB"];
  let v2 = n2;
  let u2 = -1;
  while (v2 >= 1e3 && u2 < units.length - 1) {
    v2 /= 1e3;
    u2++;
  }
  return `${v2.toFixed(v2 < 10 ? 2 : 1)} ${units[u2]}`;
}
function ms(v2) {
  if (v2 >= 100) return `${v2.toFixed(0)} ms`;
  if (v2 >= 1) return `${v2.toFixed(2)} ms`;
  return `${(v2 * 1e3).toFixed(0)} \xB5s`;
}
function formatShare(v2) {
  return `${(v2 * 100).toFixed(1)}%`;
}

// src/variants/build.ts
import { readFile as readFile4 } from "node:fs/promises";
import { join as join7 } from "node:path";

// src/variants/graph.ts
var NodeField = { input: 1, output: 2, name: 3, opType: 4, attribute: 5, domain: 7 };
var AttributeField = { name: 1, f: 2, i: 3, s: 4, t: 5, g: 6, graphs: 11, type: 20 };
var OpsetField = { domain: 1, version: 2 };
var MAX_DEPTH2 = 64;
function readGraphView(model, label) {
  const view = { irVersion: 0, opset: 0, initializers: /* @__PURE__ */ new Map(), nested: [], uses: /* @__PURE__ */ new Map(), graphInputs: /* @__PURE__ */ new Set(), outputs: /* @__PURE__ */ new Set(), names: /* @__PURE__ */ new Set() };
  const r2 = new WireReader(model, label);
  let graph = null;
  for (const f2 of r2) {
    if (f2.no === ModelField.graph) graph = r2.message(f2, "ModelProto.graph");
    else if (f2.no === ModelField.irVersion) view.irVersion = fieldInt(f2, label, "ModelProto.ir_version");
    else if (f2.no === ModelField.opsetImport) {
      const o2 = r2.message(f2, "ModelProto.opset_import");
      let domain = "";
      let version = 0;
      for (const g2 of o2) {
        if (g2.no === OpsetField.domain) domain = o2.string(g2, "OperatorSetIdProto.domain");
        else if (g2.no === OpsetField.version) version = fieldInt(g2, label, "OperatorSetIdProto.version");
      }
      if (domain === "" || domain === "ai.onnx") view.opset = version;
    }
  }
  if (!graph) throw new InputError(`${label}: not an ONNX model (no graph)`);
  for (const f2 of graph) {
    switch (f2.no) {
      case GraphField.node:
        readNode(graph.message(f2, "GraphProto.node"), view, 0);
        break;
      case GraphField.initializer: {
        const t2 = readInitializer(graph.bytesOf(f2, "GraphProto.initializer"), label, "initializer", f2.offset);
        view.initializers.set(t2.name, t2);
        view.names.add(t2.name);
        break;
      }
      case GraphField.input:
      case GraphField.output:
      case GraphField.valueInfo: {
        const name = valueInfoName(graph.message(f2, "GraphProto.input"));
        view.names.add(name);
        if (f2.no === GraphField.input) view.graphInputs.add(name);
        if (f2.no === GraphField.output) view.outputs.add(name);
        break;
      }
    }
  }
  return view;
}
function valueInfoName(r2) {
  for (const f2 of r2) if (f2.no === 1) return r2.string(f2, "ValueInfoProto.name");
  return "";
}
function readNode(r2, view, depth) {
  if (depth > MAX_DEPTH2) throw new InputError(`${r2.label}: subgraphs nest deeper than ${MAX_DEPTH2} levels`);
  const inputs = [];
  const outputs = [];
  const ints = {};
  const tensors = {};
  let opType = "";
  let domain = "";
  let name = "";
  for (const f2 of r2) {
    switch (f2.no) {
      case NodeField.input:
        inputs.push(r2.string(f2, "NodeProto.input"));
        break;
      case NodeField.output:
        outputs.push(r2.string(f2, "NodeProto.output"));
        view.names.add(outputs.at(-1));
        break;
      case NodeField.name:
        name = r2.string(f2, "NodeProto.name");
        view.names.add(name);
        break;
      case NodeField.opType:
        opType = r2.string(f2, "NodeProto.op_type");
        break;
      case NodeField.domain:
        domain = r2.string(f2, "NodeProto.domain");
        break;
      case NodeField.attribute:
        readAttribute(r2.message(f2, "NodeProto.attribute"), ints, tensors, view, depth);
        break;
    }
  }
  const value2 = tensors.value;
  if (depth === 0 && opType === "Constant" && (domain === "" || domain === "ai.onnx") && value2 && outputs.length === 1) {
    view.initializers.set(outputs[0], { ...readInitializer(value2, r2.label, "constant", r2.base), name: outputs[0] });
  }
  inputs.forEach((input, slot) => {
    if (input === "") return;
    const list = view.uses.get(input) ?? [];
    list.push({ opType, domain, node: name, slot, ints, inSubgraph: depth > 0 });
    view.uses.set(input, list);
  });
}
function readAttribute(r2, ints, tensors, view, depth) {
  let name = "";
  let i3 = null;
  let t2 = null;
  for (const f2 of r2) {
    if (f2.no === AttributeField.name) name = r2.string(f2, "AttributeProto.name");
    else if (f2.no === AttributeField.i && f2.wireType === WIRE_VARINT) i3 = Number(toBigInt(f2.lo, f2.hi));
    else if (f2.no === AttributeField.t) t2 = r2.bytesOf(f2, "AttributeProto.t");
    else if (f2.no === AttributeField.g || f2.no === AttributeField.graphs) readSubgraph(r2.message(f2, "AttributeProto.g"), view, depth + 1);
  }
  if (i3 !== null) ints[name] = i3;
  if (t2 !== null) tensors[name] = t2;
}
function readSubgraph(r2, view, depth) {
  for (const f2 of r2) {
    if (f2.no === GraphField.node) readNode(r2.message(f2, "GraphProto.node"), view, depth);
    else if (f2.no === GraphField.initializer) {
      const t2 = readInitializer(r2.bytesOf(f2, "GraphProto.initializer"), r2.label, "subgraph", f2.offset);
      view.nested.push(t2);
      view.names.add(t2.name);
    } else if (f2.no === GraphField.input || f2.no === GraphField.output || f2.no === GraphField.valueInfo) {
      view.names.add(valueInfoName(r2.message(f2, "GraphProto.input")));
    }
  }
}
function readInitializer(proto, label, where, at2) {
  const r2 = new WireReader(proto, label);
  const t2 = { name: "", dataType: 0, dims: [], proto, external: false, where, at: at2 };
  for (const f2 of r2) {
    if (f2.no === TensorField.name) t2.name = r2.string(f2, "TensorProto.name");
    else if (f2.no === TensorField.dataType) t2.dataType = fieldInt(f2, label, "TensorProto.data_type");
    else if (f2.no === TensorField.dims) r2.varints(f2, "TensorProto.dims", (lo, hi) => t2.dims.push(Number(toBigInt(lo, hi))));
    else if (f2.no === TensorField.dataLocation) t2.external = fieldInt(f2, label, "TensorProto.data_location") === DATA_LOCATION_EXTERNAL;
  }
  return t2;
}
function weightBytes(view) {
  let total = 0;
  for (const t2 of [...view.initializers.values(), ...view.nested]) total += tensorBytes(t2.dataType, t2.dims) ?? 0;
  return total;
}
function freshName(view, base) {
  let name = base;
  for (let n2 = 2; view.names.has(name); n2++) name = `${base}_${n2}`;
  view.names.add(name);
  return name;
}

// src/variants/numeric.ts
var scratchF32 = new Float32Array(1);
var scratchU32 = new Uint32Array(scratchF32.buffer);
var HALF_MAX_BITS = 31743;
var HALF_INF_BITS = 31744;
var HALF_QNAN_BITS = 32256;
function halfBitsOfFloat32Bits(u2) {
  const sign = u2 >>> 16 & 32768;
  const exp = u2 >>> 23 & 255;
  const mant = u2 & 8388607;
  if (exp === 255) return sign | (mant !== 0 ? HALF_QNAN_BITS : HALF_INF_BITS);
  const e2 = exp - 127;
  if (e2 > 15) return sign | HALF_INF_BITS;
  if (e2 >= -14) {
    const rem2 = mant & 8191;
    let h3 = e2 + 15 << 10 | mant >>> 13;
    if (rem2 > 4096 || rem2 === 4096 && (h3 & 1) !== 0) h3++;
    return sign | h3;
  }
  const shift = -e2 - 1;
  if (shift > 24) return sign;
  const sig = mant | 8388608;
  const half = 1 << shift - 1;
  const rem = sig & (half << 1) - 1;
  let h2 = sig >>> shift;
  if (rem > half || rem === half && (h2 & 1) !== 0) h2++;
  return sign | h2;
}
function toHalf(src) {
  const n2 = src.length;
  const u2 = new Uint32Array(src.buffer, src.byteOffset, n2);
  const bits2 = new Uint16Array(n2);
  let clamped = 0;
  let flushed = 0;
  let nonFinite = 0;
  for (let i3 = 0; i3 < n2; i3++) {
    const v2 = u2[i3];
    const abs = v2 & 2147483647;
    let h2;
    if (abs >= 947912704 && abs < 1199570944) h2 = v2 >>> 16 & 32768 | abs - 939524096 + 4095 + (abs >>> 13 & 1) >>> 13;
    else h2 = halfBitsOfFloat32Bits(v2);
    if ((h2 & 31744) === 31744) {
      if ((v2 & 2139095040) === 2139095040) nonFinite++;
      else {
        h2 = h2 & 32768 | HALF_MAX_BITS;
        clamped++;
      }
    } else if ((h2 & 32767) === 0 && abs !== 0) flushed++;
    bits2[i3] = h2;
  }
  return { bits: bits2, clamped, flushed, nonFinite };
}
var halfTable;
function halfRestored(bits2) {
  if (!halfTable) {
    halfTable = new Float32Array(65536);
    for (let h2 = 0; h2 < 65536; h2++) halfTable[h2] = halfToNumber(h2);
  }
  const table = halfTable;
  const out = new Float32Array(bits2.length);
  for (let i3 = 0; i3 < bits2.length; i3++) out[i3] = table[bits2[i3]];
  return out;
}
var FLOAT32_MAX = 34028234663852886e22;
var FLOAT32_MIN_SUBNORMAL = 2 ** -149;
var ROUND_MAGIC = 6755399441055744;
function channelLayout(length, dims, axis) {
  if (!Number.isInteger(axis) || axis < 0 || axis >= dims.length) {
    throw new RangeError(`axis ${axis} is out of range for a rank-${dims.length} tensor`);
  }
  let outer = 1;
  let inner = 1;
  for (let d2 = 0; d2 < dims.length; d2++) {
    const size = dims[d2];
    if (!Number.isInteger(size) || size < 0) throw new RangeError(`dims [${dims.join(", ")}]: dimension ${d2} is not a non-negative integer`);
    if (d2 < axis) outer *= size;
    else if (d2 > axis) inner *= size;
  }
  const channels = dims[axis];
  if (outer * channels * inner !== length) {
    throw new RangeError(`dims [${dims.join(", ")}] hold ${outer * channels * inner} elements, but the data has ${length}`);
  }
  return { outer, channels, inner };
}
function allFinite(data) {
  const u2 = new Uint32Array(data.buffer, data.byteOffset, data.length);
  for (let i3 = 0; i3 < u2.length; i3++) {
    if ((u2[i3] & 2139095040) === 2139095040) return false;
  }
  return true;
}
function quantizePerChannel(data, dims, axis) {
  const { outer, channels, inner } = channelLayout(data.length, dims, axis);
  const amax = new Float64Array(channels);
  let i3 = 0;
  for (let o2 = 0; o2 < outer; o2++) {
    for (let c2 = 0; c2 < channels; c2++) {
      let m2 = amax[c2];
      for (let end = i3 + inner; i3 < end; i3++) {
        const a2 = Math.abs(data[i3]);
        if (!(a2 <= FLOAT32_MAX)) throw new RangeError(`element ${i3} is ${data[i3]}: only finite weights can be quantized`);
        if (a2 > m2) m2 = a2;
      }
      amax[c2] = m2;
    }
  }
  const scales = new Float32Array(channels);
  for (let c2 = 0; c2 < channels; c2++) {
    const m2 = amax[c2];
    let s2 = Math.fround(m2 / 127);
    if (m2 === 0) s2 = 1;
    else if (s2 === 0) s2 = FLOAT32_MIN_SUBNORMAL;
    scales[c2] = s2;
  }
  const q2 = new Int8Array(data.length);
  i3 = 0;
  for (let o2 = 0; o2 < outer; o2++) {
    for (let c2 = 0; c2 < channels; c2++) {
      const s2 = scales[c2];
      for (let end = i3 + inner; i3 < end; i3++) {
        let r2 = Math.fround(data[i3] / s2) + ROUND_MAGIC - ROUND_MAGIC;
        if (r2 > 127) r2 = 127;
        else if (r2 < -127) r2 = -127;
        q2[i3] = r2;
      }
    }
  }
  return { q: q2, scales };
}
function dequantizePerChannel(quantized, dims, axis) {
  const { q: q2, scales } = quantized;
  const { outer, channels, inner } = channelLayout(q2.length, dims, axis);
  if (scales.length !== channels) throw new RangeError(`${scales.length} scales for ${channels} channels`);
  const out = new Float32Array(q2.length);
  let i3 = 0;
  for (let o2 = 0; o2 < outer; o2++) {
    for (let c2 = 0; c2 < channels; c2++) {
      const s2 = scales[c2];
      for (let end = i3 + inner; i3 < end; i3++) out[i3] = q2[i3] * s2;
    }
  }
  return out;
}
function sqnrDb(original, restored) {
  if (original.length !== restored.length) {
    throw new RangeError(`length mismatch: ${original.length} original vs ${restored.length} restored elements`);
  }
  let signal = 0;
  let noise = 0;
  for (let i3 = 0; i3 < original.length; i3++) {
    const x2 = original[i3];
    const d2 = x2 - restored[i3];
    signal += x2 * x2;
    noise += d2 * d2;
  }
  if (noise === 0) return Infinity;
  if (signal === 0) return -Infinity;
  return 10 * Math.log10(signal / noise);
}

// src/variants/rewrite.ts
var ATTRIBUTE_INT = 2;
var MetadataField = { key: 1, value: 2 };
var MAX_MODEL_BYTES = 2 ** 31 - 1;
function rewriteModel(model, label, replacements, metadata) {
  const edits = { byAt: new Map(replacements.map((r3) => [r3.at, r3])), sorted: replacements.map((r3) => r3.at).sort((a2, b3) => a2 - b3) };
  const out = new WireWriter();
  const r2 = new WireReader(model, label);
  for (let start = r2.position, f2 = r2.next(); f2; start = r2.position, f2 = r2.next()) {
    if (f2.no === ModelField.graph) out.bytes(ModelField.graph, rewriteGraph(r2.message(f2, "ModelProto.graph"), edits, true));
    else out.raw(model.subarray(start, f2.offset + f2.length));
  }
  for (const [key, value2] of Object.entries(metadata)) {
    out.bytes(ModelField.metadataProps, new WireWriter().string(MetadataField.key, key).string(MetadataField.value, value2).finish());
  }
  const bytes2 = out.finish();
  if (bytes2.length > MAX_MODEL_BYTES) throw new InputError(`${label}: the variant would be ${bytes2.length} bytes, over the 2 GiB limit of an ONNX file without external data`);
  return bytes2;
}
function containsEdit(edits, from, to) {
  let lo = 0;
  let hi = edits.sorted.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (edits.sorted[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < edits.sorted.length && edits.sorted[lo] < to;
}
function rewriteGraph(g2, edits, main2) {
  const here = [];
  for (const f2 of new WireReader(g2.bytes, g2.label, g2.base)) {
    const r2 = edits.byAt.get(f2.offset);
    if (r2 && (f2.no === GraphField.initializer || f2.no === GraphField.node)) here.push(r2);
  }
  const hereByName = new Map(here.map((r2) => [r2.original, r2]));
  const out = new WireWriter();
  const emitted = /* @__PURE__ */ new Set();
  for (const r2 of here) for (const node of r2.nodes) out.bytes(GraphField.node, encodeNode(node));
  for (let start = g2.position, f2 = g2.next(); f2; start = g2.position, f2 = g2.next()) {
    const r2 = edits.byAt.get(f2.offset);
    if (f2.no === GraphField.node) {
      if (r2) continue;
      if (containsEdit(edits, f2.offset, f2.offset + f2.length)) {
        out.bytes(GraphField.node, rewriteMessage(g2.message(f2, "GraphProto.node"), edits, NodeField.attribute));
        continue;
      }
    } else if (f2.no === GraphField.initializer && r2) {
      for (const t2 of r2.initializers) out.bytes(GraphField.initializer, encodeTensorProto(t2));
      emitted.add(r2);
      continue;
    } else if (f2.no === GraphField.input && main2) {
      const replaced = hereByName.get(firstString(g2.message(f2, "GraphProto.input"), 1));
      if (replaced) {
        for (const t2 of replaced.initializers) out.bytes(GraphField.input, encodeValueInfo(t2));
        continue;
      }
    }
    out.raw(g2.bytes.subarray(start - g2.base, f2.offset + f2.length - g2.base));
  }
  for (const r2 of here) if (!emitted.has(r2)) for (const t2 of r2.initializers) out.bytes(GraphField.initializer, encodeTensorProto(t2));
  return out.finish();
}
function rewriteMessage(m2, edits, inner) {
  const out = new WireWriter();
  for (let start = m2.position, f2 = m2.next(); f2; start = m2.position, f2 = m2.next()) {
    const holds = containsEdit(edits, f2.offset, f2.offset + f2.length);
    if (holds && inner === NodeField.attribute && f2.no === NodeField.attribute) {
      out.bytes(f2.no, rewriteMessage(m2.message(f2, "NodeProto.attribute"), edits, AttributeField.g));
    } else if (holds && inner === AttributeField.g && (f2.no === AttributeField.g || f2.no === AttributeField.graphs)) {
      out.bytes(f2.no, rewriteGraph(m2.message(f2, "AttributeProto.g"), edits, false));
    } else out.raw(m2.bytes.subarray(start - m2.base, f2.offset + f2.length - m2.base));
  }
  return out.finish();
}
function firstString(r2, no) {
  for (const f2 of r2) if (f2.no === no) return r2.string(f2, "name");
  return "";
}
function encodeValueInfo(t2) {
  const shape = new WireWriter();
  for (const d2 of t2.dims) shape.bytes(1, new WireWriter().varint(1, d2).finish());
  const tensorType = new WireWriter().varint(1, dataTypeFromElemType(t2.elemType)).bytes(2, shape.finish()).finish();
  return new WireWriter().string(1, t2.name).bytes(2, new WireWriter().bytes(1, tensorType).finish()).finish();
}
function encodeNode(n2) {
  const w2 = new WireWriter();
  for (const i3 of n2.inputs) w2.string(NodeField.input, i3);
  for (const o2 of n2.outputs) w2.string(NodeField.output, o2);
  w2.string(NodeField.name, n2.name);
  w2.string(NodeField.opType, n2.opType);
  for (const [name, value2] of Object.entries(n2.ints ?? {})) {
    w2.bytes(NodeField.attribute, new WireWriter().string(AttributeField.name, name).varint(AttributeField.i, value2).varint(AttributeField.type, ATTRIBUTE_INT).finish());
  }
  return w2.finish();
}

// src/variants/build.ts
var FLOAT = 1;
var QUANTIZATION_OPS = /* @__PURE__ */ new Set(["QuantizeLinear", "DequantizeLinear", "DynamicQuantizeLinear", "QLinearConv", "QLinearMatMul", "MatMulInteger", "ConvInteger", "MatMulNBits", "DynamicQuantizeMatMul", "MatMulIntegerToFloat"]);
var FP16_MIN_ELEMENTS = 16;
function alreadyQuantized(view) {
  for (const uses of view.uses.values()) for (const u2 of uses) if (QUANTIZATION_OPS.has(u2.opType)) return u2.opType;
  return null;
}
async function buildVariant(modelPath, fileName, variant, settings, outDir) {
  const bytes2 = await readFile4(modelPath);
  const view = readGraphView(bytes2, modelPath);
  const original = weightBytes(view);
  const result = { variant, path: null, reason: null, converted: [], kept: [], weightBytes: { original, variant: original } };
  const external = [...view.initializers.values(), ...view.nested].find((t2) => t2.external);
  if (external) {
    result.reason = `its weights are in external data files (e.g. "${external.name}"); lossy variants are built from models with their weights inline`;
    return result;
  }
  if (view.opset === 0) {
    result.reason = "the model imports no default-domain (ai.onnx) opset, so it cannot use Cast or DequantizeLinear nodes";
    return result;
  }
  const plan2 = variant === "fp16" ? planFp16(view, modelPath, settings) : planInt8(view, modelPath, settings);
  result.converted = plan2.converted;
  result.kept = plan2.kept;
  if (plan2.reason || plan2.replacements.length === 0) {
    result.reason = plan2.reason ?? noneConverted(variant, result.kept, settings, view);
    return result;
  }
  const model = rewriteModel(bytes2, modelPath, plan2.replacements, { "model_gate.variant": variant });
  result.weightBytes.variant = weightBytes(readGraphView(model, `${variant} variant of ${modelPath}`));
  result.path = join7(outDir, variant, fileName);
  await writeFileAtomic(result.path, model);
  return result;
}
function noneConverted(variant, kept, settings, view) {
  if (kept.length === 0) return floatInitializers(view).length > 0 ? "no node reads its float32 weights" : "the model has no float32 weights";
  const why = [...new Set(kept.map((k2) => k2.reason))].slice(0, 3).join("; ");
  const floor = variant === "int8" && !why.includes("int8-min-elements") ? `; int8-min-elements is ${settings.int8MinElements}` : "";
  return `no weight could be ${variant === "int8" ? "quantized" : "converted"} (${why}${floor})`;
}
function floatInitializers(view) {
  return [...view.initializers.values(), ...view.nested].filter((t2) => t2.dataType === FLOAT);
}
function overridable(view, t2) {
  return t2.where === "initializer" && view.irVersion >= 4 && view.graphInputs.has(t2.name);
}
var finiteOrNull = (db) => Number.isFinite(db) ? db : null;
var elementsOf = (t2) => t2.dims.reduce((a2, b3) => a2 * b3, 1);
var decode = (t2, label) => decodeTensorProto(t2.proto, label).data;
function planFp16(view, label, settings) {
  const plan2 = { replacements: [], converted: [], kept: [], reason: null };
  if (view.opset > 0 && view.opset < 6) {
    plan2.reason = `the model's opset ${view.opset} predates Cast with a numeric "to" (opset 6)`;
    return plan2;
  }
  const keepOps = new Set(settings.fp16KeepOps);
  for (const t2 of floatInitializers(view)) {
    const uses = view.uses.get(t2.name) ?? [];
    if (uses.length === 0) continue;
    if (overridable(view, t2)) {
      plan2.kept.push({ name: t2.name, reason: "a graph input a caller may override" });
      continue;
    }
    const quantization = uses.find((u2) => QUANTIZATION_OPS.has(u2.opType));
    if (quantization) {
      plan2.kept.push({ name: t2.name, reason: `a quantization parameter of ${quantization.opType}` });
      continue;
    }
    const blocker = uses.find((u2) => keepOps.has(u2.opType));
    if (blocker) {
      plan2.kept.push({ name: t2.name, reason: `read by ${blocker.opType} (fp16-keep-ops)` });
      continue;
    }
    if (elementsOf(t2) < FP16_MIN_ELEMENTS) {
      plan2.kept.push({ name: t2.name, reason: `fewer than ${FP16_MIN_ELEMENTS} elements` });
      continue;
    }
    const data = decode(t2, label);
    const half = toHalf(data);
    const stored = freshName(view, `${t2.name}_fp16`);
    plan2.replacements.push({
      original: t2.name,
      at: t2.at,
      initializers: [{ name: stored, elemType: "float16", dims: t2.dims, data: half.bits }],
      nodes: [{ opType: "Cast", inputs: [stored], outputs: [t2.name], name: freshName(view, `${t2.name}_to_float`), ints: { to: FLOAT } }]
    });
    plan2.converted.push({ name: t2.name, elements: data.length, sqnrDb: finiteOrNull(sqnrDb(data, halfRestored(half.bits))), clamped: half.clamped, flushed: half.flushed });
  }
  return plan2;
}
function channelAxis(use, rank) {
  if (use.domain !== "" && use.domain !== "ai.onnx") return `read by ${use.domain}.${use.opType}`;
  if (use.slot !== 1) return `read by ${use.opType} as input ${use.slot}, not as its weight`;
  switch (use.opType) {
    case "MatMul":
      return rank >= 2 ? rank - 1 : "a 1-D MatMul operand";
    case "Gemm":
      return rank === 2 ? use.ints.transB ? 0 : 1 : `a rank-${rank} Gemm operand`;
    case "Conv":
      return rank >= 3 ? 0 : `a rank-${rank} Conv weight`;
    default:
      return `read by ${use.opType}, not by MatMul, Gemm or Conv`;
  }
}
function planInt8(view, label, settings) {
  const plan2 = { replacements: [], converted: [], kept: [], reason: null };
  const quantized = alreadyQuantized(view);
  if (quantized) {
    plan2.reason = `the model is quantized already (it has ${quantized} nodes)`;
    return plan2;
  }
  if (view.opset < 7) {
    plan2.reason = `the model's opset ${view.opset} predates broadcasting Mul (opset 7), which int8 weights need to be scaled back`;
    return plan2;
  }
  for (const t2 of floatInitializers(view)) {
    const uses = view.uses.get(t2.name) ?? [];
    if (uses.length === 0) continue;
    if (overridable(view, t2)) {
      plan2.kept.push({ name: t2.name, reason: "a graph input a caller may override" });
      continue;
    }
    const axes = uses.map((u2) => channelAxis(u2, t2.dims.length));
    const refusal = axes.find((a2) => typeof a2 === "string");
    const keep = (reason) => plan2.kept.push({ name: t2.name, reason });
    if (refusal) {
      keep(uses.length > 1 ? `shared: ${refusal}` : refusal);
      continue;
    }
    if (new Set(axes).size > 1) {
      keep("shared by ops that read it along different channel axes");
      continue;
    }
    if (elementsOf(t2) < settings.int8MinElements) {
      keep(`fewer than ${settings.int8MinElements} elements (int8-min-elements)`);
      continue;
    }
    const data = decode(t2, label);
    if (!allFinite(data)) {
      keep("holds NaN or infinite values");
      continue;
    }
    const axis = axes[0];
    const q2 = quantizePerChannel(data, t2.dims, axis);
    plan2.replacements.push(view.opset >= 13 ? dequantizeLinear(view, t2, q2, axis) : castAndScale(view, t2, q2, axis));
    plan2.converted.push({ name: t2.name, elements: data.length, sqnrDb: finiteOrNull(sqnrDb(data, dequantizePerChannel(q2, t2.dims, axis))), clamped: 0, flushed: 0 });
  }
  return plan2;
}
function dequantizeLinear(view, t2, q2, axis) {
  const channels = t2.dims[axis];
  const names = { q: freshName(view, `${t2.name}_int8`), scale: freshName(view, `${t2.name}_scale`), zero: freshName(view, `${t2.name}_zero_point`) };
  return {
    original: t2.name,
    at: t2.at,
    initializers: [
      { name: names.q, elemType: "int8", dims: t2.dims, data: q2.q },
      { name: names.scale, elemType: "float32", dims: [channels], data: q2.scales },
      { name: names.zero, elemType: "int8", dims: [channels], data: new Int8Array(channels) }
    ],
    nodes: [{ opType: "DequantizeLinear", inputs: [names.q, names.scale, names.zero], outputs: [t2.name], name: freshName(view, `${t2.name}_dequantize`), ints: { axis } }]
  };
}
function castAndScale(view, t2, q2, axis) {
  const names = { q: freshName(view, `${t2.name}_int8`), scale: freshName(view, `${t2.name}_scale`), float: freshName(view, `${t2.name}_int8_float`) };
  return {
    original: t2.name,
    at: t2.at,
    initializers: [
      { name: names.q, elemType: "int8", dims: t2.dims, data: q2.q },
      { name: names.scale, elemType: "float32", dims: t2.dims.map((d2, i3) => i3 === axis ? d2 : 1), data: q2.scales }
    ],
    nodes: [
      { opType: "Cast", inputs: [names.q], outputs: [names.float], name: freshName(view, `${t2.name}_int8_to_float`), ints: { to: FLOAT } },
      { opType: "Mul", inputs: [names.float, names.scale], outputs: [t2.name], name: freshName(view, `${t2.name}_scale_back`) }
    ]
  };
}

// src/engine.ts
async function runCompare(request) {
  const log2 = request.log ?? (() => {
  });
  const { config } = request;
  const scratch = await mkdtemp2(join8(tmpdir2(), "model-gate-"));
  try {
    const baseline = await resolveLocalBaseline(request.baseline, request.baselineLabel, request.baselineNote);
    const sets = request.evalData ? await loadEvalData(request.evalData) : null;
    const { candidates, variants, pack } = await resolveCandidates(request, sets, scratch, log2);
    const baselineByName = new Map(baseline.kind === "found" ? baseline.models.map((m2) => [m2.entry.name, m2]) : []);
    const comparisons = [];
    for (const candidate of candidates) {
      const base = baselineByName.get(candidate.entry.name) ?? null;
      log2(`${candidate.entry.name}: ${base ? "measuring baseline and candidate" : "no baseline model of that name; measuring the candidate"}`);
      const measured = await measureModel(base, candidate, sets, config);
      const comparison = compareModel(measured, thresholdsFor(config, candidate.entry.name));
      comparisons.push({ ...comparison, variants: variants.get(candidate.entry.name) ?? null });
    }
    const candidateNames = new Set(candidates.map((c2) => c2.entry.name));
    const removed = [...baselineByName.keys()].filter((name) => !candidateNames.has(name));
    const verdict = overallVerdict(comparisons);
    const report2 = buildReport({
      verdict,
      models: comparisons,
      baseline: describeBaseline(baseline, comparisons),
      removed,
      config,
      environment: collectEnvironment()
    });
    return { report: report2, markdown: renderMarkdown(report2), exitCode: exitCodeFor(verdict, config.failOn), pack };
  } finally {
    await rm5(scratch, { recursive: true, force: true });
  }
}
function describeBaseline(baseline, models) {
  if (baseline.kind === "none") return { source: baseline.source, note: baseline.note };
  const unmatched = models.filter((m2) => m2.verdict === "no-baseline").map((m2) => m2.name);
  return {
    source: baseline.source,
    note: unmatched.length > 0 ? `no baseline model named ${unmatched.join(", ")} in ${baseline.source}` : null
  };
}
async function resolveCandidates(request, sets, scratch, log2) {
  const { config } = request;
  if (request.candidates.length === 0) throw new InputError("--candidate: no candidate given (a pack folder or .onnx files)");
  const out = [];
  const loose = [];
  const lossy = config.variants.build.length > 0;
  for (const path of request.candidates) {
    const info = await stat2(path).catch(() => null);
    if (info?.isDirectory()) {
      if (request.packDir) throw new InputError(`${path}: is a folder; give the .onnx model files to pack (a path or glob per model)`);
      if (lossy) throw new InputError(`${path}: variants (${config.variants.build.join(", ")}) are built from .onnx models; pass the model files, not a pack folder`);
      out.push(...packedModels(path, await readManifest(path)));
    } else if (isPackedFileName(path)) throw new InputError(`${path}: pass the pack folder that holds it and its manifest.json, not the packed file`);
    else loose.push(path);
  }
  const variants = /* @__PURE__ */ new Map();
  let pack = null;
  if (loose.length > 0) {
    if (lossy && !sets) {
      throw new InputError(
        `variants: ${config.variants.build.join(", ")} change the weights, so they need eval data (--eval-data / the eval-data input) to measure what that costs; model-gate does not publish a lossy variant it has not checked`
      );
    }
    const dir = request.packDir ?? join8(scratch, "candidates");
    checkUniqueNames(loose);
    if (lossy) {
      const chosen = [];
      for (const [i3, model] of loose.entries()) {
        const selection = await selectVariant(model, sets, config, join8(scratch, "variants", String(i3)), log2);
        variants.set(selection.model.entry.name, selection.table);
        chosen.push(selection.model);
      }
      pack = await assemblePack(chosen, dir);
    } else {
      pack = await packModels({ models: loose, outDir: dir, level: config.level, threads: config.threads, codec: config.codec });
    }
    out.push(...packedModels(dir, pack));
  }
  const seen = /* @__PURE__ */ new Set();
  for (const m2 of out) {
    if (seen.has(m2.entry.name)) throw new InputError(`${m2.path}: a second candidate named "${m2.entry.name}"; model names must be unique`);
    seen.add(m2.entry.name);
  }
  return { candidates: out, variants, pack };
}
async function selectVariant(model, sets, config, dir, log2) {
  const name = modelNameOf(model);
  const packOne = async (file, into) => {
    const manifest = await packModels({ models: [file], outDir: into, level: config.level, threads: config.threads, codec: config.codec });
    return packedModels(into, manifest)[0];
  };
  const original = await packOne(model, join8(dir, "original"));
  const measurements = [];
  let weightBytes2 = 0;
  for (const variant2 of config.variants.build) {
    const build2 = await buildVariant(model, basename4(model), variant2, config.variants, dir);
    weightBytes2 = build2.weightBytes.original;
    if (!build2.path) {
      log2(`${name}: no ${variant2} variant: ${build2.reason}`);
      measurements.push({ build: build2, packedBytes: null, checks: [], eval: null, packed: null });
      continue;
    }
    log2(`${name}: measuring the ${variant2} variant against the original`);
    try {
      const packed = await packOne(build2.path, join8(dir, `${variant2}-pack`));
      const measured = await measureModel(original, packed, sets, config, false);
      const { checks } = compareModel(measured, thresholdsFor(config, name));
      measurements.push({ build: build2, packedBytes: totalPackedBytes(packed.entry), checks, eval: measured.eval, packed });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      const reason = `onnxruntime could not load or run it: ${error.message.replace(`${dir}/`, "")}`;
      log2(`${name}: no ${variant2} variant: ${reason}`);
      measurements.push({ build: { ...build2, path: null, reason }, packedBytes: null, checks: [], eval: null, packed: null });
    }
  }
  const table = chooseVariant({ packedBytes: totalPackedBytes(original.entry), weightBytes: weightBytes2 }, measurements, config.variants);
  const published = measurements.find((m2) => m2.build.variant === table.published)?.packed ?? original;
  const row = table.rows.find((r2) => r2.variant === table.published);
  const variant = { name: table.published, original: original.entry.raw };
  if (row.score) variant.score = { metric: row.score.metric, original: row.score.original, variant: row.score.variant, budget: row.score.budget };
  log2(`${name}: publishing ${table.published === "original" ? "the original" : `the ${table.published} variant`}`);
  return { model: { ...published, entry: { ...published.entry, variant } }, table };
}
async function load(model, config) {
  const loadable = await loadPackedModel(model);
  try {
    return { model, session: await createSession(loadable.source, config.bench, model.path), label: model.path };
  } finally {
    await loadable.dispose();
  }
}
async function measureModel(base, candidate, sets, config, confirm = true) {
  const b3 = base ? await load(base, config) : null;
  const c2 = await load(candidate, config);
  let evalResult = null;
  try {
    if (sets) {
      const info = (l2) => l2.model.entry.onnx;
      evalResult = await evaluate(
        sets,
        { session: (b3 ?? c2).session, info: info(b3 ?? c2), label: (b3 ?? c2).label },
        b3 ? { session: c2.session, info: info(c2), label: c2.label } : null,
        config.eval
      );
    }
  } finally {
    await b3?.session.release();
    await c2.session.release();
  }
  const inputsFor = (l2) => sets && sets[0] ? bindInputs(sets[0], l2.model.entry.onnx, l2.label) : syntheticInputs(l2.model.entry.onnx.inputs, l2.label);
  const subject = (l2) => ({ model: l2.model, inputs: inputsFor(l2), label: l2.label });
  const subjects = { baseline: b3 ? subject(b3) : null, candidate: subject(c2) };
  const thresholds = thresholdsFor(config, candidate.entry.name);
  const settled = (metric, series) => timingSettled(series, thresholds[metric]);
  let bench = await benchPair(subjects, config.bench, settled);
  const failing = failingTimings(bench, thresholds);
  if (confirm && failing.length > 0) {
    const again = await benchPair(subjects, config.bench, settled, [...new Set(failing.map(groupOf))]);
    bench = withRemeasure(bench, again, failing);
  }
  return { name: candidate.entry.name, baseline: base?.entry ?? null, candidate: candidate.entry, bench, eval: evalResult, evalSkipped: sets ? null : "no eval data given" };
}

// node_modules/tinyglobby/dist/index.mjs
import { readdir as readdir2, readdirSync, realpath, realpathSync, stat as stat3, statSync } from "fs";
import { isAbsolute, posix, resolve as resolve2 } from "path";
import { fileURLToPath as fileURLToPath2 } from "url";

// node_modules/fdir/dist/index.mjs
import { createRequire as createRequire4 } from "module";
import { basename as basename5, dirname as dirname5, normalize, relative, resolve, sep } from "path";
import * as nativeFs from "fs";
var __require2 = /* @__PURE__ */ createRequire4(import.meta.url);
function cleanPath(path) {
  let normalized = normalize(path);
  if (normalized.length > 1 && normalized[normalized.length - 1] === sep) normalized = normalized.substring(0, normalized.length - 1);
  return normalized;
}
var SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path, separator) {
  return path.replace(SLASHES_REGEX, separator);
}
var WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path) {
  return path === "/" || WINDOWS_ROOT_DIR_REGEX.test(path);
}
function normalizePath(path, options) {
  const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
  const pathNeedsCleaning = process.platform === "win32" && path.includes("/") || path.startsWith(".");
  if (resolvePaths) path = resolve(path);
  if (normalizePath$1 || pathNeedsCleaning) path = cleanPath(path);
  if (path === ".") return "";
  const needsSeperator = path[path.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path + pathSeparator : path, pathSeparator);
}
function joinPathWithBasePath(filename, directoryPath) {
  return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
  return function(filename, directoryPath) {
    const sameRoot = directoryPath.startsWith(root);
    if (sameRoot) return directoryPath.slice(root.length) + filename;
    else return convertSlashes(relative(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
  };
}
function joinPath(filename) {
  return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
  return directoryPath + filename + separator;
}
function build$7(root, options) {
  const { relativePaths, includeBasePath } = options;
  return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}
function pushDirectoryWithRelativePath(root) {
  return function(directoryPath, paths) {
    paths.push(directoryPath.substring(root.length) || ".");
  };
}
function pushDirectoryFilterWithRelativePath(root) {
  return function(directoryPath, paths, filters) {
    const relativePath = directoryPath.substring(root.length) || ".";
    if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
  };
}
var pushDirectory = (directoryPath, paths) => {
  paths.push(directoryPath || ".");
};
var pushDirectoryFilter = (directoryPath, paths, filters) => {
  const path = directoryPath || ".";
  if (filters.every((filter) => filter(path, true))) paths.push(path);
};
var empty$2 = () => {
};
function build$6(root, options) {
  const { includeDirs, filters, relativePaths } = options;
  if (!includeDirs) return empty$2;
  if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
  return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}
var pushFileFilterAndCount = (filename, _paths, counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) counts.files++;
};
var pushFileFilter = (filename, paths, _counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
var pushFileCount = (_filename, _paths, counts, _filters) => {
  counts.files++;
};
var pushFile = (filename, paths) => {
  paths.push(filename);
};
var empty$1 = () => {
};
function build$5(options) {
  const { excludeFiles, filters, onlyCounts } = options;
  if (excludeFiles) return empty$1;
  if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
  else if (onlyCounts) return pushFileCount;
  else return pushFile;
}
var getArray = (paths) => {
  return paths;
};
var getArrayGroup = () => {
  return [""].slice(0, 0);
};
function build$4(options) {
  return options.group ? getArrayGroup : getArray;
}
var groupFiles = (groups, directory, files) => {
  groups.push({
    directory,
    files,
    dir: directory
  });
};
var empty = () => {
};
function build$3(options) {
  return options.group ? groupFiles : empty;
}
var resolveSymlinksAsync = function(path, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  fs.realpath(path, (error, resolvedPath) => {
    if (error) return queue.dequeue(suppressErrors ? null : error, state);
    fs.stat(resolvedPath, (error$1, stat5) => {
      if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
      if (stat5.isDirectory() && isRecursive(path, resolvedPath, state)) return queue.dequeue(null, state);
      callback$1(stat5, resolvedPath);
      queue.dequeue(null, state);
    });
  });
};
var resolveSymlinks = function(path, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  try {
    const resolvedPath = fs.realpathSync(path);
    const stat5 = fs.statSync(resolvedPath);
    if (stat5.isDirectory() && isRecursive(path, resolvedPath, state)) return;
    callback$1(stat5, resolvedPath);
  } catch (e2) {
    if (!suppressErrors) throw e2;
  }
};
function build$2(options, isSynchronous) {
  if (!options.resolveSymlinks || options.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = dirname5(path);
  let depth = 1;
  while (parent !== state.root && depth < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth++;
    else parent = dirname5(parent);
  }
  state.symlinks.set(path, resolved);
  return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
  return state.visited.includes(resolved + state.options.pathSeparator);
}
var onlyCountsSync = (state) => {
  return state.counts;
};
var groupsSync = (state) => {
  return state.groups;
};
var defaultSync = (state) => {
  return state.paths;
};
var limitFilesSync = (state) => {
  return state.paths.slice(0, state.options.maxFiles);
};
var onlyCountsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.counts, state.options.suppressErrors);
  return null;
};
var defaultAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths, state.options.suppressErrors);
  return null;
};
var limitFilesAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
  return null;
};
var groupsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.groups, state.options.suppressErrors);
  return null;
};
function report(error, callback$1, output, suppressErrors) {
  if (error && !suppressErrors) callback$1(error, output);
  else callback$1(null, output);
}
function build$1(options, isSynchronous) {
  const { onlyCounts, group, maxFiles } = options;
  if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
  else if (group) return isSynchronous ? groupsSync : groupsAsync;
  else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
  else return isSynchronous ? defaultSync : defaultAsync;
}
var readdirOpts = { withFileTypes: true };
var walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  state.queue.enqueue();
  if (currentDepth < 0) return state.queue.dequeue(null, state);
  const { fs } = state;
  state.visited.push(crawlPath);
  state.counts.directories++;
  fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
    callback$1(entries, directoryPath, currentDepth);
    state.queue.dequeue(state.options.suppressErrors ? null : error, state);
  });
};
var walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  const { fs } = state;
  if (currentDepth < 0) return;
  state.visited.push(crawlPath);
  state.counts.directories++;
  let entries = [];
  try {
    entries = fs.readdirSync(crawlPath || ".", readdirOpts);
  } catch (e2) {
    if (!state.options.suppressErrors) throw e2;
  }
  callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
  return isSynchronous ? walkSync : walkAsync;
}
var Queue = class {
  count = 0;
  constructor(onQueueEmpty) {
    this.onQueueEmpty = onQueueEmpty;
  }
  enqueue() {
    this.count++;
    return this.count;
  }
  dequeue(error, output) {
    if (this.onQueueEmpty && (--this.count <= 0 || error)) {
      this.onQueueEmpty(error, output);
      if (error) {
        output.controller.abort();
        this.onQueueEmpty = void 0;
      }
    }
  }
};
var Counter = class {
  _files = 0;
  _directories = 0;
  set files(num) {
    this._files = num;
  }
  get files() {
    return this._files;
  }
  set directories(num) {
    this._directories = num;
  }
  get directories() {
    return this._directories;
  }
  /**
  * @deprecated use `directories` instead
  */
  /* c8 ignore next 3 */
  get dirs() {
    return this._directories;
  }
};
var Aborter = class {
  aborted = false;
  abort() {
    this.aborted = true;
  }
};
var Walker = class {
  root;
  isSynchronous;
  state;
  joinPath;
  pushDirectory;
  pushFile;
  getArray;
  groupFiles;
  resolveSymlink;
  walkDirectory;
  callbackInvoker;
  constructor(root, options, callback$1) {
    this.isSynchronous = !callback$1;
    this.callbackInvoker = build$1(options, this.isSynchronous);
    this.root = normalizePath(root, options);
    this.state = {
      root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
      paths: [""].slice(0, 0),
      groups: [],
      counts: new Counter(),
      options,
      queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
      symlinks: /* @__PURE__ */ new Map(),
      visited: [""].slice(0, 0),
      controller: new Aborter(),
      fs: options.fs || nativeFs
    };
    this.joinPath = build$7(this.root, options);
    this.pushDirectory = build$6(this.root, options);
    this.pushFile = build$5(options);
    this.getArray = build$4(options);
    this.groupFiles = build$3(options);
    this.resolveSymlink = build$2(options, this.isSynchronous);
    this.walkDirectory = build(this.isSynchronous);
  }
  start() {
    this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
    this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
    return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
  }
  walk = (entries, directoryPath, depth) => {
    const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
    if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
    const files = this.getArray(this.state.paths);
    for (let i3 = 0; i3 < entries.length; ++i3) {
      const entry = entries[i3];
      if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
        const filename = this.joinPath(entry.name, directoryPath);
        this.pushFile(filename, files, this.state.counts, filters);
      } else if (entry.isDirectory()) {
        let path = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
        if (exclude && exclude(entry.name, path)) continue;
        this.pushDirectory(path, paths, filters);
        this.walkDirectory(this.state, path, path, depth - 1, this.walk);
      } else if (this.resolveSymlink && entry.isSymbolicLink()) {
        let path = joinPathWithBasePath(entry.name, directoryPath);
        this.resolveSymlink(path, this.state, (stat5, resolvedPath) => {
          if (stat5.isDirectory()) {
            resolvedPath = normalizePath(resolvedPath, this.state.options);
            if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path + pathSeparator)) return;
            this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path + pathSeparator, depth - 1, this.walk);
          } else {
            resolvedPath = useRealPaths ? resolvedPath : path;
            const filename = basename5(resolvedPath);
            const directoryPath$1 = normalizePath(dirname5(resolvedPath), this.state.options);
            resolvedPath = this.joinPath(filename, directoryPath$1);
            this.pushFile(resolvedPath, files, this.state.counts, filters);
          }
        });
      }
    }
    this.groupFiles(this.state.groups, directoryPath, files);
  };
};
function promise(root, options) {
  return new Promise((resolve$1, reject) => {
    callback(root, options, (err2, output) => {
      if (err2) return reject(err2);
      resolve$1(output);
    });
  });
}
function callback(root, options, callback$1) {
  let walker = new Walker(root, options, callback$1);
  walker.start();
}
function sync(root, options) {
  const walker = new Walker(root, options);
  return walker.start();
}
var APIBuilder = class {
  constructor(root, options) {
    this.root = root;
    this.options = options;
  }
  withPromise() {
    return promise(this.root, this.options);
  }
  withCallback(cb) {
    callback(this.root, this.options, cb);
  }
  sync() {
    return sync(this.root, this.options);
  }
};
var pm = null;
try {
  __require2.resolve("picomatch");
  pm = __require2("picomatch");
} catch {
}
var Builder = class {
  globCache = {};
  options = {
    maxDepth: Infinity,
    suppressErrors: true,
    pathSeparator: sep,
    filters: []
  };
  globFunction;
  constructor(options) {
    this.options = {
      ...this.options,
      ...options
    };
    this.globFunction = this.options.globFunction;
  }
  group() {
    this.options.group = true;
    return this;
  }
  withPathSeparator(separator) {
    this.options.pathSeparator = separator;
    return this;
  }
  withBasePath() {
    this.options.includeBasePath = true;
    return this;
  }
  withRelativePaths() {
    this.options.relativePaths = true;
    return this;
  }
  withDirs() {
    this.options.includeDirs = true;
    return this;
  }
  withMaxDepth(depth) {
    this.options.maxDepth = depth;
    return this;
  }
  withMaxFiles(limit) {
    this.options.maxFiles = limit;
    return this;
  }
  withFullPaths() {
    this.options.resolvePaths = true;
    this.options.includeBasePath = true;
    return this;
  }
  withErrors() {
    this.options.suppressErrors = false;
    return this;
  }
  withSymlinks({ resolvePaths = true } = {}) {
    this.options.resolveSymlinks = true;
    this.options.useRealPaths = resolvePaths;
    return this.withFullPaths();
  }
  withAbortSignal(signal) {
    this.options.signal = signal;
    return this;
  }
  normalize() {
    this.options.normalizePath = true;
    return this;
  }
  filter(predicate) {
    this.options.filters.push(predicate);
    return this;
  }
  onlyDirs() {
    this.options.excludeFiles = true;
    this.options.includeDirs = true;
    return this;
  }
  exclude(predicate) {
    this.options.exclude = predicate;
    return this;
  }
  onlyCounts() {
    this.options.onlyCounts = true;
    return this;
  }
  crawl(root) {
    return new APIBuilder(root || ".", this.options);
  }
  withGlobFunction(fn) {
    this.globFunction = fn;
    return this;
  }
  /**
  * @deprecated Pass options using the constructor instead:
  * ```ts
  * new fdir(options).crawl("/path/to/root");
  * ```
  * This method will be removed in v7.0
  */
  /* c8 ignore next 4 */
  crawlWithOptions(root, options) {
    this.options = {
      ...this.options,
      ...options
    };
    return new APIBuilder(root || ".", this.options);
  }
  glob(...patterns) {
    if (this.globFunction) return this.globWithOptions(patterns);
    return this.globWithOptions(patterns, ...[{ dot: true }]);
  }
  globWithOptions(patterns, ...options) {
    const globFn = this.globFunction || pm;
    if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
    var isMatch = this.globCache[patterns.join("\0")];
    if (!isMatch) {
      isMatch = globFn(patterns, ...options);
      this.globCache[patterns.join("\0")] = isMatch;
    }
    this.options.filters.push((path) => isMatch(path));
    return this;
  }
};

// node_modules/tinyglobby/dist/index.mjs
var import_picomatch = __toESM(require_picomatch2(), 1);
var isReadonlyArray = Array.isArray;
var BACKSLASHES = /\\/g;
var DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
var isWin = process.platform === "win32";
var ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
  const patternsCount = patterns.length;
  const patternsParts = Array(patternsCount);
  const matchers = Array(patternsCount);
  let i3, j2;
  for (i3 = 0; i3 < patternsCount; i3++) {
    const parts = splitPattern(patterns[i3]);
    patternsParts[i3] = parts;
    const partsCount = parts.length;
    const partMatchers = Array(partsCount);
    for (j2 = 0; j2 < partsCount; j2++) partMatchers[j2] = (0, import_picomatch.default)(parts[j2], options);
    matchers[i3] = partMatchers;
  }
  return (input) => {
    const inputParts = input.split("/");
    if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
    for (i3 = 0; i3 < patternsCount; i3++) {
      const patternParts = patternsParts[i3];
      const matcher = matchers[i3];
      const inputPatternCount = inputParts.length;
      const minParts = Math.min(inputPatternCount, patternParts.length);
      j2 = 0;
      while (j2 < minParts) {
        const part = patternParts[j2];
        if (part.includes("/")) return true;
        if (!matcher[j2](inputParts[j2])) break;
        if (!options.noglobstar && part === "**") return true;
        j2++;
      }
      if (j2 === inputPatternCount) return true;
    }
    return false;
  };
}
var WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
var isRoot = isWin ? (p2) => WIN32_ROOT_DIR.test(p2) : (p2) => p2 === "/";
function buildFormat(cwd, root, absolute) {
  if (cwd === root || root.startsWith(`${cwd}/`)) {
    if (absolute) {
      const start = cwd.length + +!isRoot(cwd);
      return (p2, isDir) => p2.slice(start, isDir ? -1 : void 0) || ".";
    }
    const prefix = root.slice(cwd.length + 1);
    if (prefix) return (p2, isDir) => {
      if (p2 === ".") return prefix;
      const result = `${prefix}/${p2}`;
      return isDir ? result.slice(0, -1) : result;
    };
    return (p2, isDir) => isDir && p2 !== "." ? p2.slice(0, -1) : p2;
  }
  if (absolute) return (p2) => posix.relative(cwd, p2) || ".";
  return (p2) => posix.relative(cwd, `${root}/${p2}`) || ".";
}
function buildRelative(cwd, root) {
  if (root.startsWith(`${cwd}/`)) {
    const prefix = root.slice(cwd.length + 1);
    return (p2) => `${prefix}/${p2}`;
  }
  return (p2) => {
    const result = posix.relative(cwd, `${root}/${p2}`);
    return p2[p2.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
  };
}
function ensureNonDriveRelativePath(path) {
  return path.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
var splitPatternOptions = { parts: true };
function splitPattern(path) {
  var _result$parts;
  const result = import_picomatch.default.scan(path, splitPatternOptions);
  return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path];
}
var POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
var WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
var escapePosixPath = (path) => path.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapeWin32Path = (path) => path.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapePath = isWin ? escapeWin32Path : escapePosixPath;
function isDynamicPattern(pattern, options) {
  if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
  const scan = import_picomatch.default.scan(pattern);
  return scan.isGlob || scan.negated;
}
function log(...tasks) {
  console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value2) {
  return typeof value2 === "string" ? [value2] : value2 !== null && value2 !== void 0 ? value2 : [];
}
var PARENT_DIRECTORY = /^(\/?\.\.)+/;
var ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
  var _PARENT_DIRECTORY$exe;
  const cwd = opts.cwd;
  let result = pattern;
  if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
  if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
  const escapedCwd = escapePath(cwd);
  result = isAbsolute(result.replace(ESCAPING_BACKSLASHES, "")) ? posix.relative(escapedCwd, result) : posix.normalize(result);
  const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
  const parts = splitPattern(result);
  if (parentDir) {
    const n2 = (parentDir.length + 1) / 3;
    let i3 = 0;
    const cwdParts = escapedCwd.split("/");
    while (i3 < n2 && parts[i3 + n2] === cwdParts[cwdParts.length + i3 - n2]) {
      result = result.slice(0, (n2 - i3 - 1) * 3) + result.slice((n2 - i3) * 3 + parts[i3 + n2].length + 1) || ".";
      i3++;
    }
    const potentialRoot = posix.join(cwd, parentDir.slice(i3 * 3));
    if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
      props.root = ensureNonDriveRelativePath(potentialRoot);
      props.depthOffset = -n2 + i3;
    }
  }
  if (!isIgnore && props.depthOffset >= 0) {
    var _props$commonPath;
    (_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
    const newCommonPath = [];
    const length = Math.min(props.commonPath.length, parts.length);
    for (let i3 = 0; i3 < length; i3++) {
      const part = parts[i3];
      if (part === "**" && !parts[i3 + 1]) {
        newCommonPath.pop();
        break;
      }
      if (i3 === parts.length - 1 || part !== props.commonPath[i3] || isDynamicPattern(part)) break;
      newCommonPath.push(part);
    }
    props.depthOffset = newCommonPath.length;
    props.commonPath = newCommonPath;
    props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? posix.join(cwd, ...newCommonPath) : cwd);
  }
  return result;
}
function processPatterns(options, patterns, props) {
  const matchPatterns = [];
  const ignorePatterns = [];
  for (const pattern of options.ignore) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
  }
  for (const pattern of patterns) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
    else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
  }
  return {
    match: matchPatterns,
    ignore: ignorePatterns
  };
}
function buildCrawler(options, patterns) {
  const cwd = options.cwd;
  const props = {
    root: cwd,
    depthOffset: 0
  };
  const processed = processPatterns(options, patterns, props);
  if (options.debug) log("internal processing patterns:", processed);
  const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
  const root = props.root.replace(BACKSLASHES, "");
  const matchOptions = {
    dot,
    nobrace: options.braceExpansion === false,
    nocase: !caseSensitiveMatch,
    noextglob: options.extglob === false,
    noglobstar: options.globstar === false,
    posix: true
  };
  const matcher = (0, import_picomatch.default)(processed.match, matchOptions);
  const ignore = (0, import_picomatch.default)(processed.ignore, matchOptions);
  const partialMatcher = getPartialMatcher(processed.match, matchOptions);
  const format = buildFormat(cwd, root, absolute);
  const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
  const excludePredicate = (_2, p2) => {
    const relativePath = excludeFormatter(p2, true);
    return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
  };
  let maxDepth;
  if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
  const crawler = new Builder({
    filters: [debug ? (p2, isDirectory) => {
      const path = format(p2, isDirectory);
      const matches = matcher(path) && !ignore(path);
      if (matches) log(`matched ${path}`);
      return matches;
    } : (p2, isDirectory) => {
      const path = format(p2, isDirectory);
      return matcher(path) && !ignore(path);
    }],
    exclude: debug ? (_2, p2) => {
      const skipped = excludePredicate(_2, p2);
      log(`${skipped ? "skipped" : "crawling"} ${p2}`);
      return skipped;
    } : excludePredicate,
    fs: options.fs,
    pathSeparator: "/",
    relativePaths: !absolute,
    resolvePaths: absolute,
    includeBasePath: absolute,
    resolveSymlinks: followSymbolicLinks,
    excludeSymlinks: !followSymbolicLinks,
    excludeFiles: onlyDirectories,
    includeDirs: onlyDirectories || !options.onlyFiles,
    maxDepth,
    signal: options.signal
  }).crawl(root);
  if (options.debug) log("internal properties:", {
    ...props,
    root
  });
  return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
function formatPaths(paths, mapper) {
  if (mapper) for (let i3 = paths.length - 1; i3 >= 0; i3--) paths[i3] = mapper(paths[i3]);
  return paths;
}
var defaultOptions = {
  caseSensitiveMatch: true,
  debug: !!process.env.TINYGLOBBY_DEBUG,
  expandDirectories: true,
  followSymbolicLinks: true,
  onlyFiles: true
};
function getOptions(options) {
  const opts = Object.assign({}, options);
  for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
  opts.cwd = (opts.cwd instanceof URL ? fileURLToPath2(opts.cwd) : resolve2(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
  opts.ignore = ensureStringArray(opts.ignore);
  opts.fs && (opts.fs = {
    readdir: opts.fs.readdir || readdir2,
    readdirSync: opts.fs.readdirSync || readdirSync,
    realpath: opts.fs.realpath || realpath,
    realpathSync: opts.fs.realpathSync || realpathSync,
    stat: opts.fs.stat || stat3,
    statSync: opts.fs.statSync || statSync
  });
  if (opts.debug) log("globbing with options:", opts);
  return opts;
}
function getCrawler(globInput, inputOptions = {}) {
  var _ref;
  if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
  const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
  const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
  const options = getOptions(isModern ? inputOptions : globInput);
  return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
  const [crawler, relative2] = getCrawler(globInput, options);
  return crawler ? formatPaths(await crawler.withPromise(), relative2) : [];
}

// src/inputs/models.ts
async function expandModelPatterns(patterns, source, cwd = process.cwd()) {
  const out = [];
  for (const pattern of patterns.map((p2) => p2.trim()).filter((p2) => p2 !== "")) {
    if (!isDynamicPattern(pattern)) {
      out.push(pattern);
      continue;
    }
    const matches = (await glob(pattern, { cwd, onlyFiles: true, followSymbolicLinks: false, expandDirectories: false })).sort();
    if (matches.length === 0) throw new InputError(`${source}: pattern "${pattern}" matches no file`);
    out.push(...matches);
  }
  if (out.length === 0) throw new InputError(`${source}: no model given`);
  return [...new Set(out)];
}

// src/pack/unpack.ts
import { mkdir as mkdir3, stat as stat4 } from "node:fs/promises";
import { basename as basename6, dirname as dirname6, join as join9 } from "node:path";
async function unpack(source, outDir) {
  const info = await stat4(source).catch(() => null);
  if (!info) throw new InputError(`${source}: does not exist`);
  const dir = info.isDirectory() ? source : dirname6(source);
  if (!info.isDirectory() && !isPackedFileName(source)) {
    throw new InputError(`${source}: not a pack folder or a packed model (.onnx.zst or .onnx.planes)`);
  }
  const manifest = await readManifest(dir);
  const entries = info.isDirectory() ? manifest.models : manifest.models.filter((m2) => m2.file === basename6(source));
  if (entries.length === 0) throw new InputError(`${source}: not listed in ${join9(dir, "manifest.json")}, so it cannot be verified`);
  await mkdir3(outDir, { recursive: true });
  const written = [];
  for (const entry of entries) written.push(await restoreModel(dir, entry, outDir));
  return written;
}

// src/cli/main.ts
import { join as join10 } from "node:path";
var EXIT_INTERNAL = 3;
var defaultIo = { out: (t2) => process.stdout.write(t2), err: (t2) => process.stderr.write(t2) };
var COMPARE_OPTIONS = {
  baseline: { type: "string", arg: "DIR", help: "pack folder of the previous release (manifest.json + *.onnx.zst); a missing folder gives verdict no-baseline" },
  "eval-data": { type: "string", arg: "DIR", help: "eval data: test_data_set_*/input_N.pb (+ output_N.pb, labels.*) or .npy/.npz files" },
  config: { type: "string", arg: "FILE", help: "config file (default: model-gate.yml / .yaml / .json in the current folder)" },
  json: { type: "string", arg: "FILE", help: "write the JSON report here" },
  markdown: { type: "string", arg: "FILE", help: "write the Markdown report here" },
  threshold: { type: "string", multiple: true, arg: "METRIC=WARN/FAIL", help: `override a threshold, repeatable; metrics: ${METRIC_IDS.join(", ")}` },
  "fail-on": { type: "string", arg: "fail|warn|never", help: "which verdict makes the exit code 1 (default fail)" },
  level: { type: "string", arg: "N", help: "zstd level 1-22 for packing .onnx candidates (default 3)" },
  codec: { type: "string", arg: "auto|zstd|onnx-planes", help: "packing codec (default auto: the smaller of the two per model)" },
  threads: { type: "string", arg: "N", help: "zstd worker threads (default: cores, at most 4)" },
  "bench-budget": { type: "string", arg: "S", help: "seconds of sampling per model pair; sampling stops earlier once every timing interval is clear of its thresholds, and a failing timing is re-measured once with the same budget (default 25)" },
  "load-samples": { type: "string", arg: "N", help: "cold-load pairs, each a fresh process, before the intervals are judged (default 10; a 95% interval needs 6)" },
  "latency-rounds": { type: "string", arg: "N", help: "warm-latency rounds before the intervals are judged (default 10)" },
  "latency-time-ms": { type: "string", arg: "MS", help: "sampling time per side per round (default 100)" },
  "warmup-ms": { type: "string", arg: "MS", help: "warm-up time per side per round (default 25)" },
  "intra-op-threads": { type: "string", arg: "N", help: "onnxruntime intra-op threads, same for both sides (default 1)" },
  "inter-op-threads": { type: "string", arg: "N", help: "onnxruntime inter-op threads, same for both sides (default 1)" },
  atol: { type: "string", arg: "X", help: "absolute tolerance for output agreement (default 1e-5)" },
  rtol: { type: "string", arg: "X", help: "relative tolerance for output agreement (default 1e-4)" },
  output: { type: "string", arg: "NAME", help: "model output to score (default: the first output)" },
  variants: { type: "string", arg: "LIST", help: 'lossy variants to build and measure beside the original, e.g. "fp16,int8" (needs --eval-data; default: the original only)' },
  publish: { type: "string", arg: "original|best", help: "which variant the pack holds: best = the smallest inside the accuracy budget (default best)" },
  "max-accuracy-drop": { type: "string", arg: "T", help: "accuracy budget of a variant against the original, for accuracy or top-1 agreement (default -0.5pp)" },
  "max-error-increase": { type: "string", arg: "T", help: "error budget of a variant against the original, for RMSE or the output error (default +2%)" },
  "int8-min-elements": { type: "string", arg: "N", help: "int8: weights with fewer elements stay float32 (default 1024)" },
  "fp16-keep-ops": { type: "string", arg: "LIST", help: "fp16: initializers read by these ops stay float32 (default Resize,Upsample,Range,NonMaxSuppression,RoiAlign,Pad,Clip,BatchNormalization)" },
  quiet: { type: "boolean", help: "print only the report" }
};
var COMMANDS = {
  pack: {
    usage: "model-gate pack <model.onnx | glob>... --out DIR [--level N] [--threads N]",
    summary: "compress models into DIR/<name>.onnx.zst (one zstd frame each, readable by `zstd -d`) and DIR/manifest.json",
    options: {
      out: { type: "string", arg: "DIR", help: "output folder (required)" },
      level: COMPARE_OPTIONS.level,
      codec: COMPARE_OPTIONS.codec,
      threads: COMPARE_OPTIONS.threads,
      config: COMPARE_OPTIONS.config
    },
    run: async (values, positionals, io) => {
      const out = requireOption(values, "out");
      const config = await buildConfig(rawSettings(values));
      const models = await expandModelPatterns(positionals, "pack <model>");
      const manifest = await packModels({ models, outDir: out, level: config.level, threads: config.threads, codec: config.codec });
      for (const m2 of manifest.models) {
        io.out(`${m2.name}: ${m2.raw.bytes} \u2192 ${m2.packed.bytes} bytes (${(100 * m2.packed.bytes / Math.max(1, m2.raw.bytes)).toFixed(1)}%) ${join10(out, m2.file)}
`);
      }
      return 0;
    }
  },
  unpack: {
    usage: "model-gate unpack <DIR | FILE.onnx.zst> --out DIR",
    summary: "restore the original .onnx files, verified against the manifest (size, sha256)",
    options: { out: { type: "string", arg: "DIR", help: "output folder (required)" } },
    run: async (values, positionals, io) => {
      const out = requireOption(values, "out");
      if (positionals.length !== 1) throw new InputError("unpack: give exactly one pack folder or .onnx.zst file");
      for (const file of await unpack(positionals[0], out)) io.out(`${file}
`);
      return 0;
    }
  },
  compare: {
    usage: "model-gate compare --baseline DIR --candidate <DIR | model.onnx>... [--eval-data DIR] [--config FILE] [--json FILE] [--markdown FILE]",
    summary: "benchmark and evaluate candidates against the baseline in this process; print the Markdown report",
    options: { candidate: { type: "string", multiple: true, arg: "DIR|FILE", help: "pack folder or .onnx file (glob allowed), repeatable" }, ...COMPARE_OPTIONS },
    run: async (values, positionals, io) => {
      const patterns = [...values.candidate ?? [], ...positionals];
      return compareAndReport(values, await expandModelPatterns(patterns, "--candidate"), io);
    }
  },
  run: {
    usage: "model-gate run <model.onnx | glob>... --out DIR --baseline DIR [compare options]",
    summary: "pack the candidates (or, with --variants, each one's chosen variant) into DIR and compare the pack with the baseline (what the action does)",
    options: { out: { type: "string", arg: "DIR", help: "folder for the candidate pack (required)" }, ...COMPARE_OPTIONS },
    run: async (values, positionals, io) => {
      const out = requireOption(values, "out");
      return compareAndReport(values, await expandModelPatterns(positionals, "run <model>"), io, out);
    }
  }
};
async function compareAndReport(values, candidates, io, packDir) {
  const config = await buildConfig(rawSettings(values));
  const quiet = values.quiet === true;
  const outcome = await runCompare({
    baseline: values.baseline ?? null,
    candidates,
    packDir,
    evalData: values["eval-data"] ?? null,
    config,
    log: quiet ? void 0 : (line) => io.err(`model-gate: ${line}
`)
  });
  if (typeof values.json === "string") await writeFileAtomic(values.json, `${JSON.stringify(outcome.report, null, 2)}
`);
  if (typeof values.markdown === "string") await writeFileAtomic(values.markdown, outcome.markdown);
  io.out(outcome.markdown);
  if (!quiet) io.err(`model-gate: ${outcome.report.summary} (exit ${outcome.exitCode})
`);
  return outcome.exitCode;
}
function requireOption(values, name) {
  const v2 = values[name];
  if (typeof v2 !== "string" || v2 === "") throw new InputError(`--${name} is required`);
  return v2;
}
function rawSettings(values) {
  const raw = (flag) => typeof values[flag] === "string" ? { value: values[flag], source: `--${flag}` } : void 0;
  return {
    config: raw("config"),
    level: raw("level"),
    codec: raw("codec"),
    threads: raw("threads"),
    failOn: raw("fail-on"),
    thresholds: (values.threshold ?? []).map((value2) => ({ value: value2, source: "--threshold" })),
    loadSamples: raw("load-samples"),
    latencyRounds: raw("latency-rounds"),
    latencyTimeMs: raw("latency-time-ms"),
    warmupMs: raw("warmup-ms"),
    budgetSeconds: raw("bench-budget"),
    intraOpThreads: raw("intra-op-threads"),
    interOpThreads: raw("inter-op-threads"),
    atol: raw("atol"),
    rtol: raw("rtol"),
    output: raw("output"),
    variants: raw("variants"),
    publish: raw("publish"),
    maxAccuracyDrop: raw("max-accuracy-drop"),
    maxErrorIncrease: raw("max-error-increase"),
    int8MinElements: raw("int8-min-elements"),
    fp16KeepOps: raw("fp16-keep-ops")
  };
}
function mainHelp() {
  const lines = [
    `model-gate ${VERSION} \u2014 pack, benchmark and gate ONNX models against the previous release`,
    "",
    "Usage: model-gate <command> [options]   (model-gate <command> --help for its options)",
    "",
    "Commands:",
    ...Object.entries(COMMANDS).map(([name, c2]) => `  ${name.padEnd(8)} ${c2.summary}`),
    "",
    "Exit codes: 0 pass, warn or no baseline \xB7 1 a regression passed a fail threshold \xB7 2 bad usage or bad input \xB7 3 internal error",
    "Pickle and PyTorch checkpoints are refused: loading them runs code. Export to ONNX first."
  ];
  return `${lines.join("\n")}
`;
}
function commandHelp(name, c2) {
  const width = Math.max(...Object.entries(c2.options).map(([k2, o2]) => `--${k2}${o2.arg ? ` ${o2.arg}` : ""}`.length));
  const lines = [`Usage: ${c2.usage}`, "", c2.summary, "", "Options:"];
  for (const [key, o2] of Object.entries(c2.options)) lines.push(`  ${`--${key}${o2.arg ? ` ${o2.arg}` : ""}`.padEnd(width)}  ${o2.help}`);
  lines.push(`  ${"--help".padEnd(width)}  show this help`);
  if ("threshold" in c2.options) lines.push("", `Thresholds: ${THRESHOLD_FORMS}.`);
  return `${lines.join("\n")}
`;
}
async function main(argv, io = defaultIo) {
  const [name, ...rest] = argv;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
    io.out(mainHelp());
    return name === void 0 ? EXIT_BAD_INPUT : 0;
  }
  if (name === "--version" || name === "-v") {
    io.out(`${VERSION}
`);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`model-gate: unknown command "${name}"; commands: ${Object.keys(COMMANDS).join(", ")} (model-gate --help)
`);
    return EXIT_BAD_INPUT;
  }
  try {
    const options = Object.fromEntries(Object.entries(command.options).map(([k2, o2]) => [k2, { type: o2.type, multiple: o2.multiple ?? false }]));
    const { values, positionals } = parseArgs({ args: rest, options: { ...options, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true });
    if (values.help) {
      io.out(commandHelp(name, command));
      return 0;
    }
    return await command.run(values, positionals, io);
  } catch (error) {
    return reportError(error, name, io);
  }
}
function reportError(error, command, io) {
  const e2 = error;
  if (error instanceof InputError) {
    io.err(`model-gate ${command}: ${e2.message}
`);
    return EXIT_BAD_INPUT;
  }
  if (typeof e2?.code === "string" && e2.code.startsWith("ERR_PARSE_ARGS")) {
    io.err(`model-gate ${command}: ${e2.message} (model-gate ${command} --help)
`);
    return EXIT_BAD_INPUT;
  }
  io.err(`model-gate ${command}: internal error: ${e2?.stack ?? String(error)}
`);
  return EXIT_INTERNAL;
}

// src/cli.ts
process.exitCode = await main(process.argv.slice(2));
//# sourceMappingURL=cli.js.map

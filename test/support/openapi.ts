// GitHub's published REST description (npm @octokit/openapi) as a request checker for the fake GitHub server:
// routes are matched by the description's templated paths, parameters and JSON bodies are validated with ajv.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import ajvFormats from 'ajv-formats';

/** The hosts the description serves operations from (an operation's `servers` overrides the document's). */
export type DescribedHost = 'api' | 'uploads';

export interface MatchedOperation {
  /** The description's operationId, e.g. `repos/list-releases`. */
  id: string;
  /** The templated path, e.g. `/repos/{owner}/{repo}/releases`. */
  template: string;
  /** GitHub's documentation page for the operation (what GitHub puts in error bodies). */
  docsUrl: string;
  /** Path parameters, decoded. */
  params: Record<string, string>;
}

export interface RequestCheck {
  /** The operation the request matched, when one did (even when it then broke a rule of it). */
  operation: MatchedOperation | null;
  /** Every rule of the description the request broke, in words; empty when it conforms. */
  problems: string[];
  /** The status to answer a non-conforming request with (404 unknown route, 415 Accept, 400 JSON syntax, 422 else). */
  status: number;
  /** The parsed JSON body, when the operation takes JSON and a well-formed one came. */
  json?: unknown;
}

export interface RequestToCheck {
  host: DescribedHost;
  method: string;
  /** The raw (still percent-encoded) path, without the query. */
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** The API versions GitHub accepts in `X-GitHub-Api-Version` (a wrong one is answered 400 by GitHub). */
export const API_VERSIONS = ['2022-11-28', '2026-03-10'];

/**
 * Places where GitHub's live API answers outside its own description, patched into the response schemas only, so the
 * fake may answer as GitHub really does. Request validation never uses these patches.
 */
const RESPONSE_SCHEMA_GAPS: Record<string, (schema: Schema) => void> = {
  // A failed upload leaves an asset in state "starter" (the upload operation's own text says so); the enum lacks it.
  'release-asset': (schema) => {
    const state = (schema['properties'] as Record<string, Schema>)['state'];
    if (state && Array.isArray(state['enum'])) state['enum'] = [...state['enum'], 'starter'];
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// The description's shape, as far as this module reads it.

type Schema = Record<string, unknown>;
interface Reference { $ref: string }
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
  'x-multi-segment'?: boolean;
}
interface MediaType { schema?: Schema }
interface RequestBody { required?: boolean; content: Record<string, MediaType> }
interface Response { content?: Record<string, MediaType> }
interface Operation {
  operationId: string;
  description?: string;
  externalDocs?: { url: string };
  servers?: Array<{ url: string }>;
  parameters?: Array<Parameter | Reference>;
  requestBody?: RequestBody | Reference;
  responses: Record<string, Response | Reference>;
}
const METHODS = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options'] as const;
type PathItem = { parameters?: Array<Parameter | Reference> } & Partial<Record<(typeof METHODS)[number], Operation>>;
interface Description {
  openapi: string;
  servers: Array<{ url: string }>;
  paths: Record<string, PathItem>;
  components: {
    schemas: Record<string, Schema>;
    parameters: Record<string, Parameter>;
    responses: Record<string, Response>;
    requestBodies?: Record<string, RequestBody>;
    examples: Record<string, { value: unknown }>;
  };
}

const SERVER_HOSTS: Record<string, DescribedHost> = {
  'https://api.github.com': 'api',
  'https://uploads.github.com': 'uploads',
};
const HOST_ORIGINS: Record<DescribedHost, string> = { api: 'https://api.github.com', uploads: 'https://uploads.github.com' };

interface Route {
  template: string;
  regex: RegExp;
  names: string[];
  item: PathItem;
  literals: number;
}

// ---------------------------------------------------------------------------------------------------------------------

let shared: OpenApiChecker | undefined;

/** The one checker of this process: the 13 MB description is read on first use, schemas compiled as requests need them. */
export function openApiChecker(): OpenApiChecker {
  shared ??= new OpenApiChecker(readDescription());
  return shared;
}

function readDescription(): Description {
  const require = createRequire(import.meta.url);
  const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
  const description = JSON.parse(readFileSync(file, 'utf8')) as Description;
  // The normalisation below is written for OpenAPI 3.0 schemas (nullable, no type arrays); refuse anything else loudly.
  if (!description.openapi.startsWith('3.0.')) throw new Error(`${file}: expected an OpenAPI 3.0 description, got ${description.openapi}`);
  return description;
}

export class OpenApiChecker {
  private readonly routes: Route[];
  private readonly operations = new Map<string, { operation: Operation; template: string; item: PathItem }>();
  private readonly ajv: Ajv;
  private readonly compiled = new Map<string, ValidateFunction>();
  /** Formats the description uses that no validator here knows: accepted unchecked. */
  readonly uncheckedFormats = new Set<string>();

  constructor(private readonly description: Description) {
    this.routes = Object.entries(description.paths).map(([template, item]) => compileRoute(template, item, (p) => this.parameter(p)));
    // Literal segments beat parameters (`releases/latest` before `releases/{release_id}`), as in GitHub's router.
    this.routes.sort((a, b) => b.literals - a.literals || a.names.length - b.names.length);
    for (const [template, item] of Object.entries(description.paths)) {
      for (const method of METHODS) {
        const operation = item[method];
        if (operation) this.operations.set(operation.operationId, { operation, template, item });
      }
    }
    this.ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false, strictTuples: false, strictRequired: false });
    ajvFormats.default(this.ajv);
    // GitHub's own format: "owner/name".
    this.ajv.addFormat('repo.nwo', /^[\w.-]+\/[\w.-]+$/);
  }

  /** Checks one request against the description; see RequestCheck. */
  checkRequest(request: RequestToCheck): RequestCheck {
    const method = request.method.toLowerCase();
    const route = this.routes.find((r) => r.regex.test(request.path));
    if (!route) return { operation: null, problems: [`no path of GitHub's REST description matches ${request.path}`], status: 404 };
    const operation = METHODS.includes(method as never) ? route.item[method as (typeof METHODS)[number]] : undefined;
    if (!operation) {
      const allowed = METHODS.filter((m) => route.item[m]).map((m) => m.toUpperCase());
      return { operation: null, problems: [`${request.method} is not an operation of ${route.template} (it has ${allowed.join(', ')})`], status: 404 };
    }

    const problems: string[] = [];
    let status = 422;
    const fail = (problem: string, code: number) => {
      if (problems.length === 0) status = code;
      problems.push(problem);
    };

    const host = this.hostOf(operation);
    if (host !== request.host) fail(`${operation.operationId} is served from ${HOST_ORIGINS[host]}, not from the ${request.host} host`, 404);

    const params: Record<string, string> = {};
    const match = route.regex.exec(request.path);
    route.names.forEach((name, i) => {
      const raw = match?.[i + 1] ?? '';
      try {
        params[name] = decodeURIComponent(raw);
      } catch {
        fail(`path parameter ${name} is not valid percent-encoding: ${raw}`, 400);
        params[name] = raw;
      }
    });
    const matched: MatchedOperation = { id: operation.operationId, template: route.template, docsUrl: operation.externalDocs?.url ?? '', params };

    const parameters = [...(route.item.parameters ?? []), ...(operation.parameters ?? [])].map((p) => this.parameter(p));
    for (const parameter of parameters.filter((p) => p.in === 'path')) {
      const value = params[parameter.name];
      if (value === undefined) fail(`path parameter ${parameter.name} is missing`, 422);
      else for (const problem of this.checkParameter(parameter, [value])) fail(problem, 422);
    }
    for (const problem of this.checkQuery(parameters, request.query)) fail(problem, 422);
    const body = this.checkBody(operation, request);
    for (const [problem, code] of body.problems) fail(problem, code);
    for (const problem of this.checkAccept(operation, request.headers['accept'])) fail(problem, 415);
    const version = header(request.headers, 'x-github-api-version');
    if (version !== undefined && !API_VERSIONS.includes(version)) fail(`X-GitHub-Api-Version ${version} is not one GitHub serves (${API_VERSIONS.join(', ')})`, 400);

    return { operation: matched, problems, status, ...('json' in body ? { json: body.json } : {}) };
  }

  /** Checks a JSON response the fake sends against the operation's response schema (only 2xx with a JSON schema). */
  checkResponse(operationId: string, status: number, body: unknown): string[] {
    const entry = this.operations.get(operationId);
    if (!entry) return [`no operation ${operationId} in the description`];
    if (status < 200 || status > 299) return [];
    const declared = entry.operation.responses[String(status)];
    if (!declared) return [`${operationId} does not document status ${status}`];
    const response = this.resolve<Response>(declared, 'responses');
    const schema = response.content?.['application/json']?.schema;
    if (!schema) return body === undefined || body === null ? [] : [`${operationId} ${status} documents no JSON body`];
    const validate = this.compile(`response ${operationId} ${status}`, schema, { closed: false, patched: true });
    return validate(body) ? [] : describeErrors('response', validate.errors);
  }

  /** A deep copy of one of the description's examples (components/examples), e.g. `pull-request`. */
  example(name: string): unknown {
    const example = this.description.components.examples[name];
    if (!example) throw new Error(`no example ${name} in the description`);
    return structuredClone(example.value);
  }

  // -- parameters ------------------------------------------------------------------------------------------------------

  private checkQuery(parameters: Parameter[], query: URLSearchParams): string[] {
    const problems: string[] = [];
    const known = new Map(parameters.filter((p) => p.in === 'query').map((p) => [p.name, p]));
    for (const name of new Set(query.keys())) {
      const parameter = known.get(name);
      // GitHub ignores unknown query parameters; from our own client they are bugs (a typo, a misplaced option).
      if (!parameter) problems.push(`unknown query parameter ${name}${known.size ? ` (the operation takes ${[...known.keys()].join(', ')})` : ' (the operation takes none)'}`);
      else problems.push(...this.checkParameter(parameter, query.getAll(name)));
    }
    for (const parameter of known.values()) {
      if (parameter.required && !query.has(parameter.name)) problems.push(`required query parameter ${parameter.name} is missing`);
    }
    return problems;
  }

  private checkParameter(parameter: Parameter, values: string[]): string[] {
    const where = `${parameter.in} parameter ${parameter.name}`;
    const schema = parameter.schema ?? {};
    const isArray = schema['type'] === 'array';
    if (!isArray && values.length > 1) return [`${where} is given ${values.length} times`];
    if (!isArray && values[0] === '') return [`${where} is empty`];
    const value = isArray ? values.flatMap((v) => v.split(',')).map((v) => coerce(v, (schema['items'] as Schema) ?? {})) : coerce(values[0] ?? '', schema);
    const validate = this.compile(`parameter ${JSON.stringify(schema)}`, schema, { closed: false, patched: false });
    return validate(value) ? [] : describeErrors(where, validate.errors, values.join(','));
  }

  private parameter(p: Parameter | Reference): Parameter {
    return this.resolve<Parameter>(p, 'parameters');
  }

  // -- bodies and media types -----------------------------------------------------------------------------------------

  private checkBody(operation: Operation, request: RequestToCheck): { problems: Array<[string, number]>; json?: unknown } {
    const declared = operation.requestBody ? this.resolve<RequestBody>(operation.requestBody, 'requestBodies') : undefined;
    const contentType = header(request.headers, 'content-type');
    const hasBody = request.body.length > 0;
    if (!declared) return { problems: hasBody ? [[`${operation.operationId} takes no request body, got ${request.body.length} bytes`, 422]] : [] };

    const jsonSchema = Object.entries(declared.content).find(([type]) => isJsonMediaType(type))?.[1]?.schema;
    if (!jsonSchema) {
      // A raw upload (the asset upload's application/octet-stream): GitHub takes any media type the client names, but
      // requires Content-Type and Content-Length (a chunked body is refused).
      const problems: Array<[string, number]> = [];
      if (!contentType || !/^[\w.+-]+\/[\w.+-]+(\s*;.*)?$/.test(contentType)) problems.push([`a raw upload needs a Content-Type media type, got ${contentType ?? 'none'}`, 422]);
      const length = header(request.headers, 'content-length');
      if (length === undefined) problems.push(['a raw upload needs Content-Length (GitHub refuses chunked uploads)', 411]);
      return { problems };
    }

    if (!hasBody) return { problems: declared.required ? [[`${operation.operationId} requires a JSON body`, 422]] : [] };
    if (!contentType || !isJsonMediaType(contentType.split(';')[0]!.trim())) return { problems: [[`a JSON body needs Content-Type application/json, got ${contentType ?? 'none'}`, 415]] };
    let body: unknown;
    try {
      body = JSON.parse(request.body.toString('utf8'));
    } catch (error) {
      return { problems: [[`the body is not valid JSON: ${(error as Error).message}`, 400]] };
    }
    const validate = this.compile(`body ${operation.operationId}`, jsonSchema, { closed: true, patched: false });
    return { problems: validate(body) ? [] : describeErrors('body', validate.errors).map((p): [string, number] => [p, 422]), json: body };
  }

  /**
   * Beyond the generic JSON media types, a media type in Accept must be one the operation declares or names in its text
   * (GitHub lists custom media types such as application/octet-stream for asset downloads in the operation's text).
   */
  private checkAccept(operation: Operation, accept: string | string[] | undefined): string[] {
    if (accept === undefined) return [];
    const ranges = (Array.isArray(accept) ? accept.join(',') : accept).split(',').map((r) => r.split(';')[0]!.trim().toLowerCase()).filter(Boolean);
    const declared = new Set(Object.values(operation.responses).flatMap((r) => Object.keys(this.resolve<Response>(r, 'responses').content ?? {})));
    const text = (operation.description ?? '').toLowerCase();
    return ranges
      .filter((range) => !GENERIC_ACCEPT.test(range) && !declared.has(range) && !text.includes(range))
      .map((range) => `Accept ${range} is not a media type ${operation.operationId} serves`);
  }

  private hostOf(operation: Operation): DescribedHost {
    const server = (operation.servers ?? this.description.servers)[0]?.url ?? 'https://api.github.com';
    return SERVER_HOSTS[server] ?? 'api';
  }

  // -- schemas ---------------------------------------------------------------------------------------------------------

  private resolve<T>(value: T | Reference, section: 'parameters' | 'responses' | 'requestBodies'): T {
    if (!value || typeof value !== 'object' || !('$ref' in value)) return value as T;
    const prefix = `#/components/${section}/`;
    if (!value.$ref.startsWith(prefix)) throw new Error(`unexpected reference ${value.$ref} (wanted ${prefix}…)`);
    const target = (this.description.components[section] as Record<string, T> | undefined)?.[value.$ref.slice(prefix.length)];
    if (!target) throw new Error(`dangling reference ${value.$ref}`);
    return target;
  }

  /**
   * Compiles an OpenAPI 3.0 schema, with the component schemas it reaches, into one JSON Schema (draft-07) for ajv.
   * `closed`: objects refuse properties they do not declare (for request bodies; GitHub's schemas leave them open).
   * `patched`: apply RESPONSE_SCHEMA_GAPS.
   */
  private compile(key: string, schema: Schema, options: { closed: boolean; patched: boolean }): ValidateFunction {
    const cached = this.compiled.get(key);
    if (cached) return cached;
    const refs = new Set<string>();
    const root = this.convert(schema, refs, options.closed, false);
    const definitions: Record<string, unknown> = {};
    for (const pending = [...refs]; pending.length > 0; ) {
      const name = pending.pop()!;
      if (name in definitions) continue;
      const component = this.description.components.schemas[name];
      if (!component) throw new Error(`dangling reference #/components/schemas/${name}`);
      const source = structuredClone(component);
      if (options.patched) RESPONSE_SCHEMA_GAPS[name]?.(source);
      const found = new Set<string>();
      definitions[name] = this.convert(source, found, options.closed, false);
      for (const ref of found) if (!(ref in definitions)) pending.push(ref);
    }
    const validate = this.ajv.compile({ ...(root as object), definitions });
    this.compiled.set(key, validate);
    return validate;
  }

  /** One OpenAPI 3.0 schema node → JSON Schema: nullable, $ref to definitions, OpenAPI-only keywords dropped. */
  private convert(node: unknown, refs: Set<string>, closed: boolean, allOfBranch: boolean): unknown {
    if (!node || typeof node !== 'object' || Array.isArray(node)) return node;
    const schema = node as Schema;
    if (typeof schema['$ref'] === 'string') {
      // OpenAPI 3.0: a $ref's siblings are ignored.
      const name = schema['$ref'].replace('#/components/schemas/', '');
      refs.add(name);
      return { $ref: `#/definitions/${name}` };
    }
    const child = (value: unknown, inAllOf = false) => this.convert(value, refs, closed, inAllOf);
    const out: Schema = {};
    for (const [keyword, value] of Object.entries(schema)) {
      if (keyword.startsWith('x-') || OPENAPI_ONLY_KEYWORDS.has(keyword)) continue;
      if (keyword === 'properties') out[keyword] = Object.fromEntries(Object.entries(value as Schema).map(([k, v]) => [k, child(v)]));
      else if (keyword === 'items' || keyword === 'not' || keyword === 'additionalProperties') out[keyword] = child(value);
      else if (keyword === 'allOf') out[keyword] = (value as unknown[]).map((v) => child(v, true));
      else if (keyword === 'anyOf' || keyword === 'oneOf') out[keyword] = (value as unknown[]).map((v) => child(v));
      else {
        if (keyword === 'format' && typeof value === 'string' && !this.ajv.formats[value]) {
          this.ajv.addFormat(value, true);
          this.uncheckedFormats.add(value);
        }
        out[keyword] = value;
      }
    }
    // A branch of allOf is one part of an object: closing it would refuse the other parts' properties.
    if (closed && !allOfBranch && out['properties'] && out['additionalProperties'] === undefined && !out['allOf'] && !out['anyOf'] && !out['oneOf']) {
      out['additionalProperties'] = false;
    }
    if (schema['nullable'] === true) {
      if (typeof out['type'] === 'string') {
        out['type'] = [out['type'], 'null'];
        if (Array.isArray(out['enum']) && !out['enum'].includes(null)) out['enum'] = [...out['enum'], null];
      } else {
        return { anyOf: [{ type: 'null' }, out] };
      }
    }
    return out;
  }
}

// Keywords of OpenAPI 3.0's schema object that JSON Schema does not have (nullable is translated, the rest annotate).
const OPENAPI_ONLY_KEYWORDS = new Set(['nullable', 'example', 'externalDocs', 'xml', 'discriminator']);
const GENERIC_ACCEPT = /^(\*\/\*|application\/\*|application\/json|application\/vnd\.github(\.v3)?(\+json)?)$/;

function isJsonMediaType(type: string): boolean {
  return type === 'application/json' || /^application\/[\w.-]+\+json$/.test(type);
}

function header(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/** A query or path value (always text) as the type its schema declares, so ajv can judge it; unparseable text stays text. */
function coerce(raw: string, schema: Schema): unknown {
  const type = schema['type'];
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
  if (type === 'boolean' && (raw === 'true' || raw === 'false')) return raw === 'true';
  return raw;
}

function describeErrors(where: string, errors: ErrorObject[] | null | undefined, value?: string): string[] {
  return (errors ?? []).map((e) => {
    const detail =
      e.keyword === 'additionalProperties' ? ` (${String((e.params as { additionalProperty: string }).additionalProperty)})`
      : e.keyword === 'enum' ? ` (${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')})`
      : '';
    const got = value === undefined ? '' : `, got ${JSON.stringify(value)}`;
    return `${where}${e.instancePath ? ` at ${e.instancePath}` : ''} ${e.message ?? e.keyword}${detail}${got}`;
  });
}

/** A templated path → a regex over the raw path; an `x-multi-segment` parameter (a tag, a commit ref) may span slashes. */
function compileRoute(template: string, item: PathItem, parameter: (p: Parameter | Reference) => Parameter): Route {
  const multi = new Set<string>();
  for (const operation of [item, ...METHODS.map((m) => item[m])]) {
    for (const p of operation?.parameters ?? []) {
      const resolved = parameter(p);
      if (resolved.in === 'path' && resolved['x-multi-segment']) multi.add(resolved.name);
    }
  }
  const names: string[] = [];
  let literals = 0;
  const pattern = template
    .split('/')
    .map((segment) => {
      const param = /^\{([^}]+)\}$/.exec(segment);
      if (param) {
        names.push(param[1]!);
        return multi.has(param[1]!) ? '(.+)' : '([^/]+)';
      }
      if (segment !== '') literals++;
      // A segment mixing literal text and parameters (rare in the description) keeps its parameters as one segment.
      return segment.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_, name: string) => {
        names.push(name);
        return '([^/]+)';
      });
    })
    .join('/');
  return { template, regex: new RegExp(`^${pattern}$`), names, item, literals };
}

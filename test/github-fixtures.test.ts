// The fake GitHub against recorded github.com: the interactions @octokit/fixtures recorded (scenarios/api.github.com)
// are replayed against the fake, and its answers must have the recording's status, headers that matter, and shape —
// every field the recording has, with the same JSON type — and the values that follow from the request (names, labels,
// sizes, content types, URLs). The fake may answer with more fields (GitHub added some since the recordings; those
// are checked against @octokit/openapi by checkResponses). Where the fake knowingly differs from a recording, the test
// says why.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterEach, describe, test } from 'node:test';
import { FakeGitHub, TOKENS } from './support/fake-github.js';

interface Recorded {
  scope: string;
  method: string;
  path: string;
  body?: unknown;
  status: number;
  response: unknown;
  reqheaders: Record<string, string | number>;
  headers: Record<string, string | number>;
}

const require = createRequire(import.meta.url);
function scenario(name: string): Recorded[] {
  return JSON.parse(readFileSync(require.resolve(`@octokit/fixtures/scenarios/api.github.com/${name}/normalized-fixture.json`), 'utf8')) as Recorded[];
}

const started: FakeGitHub[] = [];
afterEach(async () => {
  for (const f of started.splice(0)) {
    f.assertNoViolations();
    await f.close();
  }
});
async function fake(): Promise<FakeGitHub> {
  const f = await FakeGitHub.start({ checkResponses: true });
  started.push(f);
  return f;
}

type Shape = string | { [key: string]: Shape } | Shape[];
/** The JSON type of every value: objects by key, arrays by their first element. */
function shapeOf(value: unknown): Shape {
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length > 0 ? [shapeOf(value[0])] : [];
  if (typeof value === 'object') return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, shapeOf(v)]));
  return typeof value;
}

/** Every field of `recorded` is in `actual` with the same type (a recorded null accepts any type: the field is nullable). */
function assertShape(actual: unknown, recorded: unknown, at = '$'): void {
  const want = shapeOf(recorded);
  const got = shapeOf(actual);
  if (want === 'null') return;
  if (typeof want === 'string') return assert.equal(got, want, `${at}: ${want} recorded`);
  if (Array.isArray(want)) {
    assert.ok(Array.isArray(got), `${at}: an array recorded`);
    if (want.length > 0 && (actual as unknown[]).length > 0) assertShape((actual as unknown[])[0], (recorded as unknown[])[0], `${at}[0]`);
    return;
  }
  assert.equal(typeof actual, 'object', `${at}: an object recorded`);
  for (const key of Object.keys(want)) {
    assert.ok(key in (actual as object), `${at}.${key} is recorded but missing`);
    assertShape((actual as Record<string, unknown>)[key], (recorded as Record<string, unknown>)[key], `${at}.${key}`);
  }
}

const auth = { authorization: `token ${TOKENS.user}`, accept: 'application/vnd.github.v3+json' };

describe('the fake against recorded github.com (@octokit/fixtures)', () => {
  test('release-assets: get by tag, upload, list, get, rename and delete an asset', async () => {
    const steps = scenario('release-assets');
    assert.deepEqual(steps.map((s) => `${s.method} ${s.status}`), ['get 200', 'post 201', 'get 200', 'get 200', 'patch 200', 'delete 204']);
    const f = await fake();
    const made = f.addRelease({ tag_name: 'v1.0.0', name: 'Version 1.0.0', body: 'Initial release' });
    const repoPath = `/repos/${f.owner}/${f.repo}`;

    const byTag = await fetch(`${f.apiUrl}${repoPath}/releases/tags/v1.0.0`, { headers: auth });
    assert.equal(byTag.status, steps[0]!.status);
    const release = (await byTag.json()) as Record<string, unknown>;
    assertShape(release, steps[0]!.response);
    // The recorded upload_url is the uploads host's, templated with {?name,label}.
    assert.match(String((steps[0]!.response as Record<string, unknown>)['upload_url']), /^https:\/\/uploads\.github\.com\/repos\/[^/]+\/[^/]+\/releases\/1000\/assets\{\?name,label\}$/);
    assert.equal(release['upload_url'], `${f.uploadsUrl}${repoPath}/releases/${made.id}/assets{?name,label}`);

    // The recorded upload: text/plain, 14 bytes, name and label in the query.
    const upload = steps[1]!;
    const bytes = Buffer.from(String(upload.body));
    assert.equal(bytes.length, Number(upload.reqheaders['content-length']));
    const query = new URLSearchParams(upload.path.split('?')[1]);
    const posted = await fetch(`${f.uploadsUrl}${repoPath}/releases/${made.id}/assets?${query}`, {
      method: 'POST',
      headers: { ...auth, 'content-type': String(upload.reqheaders['content-type']), 'content-length': String(bytes.length) },
      body: bytes,
    });
    assert.equal(posted.status, upload.status);
    const asset = (await posted.json()) as Record<string, unknown>;
    assertShape(asset, upload.response);
    const recordedAsset = upload.response as Record<string, unknown>;
    for (const key of ['name', 'label', 'content_type', 'state', 'size'] as const) assert.equal(asset[key], recordedAsset[key], key);
    assert.equal(asset['url'], `${f.apiUrl}${repoPath}/releases/assets/${asset['id']}`);
    assert.equal(asset['browser_download_url'], `${f.webUrl}/${f.owner}/${f.repo}/releases/download/v1.0.0/test-upload.txt`);
    assert.match(String(recordedAsset['browser_download_url']), /\/releases\/download\/v1\.0\.0\/test-upload\.txt$/);

    const listed = await fetch(`${f.apiUrl}${repoPath}/releases/${made.id}/assets`, { headers: auth });
    assert.equal(listed.status, steps[2]!.status);
    assertShape(await listed.json(), steps[2]!.response);

    const got = await fetch(`${f.apiUrl}${repoPath}/releases/assets/${asset['id']}`, { headers: auth });
    assert.equal(got.status, steps[3]!.status);
    assertShape(await got.json(), steps[3]!.response);

    const renamed = await fetch(`${f.apiUrl}${repoPath}/releases/assets/${asset['id']}`, { method: 'PATCH', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify(steps[4]!.body) });
    assert.equal(renamed.status, steps[4]!.status);
    const patched = (await renamed.json()) as Record<string, unknown>;
    assertShape(patched, steps[4]!.response);
    assert.equal(patched['name'], (steps[4]!.response as Record<string, unknown>)['name']);
    assert.equal(patched['label'], (steps[4]!.response as Record<string, unknown>)['label']);

    const deleted = await fetch(`${f.apiUrl}${repoPath}/releases/assets/${asset['id']}`, { method: 'DELETE', headers: auth });
    assert.equal(deleted.status, steps[5]!.status);
    assert.equal(await deleted.text(), '', 'an empty 204, as recorded');
    assert.deepEqual(f.release('v1.0.0')!.assets, []);
  });

  test('release-assets-conflict: a taken name is 422 already_exists until the old asset is deleted', async () => {
    const steps = scenario('release-assets-conflict');
    assert.deepEqual(steps.map((s) => `${s.method} ${s.status}`), ['get 200', 'post 422', 'get 200', 'delete 204', 'post 201']);
    const f = await fake();
    const made = f.addRelease({ tag_name: 'v1.0.0', assets: [{ name: 'test-upload.txt', data: Buffer.from('Hello, world!\n') }] });
    const url = `${f.uploadsUrl}/repos/${f.owner}/${f.repo}/releases/${made.id}/assets?name=test-upload.txt&label=test`;
    const upload = () => fetch(url, { method: 'POST', headers: { ...auth, 'content-type': 'text/plain', 'content-length': '14' }, body: 'Hello, world!\n' });

    const refused = await upload();
    assert.equal(refused.status, 422);
    const body = (await refused.json()) as Record<string, unknown>;
    const recorded = steps[1]!.response as Record<string, unknown>;
    assertShape(body, recorded);
    assert.equal(body['message'], recorded['message']);
    assert.deepEqual(body['errors'], recorded['errors']);
    // The recording's documentation_url is the generic https://docs.github.com/rest; the fake names the operation's
    // page, as GitHub's api host does for other errors (recorded: scenario errors). Both are GitHub documentation.
    assert.match(String(body['documentation_url']), /^https:\/\/docs\.github\.com\/rest/);

    const [old] = (await (await fetch(`${f.apiUrl}/repos/${f.owner}/${f.repo}/releases/${made.id}/assets`, { headers: auth })).json()) as Array<{ id: number }>;
    assert.equal((await fetch(`${f.apiUrl}/repos/${f.owner}/${f.repo}/releases/assets/${old!.id}`, { method: 'DELETE', headers: auth })).status, 204);
    const again = await upload();
    assert.equal(again.status, steps[4]!.status);
    const replaced = (await again.json()) as { id: number };
    assertShape(replaced, steps[4]!.response);
    assert.notEqual(replaced.id, old!.id, 'a new asset id, as recorded (1000, then 1001)');
  });

  test('paginate-issues: Link headers name the repository by id, rels prev, next, last, first, and the URLs are served', async () => {
    const steps = scenario('paginate-issues');
    const f = await fake();
    f.addPull({ number: 5, head_sha: 'a'.repeat(40) });
    // 13 comments, pages of 3: the recording's 13 issues in 5 pages.
    for (let i = 1; i <= 13; i++) f.addComment(5, `comment ${i}`, { login: 'someone', type: 'User' });
    const recordedOrigin = 'https://api.github.com/repositories/1000/issues';
    const ours = `${f.apiUrl}/repositories/${f.repositoryId}/issues/5/comments`;
    let url: string | undefined = `${f.apiUrl}/repos/${f.owner}/${f.repo}/issues/5/comments?per_page=3`;
    const ids: number[] = [];
    for (const step of steps) {
      assert.ok(url, 'a next link as long as the recording has pages');
      const r = await fetch(url, { headers: auth });
      assert.equal(r.status, step.status);
      ids.push(...((await r.json()) as Array<{ id: number }>).map((c) => c.id));
      const recordedLink = String(step.headers['link']);
      assert.equal(r.headers.get('link'), recordedLink.split(recordedOrigin).join(ours), `page ${ids.length / 3}`);
      url = /<([^>]+)>;\s*rel="next"/.exec(r.headers.get('link') ?? '')?.[1];
    }
    assert.equal(url, undefined);
    assert.deepEqual(ids, f.comments(5).map((c) => c.id), 'every comment once, in order');
  });

  test('errors: a 422 has message, errors [{ resource, code, field }] and documentation_url', async () => {
    const [step] = scenario('errors');
    const f = await fake();
    f.addRelease({ tag_name: 'v1.0.0' });
    const r = await fetch(`${f.apiUrl}/repos/${f.owner}/${f.repo}/releases`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ tag_name: 'v1.0.0' }) });
    assert.equal(r.status, step!.status);
    const body = await r.json();
    assertShape(body, step!.response);
    assert.deepEqual(Object.keys((body as { errors: object[] }).errors[0]!).sort(), Object.keys((step!.response as { errors: object[] }).errors[0]!).sort());
  });

  test('get-archive: a download answers 302 with an empty body and a Location on another host', async () => {
    const [redirect] = scenario('get-archive');
    assert.equal(redirect!.status, 302);
    assert.equal(redirect!.response, '');
    assert.notEqual(new URL(String(redirect!.headers['location'])).host, 'api.github.com');
    const f = await fake();
    const made = f.addRelease({ tag_name: 'v1.0.0', assets: [{ name: 'iris.onnx.zst', data: Buffer.from('bytes') }] });
    const r = await fetch(`${f.apiUrl}/repos/${f.owner}/${f.repo}/releases/assets/${made.assets[0]!.id}`, { headers: { ...auth, accept: 'application/octet-stream' }, redirect: 'manual' });
    assert.equal(r.status, redirect!.status);
    assert.equal(await r.text(), '');
    assert.notEqual(new URL(r.headers.get('location')!).host, new URL(f.apiUrl).host);
  });
});

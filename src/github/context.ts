// What the workflow run is about, read once from the runner's environment and event payload.
import { readFileSync } from 'node:fs';
import type { Repo } from './client.js';

export interface RunContext {
  eventName: string;
  payload: Record<string, any>;
  repo: Repo | null;
  /** The pull request the run is about (pull_request, pull_request_target). */
  pullRequest: number | null;
  /** The tag being released: a release event's tag, or the tag of a tag push. */
  currentTag: string | null;
  /** The head commit of the run that triggered a workflow_run event. */
  workflowRunHeadSha: string | null;
  /** The commit the workflow runs on (GITHUB_SHA): a matrix's shards record it and the merge checks they agree. */
  sha: string | null;
  apiUrl: string;
  runUrl: string | null;
}

export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  let payload: Record<string, any> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
    } catch {
      payload = {};
    }
  }
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const ref = env.GITHUB_REF ?? '';
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  return {
    eventName,
    payload,
    repo: owner && repo ? { owner, repo } : null,
    pullRequest: typeof payload.pull_request?.number === 'number' ? payload.pull_request.number : null,
    currentTag: eventName === 'release' && typeof payload.release?.tag_name === 'string' ? payload.release.tag_name : ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : null,
    workflowRunHeadSha: typeof payload.workflow_run?.head_sha === 'string' ? payload.workflow_run.head_sha : null,
    sha: env.GITHUB_SHA || null,
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    runUrl: env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : null,
  };
}

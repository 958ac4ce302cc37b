// The pull request a workflow_run is about, for the fork-safe publisher (README workflow 3). Found the way that works
// for pull requests from forks too, and only ever a pull request whose head is the commit the measuring run measured:
// a fork must not be able to steer the comment onto someone else's pull request.
//
// What github.com does, and why this lookup looks like it does:
// - `workflow_run.pull_requests` lists the run's pull requests for same-repository branches, and is [] for a pull
//   request from a fork (actions/runner#3444, github/docs#22501).
// - GET /repos/{o}/{r}/commits/{sha}/pulls is [] for a commit that exists only in the fork (the head of a fork's pull
//   request is not a commit of the base repository; e.g. TooTallNate/nx.js#410 checked it against the live API), so it
//   cannot be the fallback.
// - GET /repos/{o}/{r}/pulls?head=<owner>:<branch> lists the base repository's pull requests whose head is that
//   owner's branch, forks included (https://docs.github.com/rest/pulls/pulls#list-pull-requests, parameter `head`).
import type { GitHubClient } from './client.js';

interface RunPull {
  number: number;
  /** How it was found, for the log. */
  via: 'workflow_run.pull_requests' | 'pulls?head';
}

/** The fields of a workflow_run event this lookup reads (the payload is GitHub's, but is read defensively). */
interface WorkflowRunPayload {
  workflow_run?: {
    head_sha?: unknown;
    head_branch?: unknown;
    head_repository?: { owner?: { login?: unknown } | null } | null;
    pull_requests?: unknown;
  };
  repository?: { id?: unknown } | null;
}

interface PayloadPull {
  number?: unknown;
  head?: { sha?: unknown } | null;
  base?: { repo?: { id?: unknown } | null } | null;
}

type RunPullLookup = { pulls: RunPull[] } | { pulls: []; reason: string };

/**
 * The open pull requests of this repository whose head commit is the run's `head_sha`: from the payload's
 * `pull_requests` when GitHub filled it in, otherwise from the pulls list filtered by the head repository's owner and
 * branch. Every candidate must have exactly that head sha; an empty answer comes with the reason.
 */
export async function pullsForWorkflowRun(client: GitHubClient, payload: WorkflowRunPayload): Promise<RunPullLookup> {
  const run = payload.workflow_run;
  // A commit id: 40 hex digits (SHA-1), or 64 in a SHA-256 repository.
  const sha = typeof run?.head_sha === 'string' && /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i.test(run.head_sha) ? run.head_sha.toLowerCase() : null;
  if (!run || !sha) return { pulls: [], reason: 'the event has no workflow_run.head_sha' };

  const listed = Array.isArray(run.pull_requests) ? (run.pull_requests as PayloadPull[]) : [];
  if (listed.length > 0) {
    const repositoryId = payload.repository?.id;
    const pulls = listed
      .filter((p) => typeof p?.number === 'number' && typeof p.head?.sha === 'string' && p.head.sha.toLowerCase() === sha)
      // The list can name pull requests of other repositories that share the branch; only this repository's count.
      .filter((p) => repositoryId === undefined || p.base?.repo?.id === undefined || p.base.repo.id === repositoryId)
      .map((p): RunPull => ({ number: p.number as number, via: 'workflow_run.pull_requests' }));
    if (pulls.length > 0) return { pulls: unique(pulls) };
  }

  const owner = run.head_repository?.owner?.login;
  const branch = run.head_branch;
  if (typeof owner !== 'string' || owner === '' || typeof branch !== 'string' || branch === '') {
    return { pulls: [], reason: 'the event names no head repository owner and branch to look the pull request up by' };
  }
  const open = (await client.octokit.paginate(client.octokit.rest.pulls.list, { ...client.repo, state: 'open', head: `${owner}:${branch}`, per_page: 100 })) as Array<{
    number: number;
    head: { sha: string };
  }>;
  const pulls = open.filter((p) => p.head.sha.toLowerCase() === sha).map((p): RunPull => ({ number: p.number, via: 'pulls?head' }));
  if (pulls.length > 0) return { pulls: unique(pulls) };
  const other = open.length > 0 ? ` (the open pull request of ${owner}:${branch} has another head; a newer push supersedes this run)` : '';
  return { pulls: [], reason: `no open pull request of ${owner}:${branch} has head ${sha}${other}` };
}

function unique(pulls: RunPull[]): RunPull[] {
  return pulls.filter((p, i) => pulls.findIndex((q) => q.number === p.number) === i).sort((a, b) => a.number - b.number);
}

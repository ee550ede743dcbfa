// What keeps one slow server from holding remote-image downloads up: a time limit per download that also
// ends with the run's budget, and a record of which servers never answered in this run.

/** The reason a download's signal carries when its own time limit ran out. */
export class TimedOut extends Error {}

/** A signal that fires after `ms` (reason: TimedOut), or with the budget's reason when the budget runs out
 * first. A timer of our own, not AbortSignal.any([…, AbortSignal.timeout(ms)]): Node 20 can collect that
 * timeout signal under garbage collection, and then it never fires (a stalled server would hold its slot). */
export function timeLimit(budget: AbortSignal, ms: number): { signal: AbortSignal; clear: () => void } {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new TimedOut()), ms);
  const onBudget = () => controller.abort(budget.reason);
  budget.addEventListener('abort', onBudget, { once: true });
  return {
    signal: controller.signal,
    clear: () => {
      clearTimeout(timer);
      budget.removeEventListener('abort', onBudget);
    },
  };
}

/** Which servers to stop asking in this run: one that never answered after its first no-answer (a dead or
 * blackholed host: up to `atOnce` requests to it are already waiting), one that did answer after two. */
export class UnansweringServers {
  private readonly answered = new Set<string>();
  private readonly noAnswers = new Map<string, number>();

  answer(url: string): void {
    this.answered.add(serverOf(url));
  }

  noAnswer(url: string): void {
    const server = serverOf(url);
    this.noAnswers.set(server, (this.noAnswers.get(server) ?? 0) + 1);
  }

  /** The server to skip this URL for, or null. */
  givenUp(url: string): string | null {
    const server = serverOf(url);
    const failures = this.noAnswers.get(server) ?? 0;
    return failures >= (this.answered.has(server) ? 2 : 1) ? server : null;
  }
}

/** The origin a URL is fetched from (protocol-relative URLs are fetched over https). */
function serverOf(url: string): string {
  if (!URL.canParse(url, 'https://x.invalid')) return url; // fetch reports it; it is its own "server" here
  return new URL(url, 'https://x.invalid').origin;
}

// Downloads the images articles take from other sites, once each, into the content store (lib/content/
// media.ts), so readers' browsers ask no one but us. The network never decides how long a build takes:
// at most `atOnce` downloads run together, each within its own time limit, all within the build's budget;
// a server that never answered is not asked again in the same run, and a failed URL is remembered
// (download-failures.ts) and not tried again until that expires. What is not stored is reported, and pages
// show its alt text.
import fs from 'node:fs';
import path from 'node:path';
import pLimit from 'p-limit';
import { mediaDir, readMediaManifest, writeMediaManifest, type MediaManifest } from '../media';
import { readFailedDownloads, writeFailedDownloads } from './download-failures';
import { AbandonedError, downloadImage, NoAnswerError } from './image-download';

export interface DownloadPolicy {
  /** Downloads at once. */
  atOnce: number;
  /** The time all downloads of one run may take together; what is left then is not stored. */
  budgetMs: number;
  /** The time one download may take, lookup and connection included. */
  timeoutMs: number;
  maxBytes: number;
  /** How long a failed URL is not tried again. */
  rememberFailureMs: number;
  /** Download nothing (PULSE_OFFLINE=1). */
  offline: boolean;
}

export const DEFAULT_POLICY: DownloadPolicy = { atOnce: 8, budgetMs: 60_000, timeoutMs: 10_000, maxBytes: 5 * 1024 * 1024, rememberFailureMs: 24 * 3_600_000, offline: false };

/** Connection failures after which a server is not asked for its other images in the same run. */
const NO_ANSWERS_BEFORE_GIVING_UP = 2;

export interface DownloadFailure {
  url: string;
  reason: string;
}

class BudgetSpent extends Error {}

/** Stores every URL not stored yet; returns the manifest (the stored ones), every URL not stored, with why, and
 * how many downloads were tried. */
export async function fetchRemoteImages(storeDir: string, urls: string[], policy: DownloadPolicy = DEFAULT_POLICY, now = Date.now()): Promise<{ manifest: MediaManifest; failures: DownloadFailure[]; tried: number }> {
  const manifest = readMediaManifest(storeDir);
  const missing = [...new Set(urls)].filter((url) => !manifest[url] || !fs.existsSync(path.join(mediaDir(storeDir), manifest[url].file)));
  if (missing.length === 0) return { manifest, failures: [], tried: 0 };
  if (policy.offline) return { manifest, failures: missing.map((url) => ({ url, reason: 'PULSE_OFFLINE=1 is set, so no image was downloaded' })), tried: 0 };

  const remembered = readFailedDownloads(storeDir, policy.rememberFailureMs, now);
  const failures: DownloadFailure[] = [];
  const toTry: string[] = [];
  for (const url of missing) {
    const earlier = remembered[url];
    if (earlier) failures.push({ url, reason: `it failed on ${new Date(earlier.failedAt).toISOString()} (${earlier.reason}) and is tried again after ${new Date(earlier.failedAt + policy.rememberFailureMs).toISOString()}` });
    else toTry.push(url);
  }

  const budget = new AbortController();
  const spent = new BudgetSpent();
  const timer = setTimeout(() => budget.abort(spent), policy.budgetMs);
  const noAnswers = new Map<string, number>();
  const budgetSeconds = `the ${policy.budgetMs / 1000} s this run may spend on downloads ran out`;
  const limit = pLimit(policy.atOnce);
  let changed = false;
  let tried = 0;
  try {
    await Promise.all(
      toTry.map((url) =>
        limit(async () => {
          const server = serverOf(url);
          if (budget.signal.aborted) return void failures.push({ url, reason: `${budgetSeconds} before it was tried` });
          if ((noAnswers.get(server) ?? 0) >= NO_ANSWERS_BEFORE_GIVING_UP) return remember(url, `its server ${server} did not answer earlier in this run`);
          tried++;
          const time = timeLimit(budget.signal, policy.timeoutMs);
          try {
            manifest[url] = await downloadImage(storeDir, url, { signal: time.signal, maxBytes: policy.maxBytes });
            delete remembered[url];
            changed = true;
          } catch (error) {
            const stoppedBy = error instanceof NoAnswerError || error instanceof AbandonedError ? error.stoppedBy : undefined;
            if (stoppedBy === spent) return void failures.push({ url, reason: `${budgetSeconds} during its download` });
            if (error instanceof NoAnswerError) noAnswers.set(server, (noAnswers.get(server) ?? 0) + 1);
            const timedOut = stoppedBy !== undefined;
            remember(url, timedOut ? `${error instanceof AbandonedError ? 'it did not arrive' : 'no answer'} within ${policy.timeoutMs / 1000} s` : messageOf(error));
          } finally {
            time.clear();
          }
        }),
      ),
    );
  } finally {
    clearTimeout(timer);
  }
  if (changed) writeMediaManifest(storeDir, manifest);
  writeFailedDownloads(storeDir, remembered);
  return { manifest, failures, tried };

  function remember(url: string, reason: string): void {
    delete manifest[url];
    remembered[url] = { failedAt: now, reason };
    failures.push({ url, reason });
  }
}

/** A signal that fires after `ms`, or with the budget's reason when the budget runs out first. A timer of our
 * own, not AbortSignal.any([…, AbortSignal.timeout(ms)]): Node 20 can collect that timeout signal under
 * garbage collection, and then it never fires (a stalled server would hold its slot until the budget ends). */
function timeLimit(budget: AbortSignal, ms: number): { signal: AbortSignal; clear: () => void } {
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

class TimedOut extends Error {}

/** The origin a URL is fetched from (protocol-relative URLs are fetched over https). */
function serverOf(url: string): string {
  try {
    return new URL(url, 'https://unknown.invalid').origin;
  } catch {
    return url;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// Downloads the images articles take from other sites, once each, into the content store (lib/content/
// media.ts), so readers' browsers ask no one but us. The network never decides how long a build takes:
// downloads start while articles still compile, at most `atOnce` together, each within its own time limit;
// once the caller has nothing more to add it waits at most the budget; a server that gave no answer is not
// asked again in the run; a failed URL is remembered (download-failures.ts) and not tried until that expires.
// What is not stored is reported, and pages show its alt text.
import fs from 'node:fs';
import path from 'node:path';
import pLimit from 'p-limit';
import { mediaDir, readMediaManifest, writeMediaManifest, type MediaManifest } from '../media';
import { readFailedDownloads, writeFailedDownloads } from './download-failures';
import { TimedOut, timeLimit, UnansweringServers } from './download-limits';
import { AbandonedError, downloadImage, NoAnswerError } from './image-download';

export interface DownloadPolicy {
  /** Downloads at once. */
  atOnce: number;
  /** How long the run waits, once it has named every URL (finish()), for the downloads left. */
  budgetMs: number;
  /** The time one download may take, name lookup and connection included. */
  timeoutMs: number;
  maxBytes: number;
  /** How long a failed URL is not tried again. */
  rememberFailureMs: number;
  /** Download nothing (PULSE_OFFLINE=1). */
  offline: boolean;
}

export const DEFAULT_POLICY: DownloadPolicy = { atOnce: 8, budgetMs: 60_000, timeoutMs: 10_000, maxBytes: 5 * 1024 * 1024, rememberFailureMs: 24 * 3_600_000, offline: false };

export interface DownloadFailure {
  url: string;
  reason: string;
}

export interface DownloadResult {
  /** The stored images, by URL. */
  manifest: MediaManifest;
  /** Every URL named and not stored, with why. */
  failures: DownloadFailure[];
  /** How many different URLs were named, and how many downloads were tried in this run. */
  named: number;
  tried: number;
}

export interface RemoteImageDownloads {
  /** Starts downloading the URLs not stored yet (and not remembered as failed). */
  add(urls: Iterable<string>): void;
  /** Waits for the downloads left, at most the budget, then records what was stored and what failed. */
  finish(): Promise<DownloadResult>;
}

class BudgetSpent extends Error {}

/** Stores every URL not stored yet, and waits at most the budget for them. */
export function fetchRemoteImages(storeDir: string, urls: string[], policy: DownloadPolicy = DEFAULT_POLICY, now = Date.now()): Promise<DownloadResult> {
  const downloads = startRemoteImageDownloads(storeDir, policy, now);
  downloads.add(urls);
  return downloads.finish();
}

export function startRemoteImageDownloads(storeDir: string, policy: DownloadPolicy, now = Date.now()): RemoteImageDownloads {
  const manifest = readMediaManifest(storeDir);
  const remembered = policy.offline ? {} : readFailedDownloads(storeDir, policy.rememberFailureMs, now);
  const seen = new Set<string>();
  const failures: DownloadFailure[] = [];
  const running: Promise<void>[] = [];
  const budget = new AbortController();
  const spent = new BudgetSpent();
  const servers = new UnansweringServers();
  const limit = pLimit(policy.atOnce);
  const ranOut = `the ${policy.budgetMs / 1000} s the run waits for downloads ran out`;
  let manifestChanged = false;
  let tried = 0;

  const remember = (url: string, reason: string) => {
    remembered[url] = { failedAt: now, reason };
    failures.push({ url, reason });
  };

  const download = async (url: string): Promise<void> => {
    if (budget.signal.aborted) return void failures.push({ url, reason: `${ranOut} before it was tried` });
    const server = servers.givenUp(url);
    if (server) return remember(url, `its server ${server} did not answer earlier in this run`);
    tried++;
    const time = timeLimit(budget.signal, policy.timeoutMs);
    try {
      manifest[url] = await downloadImage(storeDir, url, { signal: time.signal, maxBytes: policy.maxBytes });
      servers.answer(url);
      delete remembered[url];
      manifestChanged = true;
    } catch (error) {
      const stoppedBy = error instanceof NoAnswerError || error instanceof AbandonedError ? error.stoppedBy : undefined;
      if (stoppedBy === spent) return void failures.push({ url, reason: `${ranOut} during its download` });
      if (error instanceof NoAnswerError) servers.noAnswer(url);
      else servers.answer(url);
      const slow = error instanceof AbandonedError ? 'it did not arrive' : 'no answer';
      remember(url, stoppedBy instanceof TimedOut ? `${slow} within ${policy.timeoutMs / 1000} s` : messageOf(error));
    } finally {
      time.clear();
    }
  };

  return {
    add(urls) {
      for (const url of urls) {
        if (seen.has(url)) continue;
        seen.add(url);
        if (manifest[url] && fs.existsSync(path.join(mediaDir(storeDir), manifest[url].file))) continue;
        if (manifest[url]) {
          // Listed, but its file is gone: pages must not name it.
          delete manifest[url];
          manifestChanged = true;
        }
        const earlier = remembered[url];
        if (policy.offline) failures.push({ url, reason: 'PULSE_OFFLINE=1 is set, so no image was downloaded' });
        else if (earlier) failures.push({ url, reason: `it failed on ${new Date(earlier.failedAt).toISOString()} (${earlier.reason}) and is tried again after ${new Date(earlier.failedAt + policy.rememberFailureMs).toISOString()}` });
        else running.push(limit(() => download(url)));
      }
    },
    async finish() {
      const timer = setTimeout(() => budget.abort(spent), policy.budgetMs);
      try {
        await Promise.all(running);
      } finally {
        clearTimeout(timer);
      }
      if (manifestChanged) writeMediaManifest(storeDir, manifest);
      if (!policy.offline && running.length > 0) writeFailedDownloads(storeDir, remembered);
      return { manifest, failures, named: seen.size, tried };
    },
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

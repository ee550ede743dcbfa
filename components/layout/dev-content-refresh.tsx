'use client';
// In `npm run dev` only: asks every second whether the content store changed (an article saved) and
// re-renders the open page from it when it did, keeping scroll position and state (router.refresh).
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

const POLL_MS = 1000;

export function DevContentRefresh() {
  const router = useRouter();
  useEffect(() => {
    let seen: string | null = null;
    const check = async () => {
      const response = await fetch('/api/dev/content-version/', { cache: 'no-store' }).catch(() => null);
      if (!response?.ok) return;
      const { version } = (await response.json()) as { version: string };
      if (seen !== null && version !== seen) router.refresh();
      seen = version;
    };
    void check();
    const timer = setInterval(() => void check(), POLL_MS);
    return () => clearInterval(timer);
  }, [router]);
  return null;
}

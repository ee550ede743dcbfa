// Secrets compared in constant time, so an answer's timing says nothing about the secret.
import { createHash, timingSafeEqual } from 'node:crypto';

export function secretMatches(given: string, secret: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(given), digest(secret));
}

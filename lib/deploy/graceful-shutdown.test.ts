import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shutdownSettings } from './graceful-shutdown';
import { beginShutdown, isShuttingDown } from './lifecycle';

describe('shutdownSettings', () => {
  it('defaults to no delay and a 10 s drain', () => {
    assert.deepEqual(shutdownSettings({}), { delayMs: 0, timeoutMs: 10_000 });
  });

  it('reads both from the environment and refuses what is not a number of ms', () => {
    assert.deepEqual(shutdownSettings({ PULSE_SHUTDOWN_DELAY: '5000', PULSE_SHUTDOWN_TIMEOUT: '20000' }), { delayMs: 5000, timeoutMs: 20_000 });
    assert.throws(() => shutdownSettings({ PULSE_SHUTDOWN_TIMEOUT: '10s' }), /PULSE_SHUTDOWN_TIMEOUT="10s" is not a whole number of milliseconds/);
  });
});

describe('lifecycle', () => {
  it('is shared through globalThis, so every bundle of the server sees one state', () => {
    assert.equal(isShuttingDown(), false);
    beginShutdown();
    assert.equal(isShuttingDown(), true);
    assert.equal((globalThis as Record<symbol, unknown>)[Symbol.for('pulse.lifecycle')] !== undefined, true);
  });
});

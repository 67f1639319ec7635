import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadConfig, type Config } from '../config/config';
import type { Db } from '../db/database';
import type { ModuleDefinition } from '../modules/moduleDefinition';
import { startJobs } from './scheduler';

const config: Config = loadConfig({ NODE_ENV: 'test' });
const db = {} as Db;
const moduleWith = (run: () => Promise<void>, everyMinutes = 1): ModuleDefinition => ({ name: 'm', routes: [], permissions: {}, jobs: [{ name: 'j', everyMinutes, run }] });

describe('startJobs', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs each job after boot and then on its interval, until stopped', async () => {
    const run = vi.fn(async () => {});
    const stop = startJobs({ db, config, modules: [moduleWith(run, 5)], log: () => {} });
    await vi.advanceTimersByTimeAsync(29_000);
    expect(run).toHaveBeenCalledTimes(0);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(run).toHaveBeenCalledTimes(2);
    stop();
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('never runs a job over itself, and a failure is logged without stopping the timer', async () => {
    let release: () => void = () => {};
    const slow = vi.fn(() => new Promise<void>((resolve) => (release = resolve)));
    const stopSlow = startJobs({ db, config, modules: [moduleWith(slow, 1)], log: () => {} });
    await vi.advanceTimersByTimeAsync(3 * 60_000);
    expect(slow).toHaveBeenCalledTimes(1);
    release();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(slow).toHaveBeenCalledTimes(2);
    stopSlow();

    const logged: string[] = [];
    const failing = vi.fn(async () => {
      throw new Error('smtp down');
    });
    const stop = startJobs({ db, config, modules: [moduleWith(failing, 1)], log: (m) => logged.push(m) });
    await vi.advanceTimersByTimeAsync(90_000);
    expect(failing).toHaveBeenCalledTimes(2);
    expect(logged).toEqual(['job m.j failed: smtp down', 'job m.j failed: smtp down']);
    stop();
  });
});

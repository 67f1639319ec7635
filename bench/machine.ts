import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { repoRoot } from './serverProcess';

export type Machine = {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  commit: string | null;
  /** 1-minute load average when the run began: other work on the machine skews the figures. */
  loadAtStart: number;
};

function commit(): string | null {
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' });
  if (head.status !== 0) return null;
  const dirty = spawnSync('git', ['status', '--porcelain'], { cwd: repoRoot, encoding: 'utf8' });
  return `${head.stdout.trim()}${dirty.stdout.trim() ? ' + uncommitted changes' : ''}`;
}

/** The machine the figures come from, as printed in each section's heading. */
export function describeMachine(): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown CPU',
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    commit: commit(),
    loadAtStart: Math.round(os.loadavg()[0]! * 100) / 100,
  };
}

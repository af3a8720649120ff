import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The real CLI entry, run under tsx exactly as a user runs the compiled bin. */
export const CLI = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));

/** Extra node flags for long-running CLI processes, e.g. `--cpu-prof` when profiling a benchmark. */
const NODE_ARGS = (process.env.CARDVERIFY_PROFILE_NODE_ARGS ?? '').split(' ').filter((a) => a !== '');

export function tempDir(prefix: string): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** Runs a CLI command to completion. */
export function runCli(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  endpoint: string;
  /** Everything the process wrote to standard error (its JSON logs) so far. */
  logs(): string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Starts `cardverify <command>` and waits for its readiness line on standard output. */
export function startCli(args: string[], env: Record<string, string>, readyPattern: RegExp): Promise<ServerProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...NODE_ARGS, '--import', 'tsx', CLI, ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`cardverify ${args.join(' ')} did not start in time\n${stdout}\n${stderr}`));
    }, 60_000);
    const exited = new Promise<number | null>((r) => child.on('close', (code) => r(code)));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString();
      const m = readyPattern.exec(stdout);
      if (m) {
        clearTimeout(timer);
        const url = m[1] ?? '';
        resolve({
          child,
          url,
          endpoint: url.replace(/^http:\/\//, ''),
          logs: () => stderr,
          stop: async (signal = 'SIGTERM') => {
            if (child.exitCode === null && child.signalCode === null) child.kill(signal);
            return exited;
          },
        });
      }
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      reject(new Error(`cardverify ${args.join(' ')} exited (${code})\n${stdout}\n${stderr}`));
    });
  });
}

/** `cardverify serve` on a random port; resolves once it prints its URL. */
export function startServer(env: Record<string, string>, extraArgs: string[] = []): Promise<ServerProcess> {
  return startCli(['serve', '--port', '0', ...extraArgs], { CARDVERIFY_LOG_LEVEL: 'info', ...env }, /listening on (http:\/\/\S+)/);
}

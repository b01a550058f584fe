// Child processes for the consumer runner: commands that must succeed, and servers that must come
// up on a free 127.0.0.1 port and be stopped by their PID (their whole process group).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

const OUTPUT_TAIL = 60;

const tail = (text) => text.trimEnd().split('\n').slice(-OUTPUT_TAIL).join('\n');

/** Runs a command to completion; rejects with its last output lines when it fails. */
export function run(command, args, { cwd, env }) {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('close', (code) => {
      if (code === 0) done(output);
      else fail(new Error(`\`${[command, ...args].join(' ')}\` in ${cwd} exited with ${code}:\n${tail(output)}`));
    });
  });
}

/** A port the system says is free on 127.0.0.1 right now. */
export function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

/** Stops of the servers still running, for an interrupted run. */
const running = new Set();

/** Stops every server this module started and has not stopped yet. */
export function stopAllServers() {
  return Promise.all([...running].map((stop) => stop()));
}

/**
 * Starts a server command in its own process group and waits until `origin` answers 200.
 * `stop()` ends the group by the child's PID (the CLI may have started workers of its own).
 */
export async function startServer(command, args, { cwd, env, origin, timeoutMs = 60_000 }) {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((done) => child.once('exit', done));
  let alive = true;
  exited.then(() => (alive = false));

  const stop = async () => {
    running.delete(stop);
    if (!alive) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }, 5_000);
    await exited;
    clearTimeout(timer);
  };
  running.add(stop);

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!alive) throw new Error(`\`${[command, ...args].join(' ')}\` exited before serving ${origin}:\n${tail(output)}`);
    try {
      const response = await fetch(origin, { signal: AbortSignal.timeout(5_000) });
      if (response.ok) return { stop, output: () => output };
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  await stop();
  throw new Error(`\`${[command, ...args].join(' ')}\` did not serve ${origin} within ${timeoutMs / 1000} s:\n${tail(output)}`);
}

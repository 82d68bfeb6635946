import fs from 'node:fs';
import net from 'node:net';

// Before the launcher opens the database it makes sure the app's port is free, and when it is
// not, names the process that holds it (Linux: the listening socket's inode in /proc/net/tcp{,6},
// then the process whose /proc/<pid>/fd links to that socket). Elsewhere, or without the right to
// read another user's /proc/<pid>/fd, the holder is "another process".

export type TPortHolder = { pid: number; command: string };

/** Whether `host:port` can be listened on now (false when something else listens there). */
export function portIsFree(port: number, host: string): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', (error: NodeJS.ErrnoException) => (error.code === 'EADDRINUSE' ? resolve(false) : reject(error)));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** Inodes of the sockets listening on `port` (any local address), from /proc/net/tcp and tcp6. */
function listeningInodes(port: number): Set<string> {
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text: string;
    try {
      text = fs.readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols.length < 10) continue;
      const localPort = parseInt(cols[1].split(':').pop() ?? '', 16);
      // State 0A is LISTEN.
      if (localPort === port && cols[3] === '0A' && cols[9] !== '0') inodes.add(cols[9]);
    }
  }
  return inodes;
}

/** The process listening on `port`, or null when it cannot be found out (not Linux, or not permitted). */
export function findPortHolder(port: number): TPortHolder | null {
  const inodes = listeningInodes(port);
  if (inodes.size === 0) return null;
  const targets = new Set([...inodes].map((inode) => `socket:[${inode}]`));
  let pids: string[];
  try {
    pids = fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  for (const pid of pids) {
    let fds: string[];
    try {
      fds = fs.readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue; // gone, or another user's process
    }
    for (const fd of fds) {
      let link: string;
      try {
        link = fs.readlinkSync(`/proc/${pid}/fd/${fd}`);
      } catch {
        continue;
      }
      if (targets.has(link)) return { pid: Number(pid), command: commandOf(Number(pid)) };
    }
  }
  return null;
}

/** A process's command line (arguments joined by spaces), or '' when it cannot be read. */
export function commandOf(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
  } catch {
    return '';
  }
}

export function portBusyMessage(port: number, host: string, holder: TPortHolder | null): string {
  const who = holder ? `process ${holder.pid}${holder.command ? ` (${holder.command})` : ''}` : 'another process';
  return `Port ${port} on ${host} is in use by ${who}. Stop it (an earlier Nadzor still running?) or start on another port with PORT=…; nothing was opened.`;
}

/** Null when the port is free, else the message naming its holder. */
export async function checkPortFree(port: number, host: string): Promise<string | null> {
  if (await portIsFree(port, host)) return null;
  return portBusyMessage(port, host, findPortHolder(port));
}

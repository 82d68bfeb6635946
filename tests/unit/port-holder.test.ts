import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPortFree, findPortHolder, portBusyMessage, portIsFree } from '@/prisma/tools/port-holder';

// The launcher checks the app's port before it opens the database, and names the holder
// (prisma/tools/port-holder.ts). The holder here is a real listening socket in another process.

describe('port check before the database is opened', () => {
  let holder: ChildProcess;
  let port: number;

  beforeAll(async () => {
    holder = spawn(process.execPath, ['-e', "const s = require('node:net').createServer(); s.listen(0, '127.0.0.1', () => console.log(s.address().port));"], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    port = await new Promise<number>((resolve, reject) => {
      holder.stdout!.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim())));
      holder.once('exit', (code) => reject(new Error(`the holder exited (${code})`)));
    });
  });
  afterAll(() => {
    holder.kill('SIGKILL');
  });

  it('sees the port is taken and names the process holding it', async () => {
    expect(await portIsFree(port, '127.0.0.1')).toBe(false);
    const found = findPortHolder(port);
    expect(found?.pid).toBe(holder.pid);
    expect(found?.command).toContain('createServer');
    const message = await checkPortFree(port, '127.0.0.1');
    expect(message).toContain(`Port ${port} on 127.0.0.1 is in use by process ${holder.pid}`);
    expect(message).toContain('nothing was opened');
  });

  it('says "another process" when the holder cannot be found', () => {
    expect(portBusyMessage(80, '0.0.0.0', null)).toContain('in use by another process');
  });

  it('finds a free port free, and no holder for it', async () => {
    const probe = net.createServer();
    const free = await new Promise<number>((resolve) => probe.listen(0, '127.0.0.1', () => resolve((probe.address() as net.AddressInfo).port)));
    await new Promise((resolve) => probe.close(resolve));
    expect(await checkPortFree(free, '127.0.0.1')).toBeNull();
    expect(findPortHolder(free)).toBeNull();
  });
});

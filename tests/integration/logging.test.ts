import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { createLogger, replaceLogger } from '@/lib/observability/logger';
import { logRequestError } from '@/lib/observability/request-error';
import { actAs, buildWorld, type TWorld } from '../helpers/world';

// The app's log lines, captured from pino through a destination stream: one line per action
// with request id, actor id, action, outcome and duration; errors with their stack; no
// personal data or secrets even when they are handed to the logger.

let lines: Record<string, unknown>[] = [];
let restore: () => void;
let world: TWorld;

beforeAll(async () => {
  world = await buildWorld();
});
beforeEach(() => {
  lines = [];
  restore = replaceLogger(
    createLogger({ level: 'debug', destination: { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) } }),
  );
});
afterEach(() => restore());

const IIN = '900101300123';

const echo = defineAction({
  name: 'test.log.echo',
  permission: 'person.update',
  schema: z.object({ iin: z.string(), fullName: z.string() }),
  handler: async ({ input }) => ({ data: input.fullName.length, audit: { targetType: 'Test', targetId: 'x' } }),
});

const crashing = defineAction({
  name: 'test.log.crash',
  permission: 'person.update',
  schema: z.object({ iin: z.string() }),
  handler: async ({ input }) => {
    throw new Error(`no row for ${input.iin}`);
  },
});

function actionLines(name: string) {
  return lines.filter((l) => l.action === name);
}

describe('action log lines', () => {
  it('one info line for a success: request id, actor id (not the e-mail), action, outcome, duration; no input', async () => {
    await actAs(world.users.police);
    const result = await echo({ iin: IIN, fullName: 'Ivanov Ivan' });
    expect(result.ok).toBe(true);
    const [line, ...more] = actionLines('test.log.echo');
    expect(more).toEqual([]);
    expect(line).toMatchObject({ level: 'info', kind: 'action', action: 'test.log.echo', outcome: 'ok', actorId: world.users.police.id, service: 'nadzor' });
    expect(line.requestId).toMatch(/^req-/);
    expect(line.durationMs).toBeTypeOf('number');
    expect(line.time).toBeTypeOf('string');
    const text = JSON.stringify(lines);
    expect(text).not.toContain(IIN);
    expect(text).not.toContain('Ivanov');
    expect(text).not.toContain(world.users.police.email);
  });

  it('a denied call (no permission) logs outcome denied at warn with the reason', async () => {
    await actAs(world.users.clerk);
    const result = await echo({ iin: IIN, fullName: 'Ivanov Ivan' });
    expect(result).toMatchObject({ ok: false, code: 'forbidden' });
    expect(actionLines('test.log.echo')).toEqual([
      expect.objectContaining({ level: 'warn', outcome: 'denied', reason: 'forbidden', actorId: world.users.clerk.id }),
    ]);
  });

  it('a call outside a session logs denied with no actor', async () => {
    await actAs(null);
    await echo({ iin: IIN, fullName: 'x' });
    expect(actionLines('test.log.echo')).toEqual([expect.objectContaining({ outcome: 'denied', reason: 'unauthenticated', actorId: null })]);
  });

  it('invalid input logs field_error', async () => {
    await actAs(world.users.police);
    await echo({ iin: 1 });
    expect(actionLines('test.log.echo')).toEqual([expect.objectContaining({ level: 'info', outcome: 'field_error' })]);
  });

  it('a handler that throws logs outcome error with the stack, and the IIN in its message is scrubbed', async () => {
    await actAs(world.users.police);
    const result = await crashing({ iin: IIN });
    expect(result).toMatchObject({ ok: false, code: 'error' });
    const [line] = actionLines('test.log.crash');
    expect(line).toMatchObject({ level: 'error', outcome: 'error', actorId: world.users.police.id });
    const err = line.err as { type: string; message: string; stack: string };
    expect(err.type).toBe('Error');
    expect(err.message).toBe('no row for [IIN]');
    expect(err.stack).toMatch(/^\s+at /);
    expect(JSON.stringify(lines)).not.toContain(IIN);
  });
});

describe('redaction', () => {
  it('removes secrets, cookies, authorization headers and personal fields handed to the logger', () => {
    const logger = createLogger({ level: 'info', destination: { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) } });
    logger.info(
      {
        password: 'hunter2-secret',
        headers: { cookie: 'next-auth.session-token=abc', authorization: 'Bearer tok' },
        req: { headers: { cookie: 'sid=1', authorization: 'Basic x' } },
        person: { iin: IIN, fullName: 'Ivanov Ivan', lastName: 'Ivanov' },
        actor: { email: 'officer@example.kz', id: 'user-1' },
        note: 'free text about someone',
      },
      'with everything',
    );
    const [line] = lines;
    const text = JSON.stringify(line);
    for (const leaked of ['hunter2', 'session-token', 'Bearer', 'Basic', IIN, 'Ivanov', 'officer@example.kz', 'free text']) expect(text).not.toContain(leaked);
    expect(line).toMatchObject({
      password: '[redacted]',
      headers: { cookie: '[redacted]', authorization: '[redacted]' },
      actor: { id: 'user-1', email: '[redacted]' },
    });
  });

  it('an unhandled request error names the route pattern and request id, never the path with its query', () => {
    logRequestError(
      new Error('boom'),
      { path: '/registry?q=Ivanov', method: 'GET', headers: { 'x-request-id': 'rid-1', cookie: 'sid=1' } },
      { routerKind: 'App Router', routePath: '/registry', routeType: 'render', renderSource: 'react-server-components' },
    );
    const [line] = lines;
    expect(line).toMatchObject({
      level: 'error',
      kind: 'request',
      requestId: 'rid-1',
      route: '/registry',
      method: 'GET',
      outcome: 'error',
      err: { message: 'boom' },
    });
    expect(JSON.stringify(line)).not.toContain('Ivanov');
    expect(JSON.stringify(line)).not.toContain('sid=1');
  });
});

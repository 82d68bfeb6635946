// One clear line for the disk problems an operator can fix (read-only, no permission, full, a file
// where the folder should be) instead of a stack trace. Used for the embedded data folder, its
// lock and PGlite's own writes (prisma/tools/embedded-db.ts, prisma/tools/start.ts).

const PROBLEMS: Record<string, { what: string; todo: string }> = {
  EROFS: { what: 'the file system is read-only', todo: 'mount it read-write, or point NADZOR_DATA_DIR at a writable folder' },
  EACCES: { what: 'permission denied', todo: 'give the user running Nadzor write access to it, or point NADZOR_DATA_DIR at a folder it owns' },
  EPERM: { what: 'operation not permitted', todo: 'give the user running Nadzor write access to it, or point NADZOR_DATA_DIR at a folder it owns' },
  ENOSPC: { what: 'the disk is full', todo: 'free some space on that disk, then start again' },
  EDQUOT: { what: 'the disk quota is exhausted', todo: 'free some space or raise the quota, then start again' },
  ENOTDIR: { what: 'part of the path is a file, not a folder', todo: 'move that file away, or point NADZOR_DATA_DIR elsewhere' },
  EEXIST: { what: 'a file is where the folder should be', todo: 'move that file away, or point NADZOR_DATA_DIR elsewhere' },
  EISDIR: { what: 'a folder is where a file should be', todo: 'move that folder away, or point NADZOR_DATA_DIR elsewhere' },
};

/** WASI errno numbers (Emscripten's ErrnoError) of the problems above. */
const WASI_ERRNO: Record<number, string> = { 2: 'EACCES', 19: 'EDQUOT', 51: 'ENOSPC', 54: 'ENOTDIR', 63: 'EPERM', 69: 'EROFS' };

/** A disk problem with the data folder, its message one line for the operator. */
export class DataDirError extends Error {
  constructor(
    readonly dataDir: string,
    readonly code: string,
    cause?: unknown,
  ) {
    const p = PROBLEMS[code];
    super(`Cannot use the embedded database folder ${dataDir}: ${p.what} (${code}). ${p.todo[0].toUpperCase()}${p.todo.slice(1)}.`, { cause });
  }
}

/** The errno code of a disk problem we can explain, found on the error, its cause, or in its message (PGlite's own file system errors carry a WASI errno; PostgreSQL's file errors only a message). */
export function diskProblemCode(error: unknown): string | null {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code in PROBLEMS) return code;
    // PGlite's file system (Emscripten) throws ErrnoError with a WASI errno and no code. It checks
    // mode bits itself, so a 0500 folder stops it even when Nadzor runs as root.
    const errno = (e as { errno?: unknown }).errno;
    if ((e as { name?: unknown }).name === 'ErrnoError' && typeof errno === 'number' && WASI_ERRNO[errno]) return WASI_ERRNO[errno];
    const message = e instanceof Error ? e.message : typeof e === 'string' ? e : '';
    const match = /\b(EROFS|EACCES|EPERM|ENOSPC|EDQUOT|ENOTDIR)\b/.exec(message);
    if (match) return match[1];
    if (/no space left on device/i.test(message)) return 'ENOSPC';
    if (/read-only file system/i.test(message)) return 'EROFS';
    // PostgreSQL's own file errors: "could not write to file …: Permission denied".
    if (/could not [a-z ]+ (file|directory)[^:]*: permission denied/i.test(message)) return 'EACCES';
  }
  return null;
}

/** Rethrows a disk problem as DataDirError (one line); anything else unchanged. */
export function asDataDirError(dataDir: string, error: unknown): unknown {
  if (error instanceof DataDirError) return error;
  const code = diskProblemCode(error);
  return code ? new DataDirError(dataDir, code, error) : error;
}

import { refresh } from 'next/cache';
import type { TActionResult } from './result';

/**
 * For the 'use server' wrappers (lib/<domain>/server-actions.ts): after a successful change, Next re-renders the page the
 * user is on and sends it in the action's own response (next/cache `refresh`), so the page shows
 * the new state the moment the action returns, with no second request and no stale page between.
 */
export async function refreshOnSuccess<TData>(pending: Promise<TActionResult<TData>>): Promise<TActionResult<TData>> {
  const result = await pending;
  if (result.ok) refreshCurrentPage();
  return result;
}

function refreshCurrentPage() {
  try {
    refresh();
  } catch (error) {
    // Called outside a server action request (a test calling the wrapper directly), there is
    // no page to refresh; any other failure is real.
    if (!(error instanceof Error && /can only be called from within a Server Action/.test(error.message))) throw error;
  }
}

// The app server and the worker must not outlive the launcher (prisma/tools/start.ts): an orphaned
// app server keeps the port and answers 503 forever once the embedded database is gone. Node has
// no PR_SET_PDEATHSIG, so the launcher spawns them with an IPC channel: when the launcher dies, even
// by SIGKILL, the kernel closes its end and the child sees 'disconnect'. As a second signal the
// child's parent pid changes (it is re-parented to init or a subreaper); that also covers the
// launcher itself, whose parent is the tsx or npm wrapper.

const PPID_POLL_MS = 1_000;

/**
 * Calls `onParentGone` once when the parent process dies: on the IPC channel closing (when started
 * with one) or on this process being re-parented. Returns a function that stops watching.
 */
export function onParentGone(onGone: (why: string) => void): () => void {
  const parent = process.ppid;
  let fired = false;
  const fire = (why: string) => {
    if (fired) return;
    fired = true;
    stop();
    onGone(why);
  };
  const onDisconnect = () => fire('the launcher closed its channel (it stopped)');
  if (process.send) process.once('disconnect', onDisconnect);
  // ppid 0 or 1 at start: started by init or in a container as its first process; nothing to watch.
  const timer = parent > 1 ? setInterval(() => process.ppid !== parent && fire(`the parent process ${parent} is gone`), PPID_POLL_MS) : null;
  timer?.unref();
  function stop() {
    process.off('disconnect', onDisconnect);
    if (timer) clearInterval(timer);
  }
  return stop;
}

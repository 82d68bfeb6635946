// Which build is running: the app's version (package.json) and the build id, the same id Next
// gives its assets. Both are fixed when the app is built (next.config.mjs inlines them; set
// NADZOR_BUILD_ID at build time, e.g. to the commit, or a timestamp is used). Not secret: the
// build id is already in every asset URL. Shown by /api/health, in traces and logs.

export type TBuildInfo = { version: string; buildId: string };

export function buildInfo(): TBuildInfo {
  return {
    version: process.env.NADZOR_VERSION || 'unknown',
    // Tests and tools run outside a build.
    buildId: process.env.NADZOR_BUILD_ID || 'development',
  };
}

// Builds (or refreshes) Nx's cached project graph in-process, offline and without the Nx daemon, so
// that @nx/enforce-module-boundaries sees every project, including ones added since the last run.
function ensureProjectGraph() {
  process.env.NX_DAEMON ??= 'false';
  process.env.NX_NO_CLOUD ??= 'true';
  const { createProjectGraphAsync } = require('nx/src/devkit-exports');
  return createProjectGraphAsync({ exitOnError: false });
}

module.exports = { ensureProjectGraph };

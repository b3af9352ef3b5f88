/** The parts of package-lock.json (lockfileVersion 3) a new workspace changes. */
export interface PackageLock {
  packages: Record<string, Record<string, unknown>>;
  [key: string]: unknown;
}

export interface WorkspacePackage {
  /** Folder from the repository root, e.g. `services/claim`. */
  path: string;
  name: string;
  version: string;
  license: string;
}

/**
 * The lock with a new workspace in it, as `npm install` writes it: the workspace's own entry and the
 * `node_modules/<name>` link to it, packages sorted the way npm sorts them. Written directly, so that
 * adding a service needs neither the registry nor the network.
 */
export function withWorkspacePackage(lock: PackageLock, workspace: WorkspacePackage): PackageLock {
  const packages: Record<string, Record<string, unknown>> = {
    ...lock.packages,
    [`node_modules/${workspace.name}`]: { resolved: workspace.path, link: true },
    [workspace.path]: { name: workspace.name, version: workspace.version, license: workspace.license },
  };
  const sorted = Object.keys(packages).sort((a, b) => a.localeCompare(b, 'en'));
  return { ...lock, packages: Object.fromEntries(sorted.map((key) => [key, packages[key]])) };
}

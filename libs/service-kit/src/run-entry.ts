/** Runs an entry point's work: exit code 1 with the error on stderr when it fails, else `onDone`. */
export function runEntry(work: () => Promise<void>, onDone: () => void = () => undefined): void {
  work().then(onDone, (error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}

/** The profiling scripts' command line: `--name value` options and `--name` flags, each taken out of `args` when read, so that what is left is positional. */
export function argReader(args: string[]): { opt(name: string, dflt: string): string; flag(name: string): boolean } {
  return {
    opt(name, dflt) {
      const i = args.indexOf(`--${name}`);
      return i >= 0 ? args.splice(i, 2)[1] : dflt;
    },
    flag(name) {
      const i = args.indexOf(`--${name}`);
      if (i < 0) return false;
      args.splice(i, 1);
      return true;
    },
  };
}

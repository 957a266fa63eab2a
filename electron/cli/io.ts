/** Where commands print: injected so the dispatcher does not depend on the process. */
export interface CliIO {
  out(line: string): void;
  err(line: string): void;
}

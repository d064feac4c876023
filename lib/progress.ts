// Progress on long work: a single updating line on stderr, only when stderr is a terminal.

/** A progress reporter: call tick(done) as work advances and end() when finished; silent when stderr is not a TTY. */
export function progress(
  label: string,
  total: number,
  stream: NodeJS.WriteStream = process.stderr,
): { tick: (done: number, newTotal?: number) => void; end: () => void } {
  const tty = !!stream.isTTY && !process.env.CI;
  let last = 0;
  return {
    tick(done: number, newTotal?: number) {
      if (newTotal !== undefined) total = newTotal;
      if (!tty) return;
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      stream.write(`\r${label} ${done}/${total} ${total ? Math.round((100 * done) / total) : 100}%  `);
    },
    end() {
      if (tty) stream.write(`\r${label} ${total}/${total} done      \n`);
    },
  };
}

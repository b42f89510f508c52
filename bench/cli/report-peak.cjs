// Preloaded into the CLI by bench/cli/run.ts: reports the process's peak resident memory as it exits.
process.on('exit', () => {
  process.stderr.write(`peer-support-peak-rss ${process.resourceUsage().maxRSS * 1024}\n`);
});

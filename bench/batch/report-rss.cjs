// Preloaded (node --require) into a process whose peak memory the batch
// benchmark wants when /usr/bin/time is not there: writes maxRSS (KB) at exit.
const { writeFileSync } = require('node:fs');
process.on('exit', () => {
  if (process.env.BENCH_RSS_FILE) writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
});

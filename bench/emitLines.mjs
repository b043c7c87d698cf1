// A job for the console benchmark: prints `count` numbered lines at about `rate` lines/s, each stamped with the
// wall-clock time (ms, sub-ms precision) it was written, so watchers can measure write-to-store delay.
const [count = 200_000, rate = 100_000, waitMs = 1500] = process.argv.slice(2).map(Number);
const now = () => performance.timeOrigin + performance.now();
await new Promise((resolve) => setTimeout(resolve, waitMs)); // let watchers open the run first
const start = now();
let written = 0;
while (written < count) {
  const due = Math.min(count, Math.floor(((now() - start) / 1000) * rate) + 1);
  if (due <= written) {
    await new Promise((resolve) => setTimeout(resolve, 1));
    continue;
  }
  let chunk = '';
  const t = now().toFixed(3);
  for (; written < due; written++) chunk += `line ${written + 1} t=${t}\n`;
  if (!process.stdout.write(chunk)) await new Promise((resolve) => process.stdout.once('drain', resolve));
}

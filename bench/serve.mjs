// Benchmark for `serve`: how long from saving a one-paragraph edit to a chapter until the new text
// is served to the tab that reloads. Runs serve on a temporary copy of content/, edits one
// paragraph several times, and prints the median (the target is under 200 ms).
//
//   node bench/serve.mjs [--runs 15] [--port 5181]
//
// Each run: write the file, wait for serve's Server-Sent Event announcing the new build (what
// makes livereload.js reload the tab), then fetch the page as the reloading tab does and check
// that the new text is there. The first runs warm up the JIT and are not counted.
import { spawn, execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { runs: { type: "string", default: "15" }, port: { type: "string", default: "5181" } } });
const runs = Number(values.runs);
const warmup = 3;
const port = Number(values.port);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const chapterFile = "2024/02-inledning.md";
const chapterUrl = `http://127.0.0.1:${port}/2024/inledning/`;

console.log("Building Lagesbild.Site (Release)…");
execFileSync("dotnet", ["build", join(root, "src/Lagesbild.Site"), "-c", "Release", "--nologo", "-v", "quiet"], { stdio: "inherit" });

const work = mkdtempSync(join(tmpdir(), "lagesbild-bench-"));
cpSync(join(root, "content"), join(work, "content"), { recursive: true });
const chapterPath = join(work, "content", chapterFile);
const original = readFileSync(chapterPath, "utf8");
const paragraph = original.split("\n").find((line) => line.startsWith("Stockholms stad"));
if (!paragraph) throw new Error(`no paragraph to edit in ${chapterFile}`);

const dll = join(root, "src/Lagesbild.Site/bin/Release/net10.0/Lagesbild.Site.dll");
const server = spawn("dotnet", [dll, "serve", "--content", join(work, "content"), "--layouts", join(root, "layouts"), "--port", String(port)], {
  stdio: ["ignore", "pipe", "inherit"],
});
let log = "";
server.stdout.on("data", (chunk) => (log += chunk));

try {
  await waitForServer();
  const builds = await listenForBuilds();
  const timings = [];
  for (let run = 0; run < warmup + runs; run++) {
    const text = `Redigerad mening nummer ${run} för mätningen.`;
    const announced = builds.next();
    const start = performance.now();
    writeFileSync(chapterPath, original.replace(paragraph, `${paragraph} ${text}`));
    let eventAt = await announced;
    let page = await (await fetch(chapterUrl)).text();
    // A save may arrive as two bursts of events; wait for the build that has the text.
    while (!page.includes(text)) {
      eventAt = await builds.next();
      page = await (await fetch(chapterUrl)).text();
    }
    const servedAt = performance.now();
    if (run >= warmup) timings.push({ event: eventAt - start, served: servedAt - start });
    await sleep(150);
  }

  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const served = timings.map((t) => t.served);
  const event = timings.map((t) => t.event);
  console.log(`serve: edit one paragraph of ${chapterFile} → new text served, over ${runs} runs (after ${warmup} warm-up runs)`);
  console.log(`  build announced to the tab: median ${median(event).toFixed(0)} ms`);
  console.log(`  new text served:            median ${median(served).toFixed(0)} ms, min ${Math.min(...served).toFixed(0)} ms, max ${Math.max(...served).toFixed(0)} ms (target < 200 ms)`);
  const rebuilds = [...log.matchAll(/Built after a change .* in (\d+) ms/g)].map((m) => Number(m[1])).slice(warmup);
  if (rebuilds.length > 0) console.log(`  of which the rebuild itself: median ${median(rebuilds)} ms`);
} finally {
  server.kill("SIGINT");
  rmSync(work, { recursive: true, force: true });
}

async function waitForServer() {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(chapterUrl)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(50);
  }
  throw new Error(`serve did not answer on port ${port}:\n${log}`);
}

/** Reads serve's event stream; next() resolves with the time the next `build` event arrives. */
async function listenForBuilds() {
  const response = await fetch(`http://127.0.0.1:${port}/__serve/events`);
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let waiting = null;
  let buffer = "";
  let first = true;
  (async () => {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const message = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (!message.includes("event: build")) continue;
        if (first) {
          first = false; // the version the stream starts with, not a new build
          continue;
        }
        waiting?.(performance.now());
        waiting = null;
      }
    }
  })();
  return { next: () => new Promise((resolve) => (waiting = resolve)) };
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

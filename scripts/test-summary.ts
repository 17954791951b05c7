/**
 * Prints the closing lines of an `npm test` run: the browser tier's wall time and its slowest files (from
 * the JSON report's start and end times), then one plain line for the whole run ("tests: N passed, N
 * failed", ", N skipped" when any) summed from the Node and browser Vitest reports. That last line is
 * parsed by tools: keep it last and as it is. Exits non-zero on any failure.
 */
import { readFileSync } from 'node:fs';

interface Report {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  startTime: number;
  testResults: { name: string; startTime: number; endTime: number }[];
}

const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Report;
const seconds = (ms: number) => `${(ms / 1000).toFixed(0)} s`;
const minutes = (ms: number) => `${Math.floor(ms / 60_000)} min ${seconds(ms % 60_000)}`;

/** From the run's start to the last file's end: what a person waits for, setup included. */
function wallTime(r: Report): number {
  return Math.max(r.startTime, ...r.testResults.map((f) => f.endTime)) - r.startTime;
}

const browser = read('test-results/browser.json');
// A file's own start time is its first test's: its beforeAll (where the pages load) comes before. Files run
// one after another in this tier, so a file's span is from the previous file's end to its own.
let previousEnd = browser.startTime;
const files = [...browser.testResults]
  .sort((a, b) => a.endTime - b.endTime)
  .map((f) => {
    const span = { name: f.name.replace(/^.*\/test\/browser\//, ''), ms: f.endTime - previousEnd };
    previousEnd = f.endTime;
    return span;
  })
  .sort((a, b) => b.ms - a.ms);
console.log(`browser tier: ${minutes(wallTime(browser))} wall time (${files.length} file${files.length === 1 ? '' : 's'}; slowest: ${files.slice(0, 3).map((f) => `${f.name} ${seconds(f.ms)}`).join(', ')})`);

let passed = 0;
let failed = 0;
let skipped = 0;
for (const r of [read('test-results/node.json'), browser]) {
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + r.numTodoTests;
}
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);

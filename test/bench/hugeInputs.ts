// `npm run bench` part two (or alone: tsx test/bench/hugeInputs.ts [--skip-browser] [--huge]):
// the inputs that crashed the command line and the app (issue 15), generated into .tmp/bench:
//  - 1,000,000 logins of a backup job and 1,000,000 distinct attacking addresses through
//    `analyze` and `report` (they threw RangeError / "Maximum call stack size exceeded");
//  - the peak memory of analysing 300,000 distinct addresses (target < 500 MB);
//  - the abuse e-mail for 300 addresses at one provider over 1.5M lines (a 212 MB .eml before);
//  - in Chromium, importing the 1M-login log: the Import, Confirm, Logins and Report steps shown, with
//    screenshots in .tmp/bench/screenshots;
//  - with --huge, `report` on a generated 2 GB log: it finishes or says in one sentence why not.
// Timings are printed, never asserted (DECISIONS.md, "Measuring"); a crash fails the run.
// --browser-only runs the Chromium part alone.
import { execFileSync, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { composeAbuseEmail, type AddressLines } from '../../renderer/core/report/abuseEmail';
import { emlBytes } from '../../renderer/core/report/emlMessage';
import type { AttackSource } from '../../renderer/core/analysis/attackSource';
import { composeAbuseEmailArgs } from '../../main/handlers/reportHandlers';
import { backupLogins, distinctSources, publicAddress, syslogStamp } from '../support/largeLogs';
import { serveDirectory } from '../support/staticServer';
import { launchChromium } from '../support/chromium';

const benchDir = resolve('.tmp/bench');
const args = new Set(process.argv.slice(2));
const timeTool = '/usr/bin/time';

async function writeLog(path: string, lines: Iterable<string>): Promise<string> {
  if (existsSync(path)) return path;
  console.log(`generating ${path} …`);
  const file = createWriteStream(`${path}.partial`);
  let batch: string[] = [];
  for (const line of lines) {
    batch.push(line);
    if (batch.length === 10_000) {
      if (!file.write(batch.join('\n') + '\n')) await once(file, 'drain');
      batch = [];
    }
  }
  if (batch.length > 0) file.write(batch.join('\n') + '\n');
  file.end();
  await once(file, 'close');
  execFileSync('mv', [`${path}.partial`, path]);
  return path;
}

type CliRun = { code: number; seconds: number; peakMb: number | null; stderr: string; stdoutBytes: number };

/** One command-line run in its own process: exit code, wall time, peak memory (GNU time). */
function cli(...command: string[]): CliRun {
  const tsx = resolve('node_modules/.bin/tsx');
  const withTime = existsSync(timeTool);
  const started = performance.now();
  const child = spawnSync(
    withTime ? timeTool : tsx,
    withTime ? ['-f', 'peak-kb %M', tsx, 'main/cli/index.ts', ...command] : ['main/cli/index.ts', ...command],
    { encoding: 'utf8', maxBuffer: 2 * 1024 * 1024 * 1024 },
  );
  const seconds = (performance.now() - started) / 1000;
  const peak = /peak-kb (\d+)/.exec(child.stderr ?? '');
  return {
    code: child.status ?? -1,
    seconds,
    peakMb: peak ? Number(peak[1]) / 1024 : null,
    stderr: (child.stderr ?? '').replace(/peak-kb \d+\n?/, '').trim(),
    stdoutBytes: Buffer.byteLength(child.stdout ?? ''),
  };
}

const mb = (value: number | null) =>
  value === null ? 'peak memory not measured' : `peak ${value.toFixed(0)} MB`;

function report(what: string, run: CliRun): void {
  const outcome = run.code === 0 ? 'ok' : `exit ${run.code}: ${run.stderr.split('\n')[0]}`;
  console.log(`  ${what}: ${outcome}, ${run.seconds.toFixed(1)} s, ${mb(run.peakMb)}`);
  if (run.code !== 0 && /\n\s+at /.test(run.stderr))
    throw new Error(`${what} printed a stack trace:\n${run.stderr}`);
}

mkdirSync(benchDir, { recursive: true });
// One login a second (11.6 days): a login a minute would run 1.9 years, into the future for any
// one year given, and the import and `analyze` rightly refuse lines dated in the future.
const logins1m = await writeLog(resolve(benchDir, 'logins-1m-1s.log'), backupLogins(1_000_000, 1));
const sources1m = await writeLog(resolve(benchDir, 'sources-1m.log'), distinctSources(1_000_000));
const sources300k = await writeLog(resolve(benchDir, 'sources-300k.log'), distinctSources(300_000, 2));

// --browser-only: just the app after a million logins (the command-line runs take minutes).
const commandLine = !args.has('--browser-only');
if (commandLine) {
  console.log('\nHuge inputs through the command line:');
  report(
    'analyze, 300,000 distinct addresses (target < 500 MB)',
    cli('analyze', '--year', '2026', sources300k),
  );
  report('analyze, 1,000,000 logins', cli('analyze', '--year', '2026', logins1m));
  report('analyze, 1,000,000 distinct addresses', cli('analyze', '--year', '2026', sources1m));
  report('analyze --events, 1,000,000 logins', cli('analyze', '--events', '--year', '2026', logins1m));
  for (const [name, path] of [
    ['1,000,000 logins', logins1m],
    ['1,000,000 distinct addresses', sources1m],
  ] as const) {
    const out = resolve(benchDir, `report-${name.replace(/\W+/g, '-')}`);
    rmSync(out, { recursive: true, force: true });
    report(`report, ${name}`, cli('report', path, '--out', out, '--year', '2026'));
  }

  console.log('\nThe abuse e-mail for 300 addresses at one provider over 1.5M lines:');
  {
    const started = performance.now();
    const sources: AttackSource[] = [];
    const linesByAddress = new Map<string, AddressLines>();
    let position = 0;
    for (let index = 0; index < 300; index++) {
      const ip = publicAddress(index);
      const lines: string[] = [];
      const positions: number[] = [];
      for (let line = 0; line < 5_000; line++) {
        lines.push(
          `${syslogStamp(index * 5_000 + line)} srv01 sshd[${1000 + line}]: Failed password for invalid user u${(line * 7919) % 5003} from ${ip} port ${30000 + (line % 30000)} ssh2`,
        );
        positions.push(position++);
      }
      linesByAddress.set(ip, { lines, positions });
      sources.push({
        ...{ ip, scope: 'public', failures: 5_000, invalidUsers: 5_000, guessesWithoutPassword: 0 },
        ...{ refused: 0, probes: 0, successes: 0, users: [{ user: 'u1', count: 5_000 }], services: ['sshd'] },
        ...{ firstSeen: Date.UTC(2026, 10, 1) + index, lastSeen: Date.UTC(2026, 10, 2) + index },
      });
    }
    const { draft, excerpt } = composeAbuseEmail({
      recipient: { abuseEmail: 'abuse@provider.example', owners: ['Provider'], sources },
      linesByAddress,
      portsByAddress: new Map(),
      reporter: { name: 'Pat', organisation: 'Dept: IT', email: 'it@example-office.test' },
      logTimeZone: 'UTC',
      ourServer: null,
      rules: {
        knownGood: [],
        maskUsers: [],
        hostNames: ['srv01'],
        ourAddresses: [],
        maskInternalAddresses: true,
      },
      reference: 'IN-300',
      includeXarf: true,
    });
    const composed = (performance.now() - started) / 1000;
    const eml = emlBytes(draft, { now: Date.now() });
    const accepted = composeAbuseEmailArgs.safeParse([draft]).success;
    console.log(
      `  ${excerpt.lines.length.toLocaleString('en-US')} excerpt lines: body ${draft.text.length.toLocaleString('en-US')} characters, ` +
        `attachments ${draft.attachments.map((file) => `${file.filename} ${(typeof file.content === 'string' ? file.content.length : file.content.byteLength).toLocaleString('en-US')} bytes`).join(', ')}; ` +
        `.eml ${(eml.length / 1024 / 1024).toFixed(1)} MB; desktop handler ${accepted ? 'accepts it' : 'REFUSES it'}; ${composed.toFixed(1)} s`,
    );
    if (!accepted) throw new Error('the desktop handler refused the bounded abuse e-mail');
    console.log(
      `  body says: ${draft.text.split('\n').find((line) => line.includes('.zip')) ?? '(no sentence about the zip)'}`,
    );
  }
}

if (!args.has('--skip-browser')) {
  const webDir = resolve('.tmp/web-bench');
  if (!args.has('--skip-build') || !existsSync(webDir)) {
    console.log('\nbuilding the browser host into .tmp/web-bench …');
    execFileSync('npm', ['run', '-s', 'build:web'], {
      env: { ...process.env, WEB_OUT_DIR: webDir },
      stdio: 'ignore',
    });
  }
  console.log('\nThe app (browser host in Chromium) importing 1,000,000 logins:');
  const shots = resolve(benchDir, 'screenshots');
  mkdirSync(shots, { recursive: true });
  const server = await serveDirectory(webDir);
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(server.url);
    await page.getByLabel('Case title').fill('Backup job, 1M logins');
    await page.getByRole('button', { name: 'Start case' }).click();
    await page.getByLabel('Choose log files…').setInputFiles(logins1m);
    await page.getByLabel('Time zone for logins-1m-1s.log', { exact: true }).selectOption('UTC');
    await page.getByLabel('Year for logins-1m-1s.log', { exact: true }).fill('2026');
    const started = Date.now();
    await page.getByRole('button', { name: 'Import 1 file' }).click();
    await page.getByText(/^Imported logins-1m-1s\.log:/).waitFor({ timeout: 900_000 });
    await page.locator('.headline').waitFor({ timeout: 600_000 });
    console.log(
      `  Import step shown after ${((Date.now() - started) / 1000).toFixed(1)} s: ${await page.locator('.headline').innerText()}`,
    );
    await page.screenshot({ path: resolve(shots, 'import-1m-logins.png'), fullPage: false });
    await page.getByRole('button', { name: 'Next: confirm the attack' }).click();
    const confirmAsked = Date.now();
    // The step reads the case's rows first ("Reading the evidence…"); shown when that is gone.
    await page.getByText('Reading the evidence…').waitFor({ state: 'hidden', timeout: 900_000 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: resolve(shots, 'confirm-1m-logins.png'), fullPage: false });
    console.log(
      `  Confirm step shown after ${((Date.now() - confirmAsked) / 1000).toFixed(1)} s; page errors: ${errors.length === 0 ? 'none' : errors.join(' | ')}`,
    );
    // "Did anyone get in?" over a million logins, then the Report step (summary and drafts).
    const nav = page.getByRole('navigation', { name: 'Workflow steps' });
    const loginsAsked = Date.now();
    await nav.getByRole('button', { name: /Logins/ }).click();
    await page.getByRole('heading', { name: 'Did anyone get in?' }).waitFor({ timeout: 900_000 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: resolve(shots, 'logins-1m-logins.png'), fullPage: false });
    console.log(`  Logins step shown after ${((Date.now() - loginsAsked) / 1000).toFixed(1)} s`);
    const reportAsked = Date.now();
    await nav.getByRole('button', { name: /Report/ }).click();
    await page.getByRole('heading', { name: 'Report', exact: true }).waitFor({ timeout: 900_000 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: resolve(shots, 'report-1m-logins.png'), fullPage: false });
    console.log(
      `  Report step shown after ${((Date.now() - reportAsked) / 1000).toFixed(1)} s; page errors: ${errors.length === 0 ? 'none' : errors.join(' | ')}`,
    );
    console.log(`  screenshots in ${shots}`);
    if (errors.some((message) => /RangeError|call stack/i.test(message))) throw new Error(errors.join('\n'));
  } finally {
    await browser.close();
    await server.close();
  }
}

if (args.has('--huge')) {
  console.log('\n`report` on a 2 GB log:');
  const huge = resolve(benchDir, 'auth-2gb.log');
  // 1.4 million addresses of 16 lines each: about 22 million lines, over 2 GiB.
  await writeLog(huge, distinctSources(1_400_000, 16));
  console.log(`  ${(statSync(huge).size / 1024 ** 3).toFixed(2)} GiB`);
  const out = resolve(benchDir, 'report-2gb');
  rmSync(out, { recursive: true, force: true });
  try {
    report('report, 2 GB', cli('report', huge, '--out', out, '--year', '2026'));
  } finally {
    rmSync(huge, { force: true }); // 2 GB of disk: made again when needed
  }
}

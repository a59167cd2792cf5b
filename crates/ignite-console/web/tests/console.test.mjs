// The console in headless Chromium (Debian's, driven by playwright-core) against a real
// ignite-server on a free loopback port: sign in, deploy a Python app from the page,
// invoke it, watch a log line arrive live, publish a second version and roll back,
// and watch the chart update. With IGNITE_CONSOLE_SCREENSHOTS=DIR each page is
// captured there (docs/console.md shows them).
//
// Run by scripts/console.sh test (IGNITE_SERVER_BIN names the server binary).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync, mkdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const SERVER_BIN = process.env.IGNITE_SERVER_BIN;
const SHOTS = process.env.IGNITE_CONSOLE_SCREENSHOTS;
const TIMEOUT = 20_000;

let server;
let data;
let base;
let token;
let browser;

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function waitFor(check, what, ms = TIMEOUT) {
  const end = Date.now() + ms;
  let last;
  while (Date.now() < end) {
    try {
      const value = await check();
      if (value) return value;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${last.message}` : ''}`);
}

/** The API as a second client: what the page shows must be what the server holds. */
async function apiCall(method, path, body) {
  const res = await fetch(`${base}/v1/ignite${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return text;
}

async function shot(page, name) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

async function signIn(page) {
  await page.goto(`${base}/console/`);
  await page.getByLabel('Organization').fill('dev');
  await page.getByLabel('Token').fill(token);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Apps' }).waitFor();
}

async function newPage() {
  const page = await browser.newPage({ viewport: { width: 1200, height: 860 } });
  page.setDefaultTimeout(TIMEOUT);
  return page;
}

async function invokeFromPage(page, payload) {
  await page.getByTestId('tab-invoke').click();
  await page.getByLabel('Payload').fill(payload);
  await page.getByTestId('invoke').click();
  await page.getByTestId('invoke-trailer').waitFor();
  return page.getByTestId('invoke-body').textContent();
}

const V1 = 'def handler(payload, ctx):\n    print("greeting", payload.decode())\n    return {"hello": payload.decode()}\n';
const V2 = V1.replace('"hello"', '"hi"');

before(async () => {
  assert.ok(SERVER_BIN && existsSync(SERVER_BIN), `IGNITE_SERVER_BIN (${SERVER_BIN}) is the ignite-server binary`);
  data = mkdtempSync(join(tmpdir(), 'ignite-console-'));
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(SERVER_BIN, ['--data-dir', data, '--listen', `127.0.0.1:${port}`], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, RUST_LOG: process.env.RUST_LOG ?? 'warn', NO_COLOR: '1' },
  });
  token = await waitFor(() => readFileSync(join(data, 'dev-token'), 'utf8').trim(), 'the dev token', 60_000);
  await waitFor(async () => (await fetch(`${base}/v1/ignite/health`)).ok, 'the server', 60_000);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    // As root, Chromium runs only without its own sandbox; the page is ours.
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  });
});

after(async () => {
  await browser?.close();
  server?.kill('SIGTERM');
  if (data) rmSync(data, { recursive: true, force: true });
});

test('the console is served with a strict content security policy', async () => {
  const res = await fetch(`${base}/console/`);
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-security-policy'), /script-src 'self'/);
  assert.equal(res.headers.get('x-frame-options'), 'DENY');
  assert.match(await res.text(), /<div id="app">/);
  // Only the embedded files are served: nothing beside them, however the path is spelled.
  assert.equal((await fetch(`${base}/console/%2e%2e/%2e%2e/Cargo.toml`)).status, 404);
  assert.equal((await fetch(`${base}/console/assets/nope.js`)).status, 404);
});

test('a wrong token is refused on the sign-in page, and a token refused later signs the tab out', async () => {
  const page = await newPage();
  await page.goto(`${base}/console/`);
  await page.getByLabel('Organization').fill('dev');
  await page.getByLabel('Token').fill('ign_wrong');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const error = await page.getByRole('alert').textContent();
  assert.match(error, /UNAUTHENTICATED/);
  await shot(page, 'sign-in');

  // A token refused later (revoked, or changed under the tab) signs the tab out at its
  // next call: the apps list polls, gets a 401, and the sign-in form is back.
  await signIn(page);
  await page.evaluate(() => sessionStorage.setItem('ignite.session', JSON.stringify({ org: 'dev', token: 'ign_gone' })));
  await page.getByRole('button', { name: 'Sign in' }).waitFor();
  assert.equal(await page.evaluate(() => sessionStorage.getItem('ignite.session')), null);
  await page.close();
});

test('deploy, invoke, live logs, a second version, rollback and the charts', async () => {
  const page = await newPage();
  await signIn(page);

  // Deploy a Python app from the page.
  await page.getByTestId('new-app').click();
  await page.getByLabel('Name').fill('hello');
  await page.getByLabel('Code').fill(V1);
  await shot(page, 'deploy');
  await page.getByTestId('deploy').click();
  await page.getByTestId('deployed').filter({ hasText: 'Published version 1 of hello' }).waitFor();
  await page.getByTestId('deployed').getByRole('link', { name: 'hello' }).click();
  await page.getByTestId('active-version').filter({ hasText: 'active version 1' }).waitFor();
  await page.locator('[data-testid=versions] tr[data-version="1"]').waitFor();
  await shot(page, 'app-overview');

  // Invoke it from the playground.
  assert.equal(await invokeFromPage(page, 'console'), '{"hello": "console"}');
  await shot(page, 'invoke');

  // A second tab tails the logs; a call made now shows up there live.
  const logs = await newPage();
  await signIn(logs);
  await logs.goto(`${base}/console/#/apps/hello/logs`);
  await logs.getByTestId('logs').waitFor();
  await logs.getByTestId('logs').filter({ hasText: 'greeting console' }).waitFor();
  const marker = `live-${Date.now()}`;
  await apiCall('POST', '/app/dev/hello/invoke', { body: Buffer.from(marker).toString('base64') });
  await logs.getByTestId('logs').filter({ hasText: `greeting ${marker}` }).waitFor();
  await shot(logs, 'logs');
  // The events of the app (publish, replicas) tail the same way.
  await logs.getByTestId('tab-events').click();
  await logs.locator('[data-testid=events] .line').first().waitFor();
  await shot(logs, 'events');
  await logs.close();

  // The apps list shows it READY with its live replica count.
  await page.goto(`${base}/console/#/apps`);
  await page.locator('tr[data-app=hello] [data-testid=ready]').filter({ hasText: /^[1-9]\d* ready/ }).waitFor();
  await shot(page, 'apps');

  // A second version from the draft editor, then back to the first.
  await page.goto(`${base}/console/#/apps/hello/draft`);
  const editor = page.getByLabel(/^Code/);
  await waitFor(async () => (await editor.inputValue()) === V1, 'the active code in the editor');
  await editor.fill(V2);
  await page.getByTestId('save-draft').click();
  // The draft holds the new code once its hash (SHA-256 of the upload) shows.
  const v2Hash = createHash('sha256').update(V2).digest('hex').slice(0, 12);
  await page.getByTestId('draft-status').filter({ hasText: v2Hash }).waitFor();
  await page.getByLabel('Payload').fill('draft');
  await page.getByTestId('test-draft').click();
  await page.getByTestId('execution-output').filter({ hasText: '{"hi": "draft"}' }).waitFor();
  await shot(page, 'draft');
  await page.getByTestId('publish').click();
  await page.getByTestId('active-version').filter({ hasText: 'active version 2' }).waitFor();
  assert.equal(await invokeFromPage(page, 'v2'), '{"hi": "v2"}');
  await page.getByTestId('tab-overview').click();
  await page.getByTestId('rollback-1').click();
  await page.getByTestId('active-version').filter({ hasText: 'active version 1' }).waitFor();
  assert.equal(await invokeFromPage(page, 'back'), '{"hello": "back"}');

  // Executions: the draft's test run is listed, with its detail a click away.
  await page.getByTestId('tab-executions').click();
  await page.locator('[data-testid=executions] tbody tr a').first().click();
  await page.getByTestId('execution-status').filter({ hasText: 'SUCCEEDED' }).waitFor();
  await shot(page, 'executions');

  // The charts follow new calls (the page polls the stats).
  await page.getByTestId('tab-stats').click();
  const succeeded = async () => Number((await page.getByTestId('stats-total').textContent()).match(/(\d+) succeeded/)[1]);
  const before = await waitFor(async () => (await succeeded()) > 0 && succeeded(), 'calls in the stats');
  for (let i = 0; i < 5; i++) await apiCall('POST', '/app/dev/hello/invoke', { body: '' });
  await waitFor(async () => (await succeeded()) >= before + 5, 'the five new calls in the stats');
  const points = await page.getByTestId('latency-chart').getAttribute('data-points');
  assert.ok(Number(points) > 0, `the latency chart has points (${points})`);
  await shot(page, 'stats');

  await page.getByTestId('tab-replicas').click();
  await page.locator('[data-testid=replicas] tbody tr').first().waitFor();
  await shot(page, 'replicas');
  await page.close();
});

// Deploys the page's template of a compiled runtime as `name`: the build log streams
// into the page while the server compiles.
async function deployCompiled(page, name, runtime) {
  await page.getByRole('link', { name: 'Apps', exact: true }).first().click();
  await page.getByTestId('new-app').click();
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Runtime').selectOption(runtime);
  await page.getByTestId('deploy').click();
  await page.getByTestId('deploy-log').filter({ hasText: 'compile succeeded' }).waitFor({ timeout: 180_000 });
  await page.getByTestId('deployed').filter({ hasText: `Published version 1 of ${name}` }).waitFor();
}

test('compiled apps deploy from the page with their compile log; secrets and aliases', async () => {
  const page = await newPage();
  await signIn(page);
  await deployCompiled(page, 'hello-deno', 'deno');
  await page.getByTestId('deployed').getByRole('link', { name: 'hello-deno' }).click();
  assert.equal(await invokeFromPage(page, 'Deno'), 'hello Deno');

  await deployCompiled(page, 'greeter', 'go');
  await shot(page, 'deploy-compiled');
  await page.getByTestId('deployed').getByRole('link', { name: 'greeter' }).click();
  assert.equal(await invokeFromPage(page, 'Go'), 'Hello, Go!');

  // An alias from the page is what the API lists.
  await page.getByTestId('tab-aliases').click();
  await page.getByLabel('Alias').fill('stable');
  await page.getByLabel('Version', { exact: true }).fill('1');
  await page.getByTestId('set-alias').click();
  await page.locator('[data-testid=aliases] tbody tr').filter({ hasText: 'stable' }).waitFor();
  assert.match(await apiCall('GET', '/app/dev/greeter/aliases'), /"name":\s*"stable"/);
  await shot(page, 'aliases');

  // A secret is created from the page; its value never comes back.
  await page.getByRole('link', { name: 'Secrets' }).click();
  await page.getByLabel('Name').fill('api-token');
  await page.getByLabel('Value').fill('s3cr3t-value');
  await page.getByTestId('save-secret').click();
  await page.locator('[data-testid=secrets] tbody tr').filter({ hasText: 'api-token' }).waitFor();
  assert.ok(!(await page.content()).includes('s3cr3t-value'), 'the page shows no secret value after saving');
  await shot(page, 'secrets');
  await page.close();
});

test('self-check: a page that breaks fails the suite', async () => {
  // The same wait the steps above use, on a selector the console does not have: it
  // must fail rather than pass vacuously.
  const page = await newPage();
  await signIn(page);
  page.setDefaultTimeout(1_000);
  await assert.rejects(page.getByTestId('no-such-element-deliberately-broken').waitFor(), /Timeout/);
  await assert.rejects(
    page.getByTestId('active-version').filter({ hasText: 'active version 99' }).waitFor(),
    /Timeout/,
  );
  await page.close();
});

// The Ignite console: a single page over the public HTTP API (see api.js). Pages are
// chosen by the location hash: #/apps, #/apps/<name>/<tab>, #/secrets.
import { render } from 'preact';
import { html } from 'htm/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import * as api from './api.js';
import { Chart } from './chart.js';
import './style.css';

// ------------------------------------------------------------------ helpers

const short = (name, prefix) => (name || '').replace(prefix, '') || '-';
const stateOf = (v) => short(v, 'DEPLOYMENT_STATE_');
const statusOf = (v) => short(v, /^(VERSION|EXECUTION|REPLICA)_STATUS_/);
const when = (ms) => (ms && +ms ? new Date(+ms).toLocaleString() : '-');
const runtimeOf = (r) => (r ? Object.keys(r)[0] || '-' : '-');
// Desired is 0 for an app that scales to zero: then only the READY count means anything.
const readyOf = (s) => `${s?.readyReplicas || 0} ready${s?.desiredReplicas ? ` of ${s.desiredReplicas}` : ''}`;

function useHash() {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const f = () => setHash(location.hash);
    addEventListener('hashchange', f);
    return () => removeEventListener('hashchange', f);
  }, []);
  return hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
}

/** Calls `load` now and every `ms` (0 = once); `reload` calls it again at once. */
function usePoll(load, ms, deps) {
  const [state, setState] = useState({ data: null, error: null });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    const run = () =>
      load().then(
        (data) => live && setState({ data, error: null }),
        (error) => live && setState((s) => ({ data: s.data, error })),
      );
    run();
    const timer = ms ? setInterval(run, ms) : null;
    return () => {
      live = false;
      if (timer) clearInterval(timer);
    };
  }, [...deps, tick]);
  return { ...state, reload: () => setTick((t) => t + 1) };
}

/** Runs a server stream while mounted; `onMessage` gets each message. */
function useStream(open, deps) {
  const [error, setError] = useState(null);
  useEffect(() => {
    const abort = new AbortController();
    setError(null);
    open(abort.signal).catch((e) => {
      if (!abort.signal.aborted) setError(e);
    });
    return () => abort.abort();
  }, deps);
  return error;
}

function ErrorLine({ error }) {
  if (!error) return null;
  return html`<p class="error" role="alert" data-testid="error">
    ${error.status ? `${error.status}: ` : ''}${error.message}${error.field ? ` (field ${error.field})` : ''}
  </p>`;
}

/** A button whose action runs once at a time; its error shows beside it. */
function Action({ label, run, testid, kind = '' }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const click = async () => {
    setBusy(true);
    setError(null);
    try {
      await run();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return html`<span class="action">
    <button class=${kind} disabled=${busy} onClick=${click} data-testid=${testid}>${busy ? `${label}…` : label}</button>
    <${ErrorLine} error=${error} />
  </span>`;
}

// ------------------------------------------------------------------ sign in

function SignIn() {
  const [org, setOrg] = useState('');
  const [token, setToken] = useState('');
  const [error, setError] = useState(null);
  const submit = async (e) => {
    e.preventDefault();
    setError(null);
    try {
      await api.signIn(org.trim(), token.trim());
      location.hash = '#/apps';
    } catch (err) {
      setError(err);
    }
  };
  return html`<main class="signin">
    <h1>Ignite</h1>
    <form onSubmit=${submit}>
      <label>Organization <input name="org" value=${org} onInput=${(e) => setOrg(e.target.value)} required /></label>
      <label>Token <input name="token" type="password" value=${token} onInput=${(e) => setToken(e.target.value)} required /></label>
      <button type="submit">Sign in</button>
      <${ErrorLine} error=${error} />
    </form>
    <p class="hint">The token stays in this tab only (session storage) and is sent to this server's API.</p>
  </main>`;
}

// ------------------------------------------------------------------ apps

const TEMPLATES = {
  python: 'def handler(payload, ctx):\n    print("called with", payload)\n    return {"hello": payload.decode() or "world"}\n',
  go: 'package main\n\nimport "ignite"\n\nfunc main() {\n\tignite.Start(func(payload []byte, ctx *ignite.Context) ([]byte, error) {\n\t\treturn []byte("Hello, " + string(payload) + "!"), nil\n\t})\n}\n',
  deno: 'import { start } from "ignite";\n\nstart((payload, ctx) => {\n  console.log("called", ctx.execution_id);\n  return "hello " + new TextDecoder().decode(payload);\n});\n',
};
// Runtimes whose code the server compiles before it runs.
const BUILT = new Set(['deno', 'go', 'rust']);

async function followCompile(app, deployId, onLog) {
  await api.stream('GET', `/compile/${encodeURIComponent(deployId)}/logs?fromStart=true`, undefined, (m) =>
    onLog(api.fromBase64(m.data)),
  );
  const { draft } = await api.get(api.appPath(app, '/draft'));
  if (draft?.status === 'VERSION_STATUS_FAILED') throw new Error(`the compile failed: ${draft.error}`);
}

function DeployForm({ onDeployed }) {
  const [name, setName] = useState('');
  const [runtime, setRuntime] = useState('python');
  const [code, setCode] = useState(TEMPLATES.python);
  const [log, setLog] = useState('');
  const [done, setDone] = useState(null);
  const deploy = async () => {
    setLog('');
    setDone(null);
    const source = { compile: { runtime: { [runtime]: {} }, sourceCode: api.toBase64(code) } };
    await api.post(`/app/${encodeURIComponent(api.session().org)}`, { name, code: source });
    if (BUILT.has(runtime)) {
      const { deployId } = await api.post(api.appPath(name, '/draft/compile'));
      await followCompile(name, deployId, (text) => setLog((l) => l + text));
    }
    const { publishedVersion } = await api.post(api.appPath(name, '/draft/publish'));
    setDone({ name, version: publishedVersion });
    onDeployed();
  };
  return html`<section class="panel" data-testid="deploy-form">
    <h2>Deploy an app</h2>
    <div class="row">
      <label>Name <input name="name" value=${name} onInput=${(e) => setName(e.target.value)} /></label>
      <label
        >Runtime
        <select
          name="runtime"
          value=${runtime}
          onChange=${(e) => {
            setRuntime(e.target.value);
            setCode(TEMPLATES[e.target.value]);
          }}
        >
          ${Object.keys(TEMPLATES).map((r) => html`<option value=${r}>${r}</option>`)}
        </select></label
      >
    </div>
    <label>Code <textarea name="code" rows="8" spellcheck="false" value=${code} onInput=${(e) => setCode(e.target.value)}></textarea></label>
    <${Action} label="Deploy" run=${deploy} testid="deploy" kind="primary" />
    ${log && html`<h3>Compile log</h3><pre class="log" data-testid="deploy-log">${log}</pre>`}
    ${done && html`<p data-testid="deployed">Published version ${done.version} of <a href=${`#/apps/${done.name}/overview`}>${done.name}</a>.</p>`}
  </section>`;
}

function AppsPage() {
  const org = api.session().org;
  const apps = usePoll(
    async () => {
      const { apps = [] } = await api.get(`/app/${encodeURIComponent(org)}?limit=100`);
      const states = await Promise.all(
        apps.map((a) => api.get(api.appPath(a.name, '/state')).catch(() => ({}))),
      );
      return apps.map((a, i) => ({ ...a, state: states[i] }));
    },
    2000,
    [org],
  );
  const [deploying, setDeploying] = useState(false);
  return html`<main>
    <header class="title">
      <h1>Apps</h1>
      <button onClick=${() => setDeploying(!deploying)} data-testid="new-app">${deploying ? 'Close' : 'Deploy an app'}</button>
    </header>
    ${deploying && html`<${DeployForm} onDeployed=${apps.reload} />`}
    <${ErrorLine} error=${apps.error} />
    <table data-testid="apps">
      <thead><tr><th>Name</th><th>State</th><th>Ready</th><th>Version</th><th>Runtime</th><th>Updated</th></tr></thead>
      <tbody>
        ${(apps.data || []).map(
          (a) => html`<tr data-app=${a.name}>
            <td><a href=${`#/apps/${a.name}/overview`}>${a.name}</a></td>
            <td><span class=${`badge ${stateOf(a.deploymentState)}`}>${stateOf(a.deploymentState)}</span></td>
            <td data-testid="ready">${readyOf(a.state)}</td>
            <td>${a.activeVersion || '-'}</td>
            <td>${runtimeOf(a.runtime)}</td>
            <td>${when(a.updatedAtMs)}</td>
          </tr>`,
        )}
      </tbody>
    </table>
    ${apps.data && apps.data.length === 0 && html`<p class="hint">No apps yet.</p>`}
  </main>`;
}

// ------------------------------------------------------------------ one app

const TABS = ['overview', 'draft', 'invoke', 'logs', 'events', 'executions', 'stats', 'replicas', 'aliases'];

function AppPage({ name, tab = 'overview', arg }) {
  const state = usePoll(() => api.get(api.appPath(name, '/state')), 2000, [name]);
  const s = state.data || {};
  const Tab = { overview: Overview, draft: Draft, invoke: Invoke, logs: Logs, events: Events, executions: Executions, stats: Stats, replicas: Replicas, aliases: Aliases }[tab] || Overview;
  return html`<main>
    <header class="title">
      <h1><a href="#/apps">Apps</a> / ${name}</h1>
      <span class=${`badge ${stateOf(s.deploymentState)}`} data-testid="state">${stateOf(s.deploymentState)}</span>
      <span data-testid="active-version">active version ${s.activeVersion || '-'}</span>
      <span data-testid="app-ready">${readyOf(s)}</span>
    </header>
    <${ErrorLine} error=${state.error} />
    <nav class="tabs">
      ${TABS.map((t) => html`<a href=${`#/apps/${name}/${t}`} class=${t === tab ? 'current' : ''} data-testid=${`tab-${t}`}>${t}</a>`)}
    </nav>
    <${Tab} name=${name} arg=${arg} onChange=${state.reload} />
  </main>`;
}

function Overview({ name, onChange }) {
  const data = usePoll(
    async () => {
      const [{ app }, { versions = [] }, state] = await Promise.all([
        api.get(api.appPath(name)),
        api.get(api.appPath(name, '/versions')),
        api.get(api.appPath(name, '/state')),
      ]);
      return { app, versions, state };
    },
    3000,
    [name],
  );
  if (!data.data) return html`<${ErrorLine} error=${data.error} />`;
  const { app, versions, state } = data.data;
  const rollback = (version) => async () => {
    await api.post(api.appPath(name, '/rollback'), { version });
    data.reload();
    onChange();
  };
  const limits = app.appliedLimits || {};
  return html`<section>
    <${ErrorLine} error=${data.error} />
    <dl class="facts">
      <dt>Runtime</dt><dd>${runtimeOf(app.runtime)}</dd>
      <dt>Limits</dt><dd>${limits.memoryMb || 0} MB, ${limits.cpuMillicores || 0} m CPU, ${limits.timeoutSecs || 0} s</dd>
      <dt>Description</dt><dd>${app.description || '-'}</dd>
      <dt>Created</dt><dd>${when(app.createdAtMs)}</dd>
    </dl>
    <h2>Versions</h2>
    <table data-testid="versions">
      <thead><tr><th>Version</th><th>Code</th><th>Created</th><th>Status</th><th></th></tr></thead>
      <tbody>
        ${versions.map((v) => {
          const active = v.version === app.activeVersion;
          return html`<tr data-version=${v.version} class=${active ? 'active' : ''}>
            <td>${v.version}</td>
            <td><code title=${v.codeHash}>${(v.codeHash || '').slice(0, 12)}</code></td>
            <td>${when(v.createdAtMs)}</td>
            <td>${active ? html`<strong>active</strong>` : statusOf(v.status)}</td>
            <td>${!active && html`<${Action} label=${v.version < app.activeVersion ? 'Roll back' : 'Make active'} run=${rollback(v.version)} testid=${`rollback-${v.version}`} />`}</td>
          </tr>`;
        })}
      </tbody>
    </table>
    ${versions.length === 0 && html`<p class="hint">Nothing published yet: save and publish a draft.</p>`}
    ${state.schedules?.length > 0 &&
    html`<h2>Schedules</h2>
      <table>
        <thead><tr><th>Name</th><th>Cron</th><th>Next</th><th>Last</th></tr></thead>
        <tbody>
          ${state.schedules.map((s) => html`<tr><td>${s.name}</td><td><code>${s.cron}</code> ${s.timezone}</td><td>${when(s.nextRunMs)}</td><td>${when(s.lastRunMs)}</td></tr>`)}
        </tbody>
      </table>`}
  </section>`;
}

/** Text of an upload that is one text file (not an archive), or null. */
function editable(bytes) {
  if (bytes.length > 1 && bytes[0] === 0x1f && bytes[1] === 0x8b) return null;
  if (bytes.length > 3 && bytes[0] === 0x50 && bytes[1] === 0x4b) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function Draft({ name, onChange }) {
  const info = usePoll(
    () => api.get(api.appPath(name, '/draft')).then((r) => r.draft || null, (e) => (e.httpStatus === 404 ? null : Promise.reject(e))),
    0,
    [name],
  );
  const [code, setCode] = useState(null);
  const [runtime, setRuntime] = useState('python');
  const [log, setLog] = useState('');
  const [result, setResult] = useState(null);
  const [payload, setPayload] = useState('');
  useEffect(() => {
    api.get(api.appPath(name, '/code')).then(
      (r) => {
        setRuntime(runtimeOf(r.runtime) === '-' ? 'python' : runtimeOf(r.runtime));
        setCode(editable(api.bytesOf(r.sourceCode)));
      },
      () => setCode(TEMPLATES.python),
    );
  }, [name]);
  const save = async () => {
    await api.post(api.appPath(name, '/draft'), {
      code: { compile: { runtime: { [runtime]: {} }, sourceCode: api.toBase64(code) } },
    });
    info.reload();
  };
  const compile = async () => {
    setLog('');
    const { deployId } = await api.post(api.appPath(name, '/draft/compile'));
    await followCompile(name, deployId, (text) => setLog((l) => l + text));
    info.reload();
  };
  const test = async () => {
    setResult(null);
    const { executionId } = await api.post(api.appPath(name, '/draft/test'), { payload: api.toBase64(payload) });
    await api.stream('GET', `/executions/${executionId}/watch`, undefined, (m) => setResult(m.execution));
  };
  const publish = async () => {
    await api.post(api.appPath(name, '/draft/publish'));
    info.reload();
    onChange();
  };
  const d = info.data;
  return html`<section>
    <${ErrorLine} error=${info.error} />
    <p data-testid="draft-status">
      ${d ? html`Draft: <strong>${statusOf(d.status)}</strong>, code <code>${(d.codeHash || '').slice(0, 12)}</code>, ${d.sizeBytes || 0} bytes${d.compiled ? ', compiled' : ''}` : 'No draft: saving opens one.'}
    </p>
    ${d?.error && html`<pre class="log error">${d.error}</pre>`}
    ${code === null
      ? html`<p class="hint">This code is an archive: edit it locally and upload it with <code>ignite draft save</code>.</p>`
      : html`<label>Code (${runtime}) <textarea name="code" rows="12" spellcheck="false" value=${code} onInput=${(e) => setCode(e.target.value)}></textarea></label>
          <${Action} label="Save draft" run=${save} testid="save-draft" />`}
    <${Action} label="Compile" run=${compile} testid="compile" />
    <${Action} label="Publish" run=${publish} testid="publish" kind="primary" />
    ${log && html`<h3>Compile log</h3><pre class="log" data-testid="compile-log">${log}</pre>`}
    <h3>Test the draft</h3>
    <label>Payload <input name="payload" value=${payload} onInput=${(e) => setPayload(e.target.value)} /></label>
    <${Action} label="Test" run=${test} testid="test-draft" />
    ${result && html`<${ExecutionDetail} execution=${result} />`}
  </section>`;
}

function ExecutionDetail({ execution: e }) {
  return html`<div class="panel" data-testid="execution">
    <dl class="facts">
      <dt>Execution</dt><dd><code>${e.executionId}</code></dd>
      <dt>Status</dt><dd data-testid="execution-status">${statusOf(e.status)}</dd>
      <dt>Version</dt><dd>${e.version || 'draft'}</dd>
      <dt>Duration</dt><dd>${e.durationMs || 0} ms</dd>
      ${e.httpStatus && html`<dt>HTTP status</dt><dd>${e.httpStatus}</dd>`}
    </dl>
    ${e.output && html`<pre class="log" data-testid="execution-output">${api.fromBase64(e.output)}</pre>`}
    ${e.error && html`<pre class="log error">${e.error}</pre>`}
    ${(e.attempts || []).length > 0 &&
    html`<table><thead><tr><th>Attempt</th><th>Status</th><th>Error</th></tr></thead><tbody>
      ${e.attempts.map((a) => html`<tr><td>${a.attempt}</td><td>${statusOf(a.status)}</td><td>${a.error}</td></tr>`)}
    </tbody></table>`}
  </div>`;
}

function Invoke({ name }) {
  const [payload, setPayload] = useState('');
  const [headerText, setHeaderText] = useState('');
  const [alias, setAlias] = useState('');
  const [head, setHead] = useState(null);
  const [body, setBody] = useState('');
  const [trailer, setTrailer] = useState(null);
  const invoke = async () => {
    setHead(null);
    setBody('');
    setTrailer(null);
    const headers = {};
    for (const line of headerText.split('\n')) {
      const at = line.indexOf(':');
      if (at > 0) headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
    }
    const decoder = new TextDecoder();
    await api.stream('POST', api.appPath(name, '/invoke'), { body: api.toBase64(payload), alias, http: { method: 'POST', path: '/', headers } }, (m) => {
      if (m.head) setHead(m.head);
      if (m.chunk) setBody((b) => b + decoder.decode(api.bytesOf(m.chunk), { stream: true }));
      if (m.trailer) setTrailer(m.trailer);
    });
  };
  return html`<section>
    <label>Payload <textarea name="payload" rows="4" spellcheck="false" value=${payload} onInput=${(e) => setPayload(e.target.value)}></textarea></label>
    <div class="row">
      <label>Headers (one <code>Name: value</code> a line) <textarea name="headers" rows="2" value=${headerText} onInput=${(e) => setHeaderText(e.target.value)}></textarea></label>
      <label>Alias <input name="alias" value=${alias} onInput=${(e) => setAlias(e.target.value)} placeholder="the active version" /></label>
    </div>
    <${Action} label="Invoke" run=${invoke} testid="invoke" kind="primary" />
    ${head &&
    html`<div class="panel">
      <p data-testid="invoke-status">HTTP ${head.statusCode || 200} from version ${head.version} (replica <code>${head.replicaId}</code>)</p>
      <pre class="log" data-testid="invoke-body">${body}</pre>
      ${trailer && html`<p data-testid="invoke-trailer">${statusOf(trailer.status)} in ${trailer.durationMs || 0} ms, ${trailer.bodyBytes || 0} bytes${trailer.error ? `: ${trailer.error}` : ''}</p>`}
    </div>`}
  </section>`;
}

/** A live tail: the stream's messages as rows, newest last, the last 500 kept. */
function Tail({ path, row, testid, filter = () => true }) {
  const [items, setItems] = useState([]);
  const box = useRef(null);
  const error = useStream(
    (signal) => {
      setItems([]);
      return api.stream('GET', path, undefined, (m) => setItems((xs) => [...xs.slice(-499), m]), signal);
    },
    [path],
  );
  useEffect(() => {
    if (box.current) box.current.scrollTop = box.current.scrollHeight;
  }, [items]);
  const shown = items.filter(filter);
  return html`<div>
    <${ErrorLine} error=${error} />
    <div class="tail" ref=${box} data-testid=${testid}>
      ${shown.length === 0 && html`<p class="hint">Waiting for the first line…</p>`}
      ${shown.map(row)}
    </div>
  </div>`;
}

function Logs({ name }) {
  const [contains, setContains] = useState('');
  return html`<section>
    <label>Lines containing <input name="contains" value=${contains} onInput=${(e) => setContains(e.target.value)} /></label>
    <${Tail}
      path=${api.appPath(name, '/logs/stream?fromStart=true')}
      testid="logs"
      filter=${(m) => (m.line || '').includes(contains)}
      row=${(m) => html`<div class=${`line ${m.stream === 'LOG_STREAM_STDERR' ? 'stderr' : ''}`}>
        <time>${new Date(+m.timestampMs).toLocaleTimeString()}</time> <code>${(m.replicaId || '').slice(0, 8)}</code> ${m.line}
      </div>`}
    />
  </section>`;
}

function Events({ name }) {
  return html`<section>
    <${Tail}
      path=${api.appPath(name, '/events/stream?fromStart=true')}
      testid="events"
      row=${(m) => html`<div class=${`line ${m.severity === 'Warning' ? 'stderr' : ''}`}>
        <time>${new Date(+m.timestampMs).toLocaleTimeString()}</time> <strong>${m.reason}</strong> ${m.message}${m.count > 1 ? ` (×${m.count})` : ''}
      </div>`}
    />
  </section>`;
}

function Executions({ name, arg }) {
  const list = usePoll(() => api.get(api.appPath(name, '/executions?limit=50')), 3000, [name]);
  const detail = usePoll(() => (arg ? api.get(`/executions/${encodeURIComponent(arg)}`) : Promise.resolve(null)), 0, [arg]);
  return html`<section>
    <${ErrorLine} error=${list.error || detail.error} />
    ${detail.data && html`<${ExecutionDetail} execution=${detail.data.execution} />`}
    <table data-testid="executions">
      <thead><tr><th>Execution</th><th>Kind</th><th>Status</th><th>Version</th><th>Created</th><th>Duration</th></tr></thead>
      <tbody>
        ${(list.data?.executions || []).map(
          (e) => html`<tr>
            <td><a href=${`#/apps/${name}/executions/${e.executionId}`}><code>${e.executionId.slice(0, 17)}</code></a></td>
            <td>${short(e.kind, 'EXECUTION_KIND_')}</td>
            <td>${statusOf(e.status)}</td>
            <td>${e.version || 'draft'}</td>
            <td>${when(e.createdAtMs)}</td>
            <td>${e.durationMs || 0} ms</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </section>`;
}

function Stats({ name }) {
  const [minutes, setMinutes] = useState(15);
  const stats = usePoll(
    () => {
      const end = Date.now();
      const bucket = Math.max(5, (minutes * 60) / 60);
      return api.get(api.appPath(name, `/stats/executions?startMs=${end - minutes * 60000}&endMs=${end}&bucketSecs=${bucket}`));
    },
    3000,
    [name, minutes],
  );
  const buckets = stats.data?.buckets || [];
  const total = stats.data?.total || {};
  const times = buckets.map((b) => +b.startMs);
  const n = (v) => +(v || 0);
  return html`<section>
    <${ErrorLine} error=${stats.error} />
    <label>Window
      <select value=${minutes} onChange=${(e) => setMinutes(+e.target.value)}>
        ${[5, 15, 60, 360].map((m) => html`<option value=${m}>${m < 60 ? `${m} minutes` : `${m / 60} hours`}</option>`)}
      </select></label>
    <p data-testid="stats-total">
      ${`${n(total.successCount)} succeeded, ${n(total.errorCount)} failed, ${n(total.timeoutCount)} timed out, ` +
      `${n(total.coldStarts)} cold starts; p50 ${n(total.p50Ms).toFixed(1)} ms, p99 ${n(total.p99Ms).toFixed(1)} ms`}
    </p>
    <${Chart}
      title="Latency"
      unit=" ms"
      testid="latency-chart"
      times=${times}
      series=${[
        { name: 'p50', color: '#2a7ae2', values: buckets.map((b) => n(b.p50Ms)) },
        { name: 'p95', color: '#e2a72a', values: buckets.map((b) => n(b.p95Ms)) },
        { name: 'p99', color: '#d6453d', values: buckets.map((b) => n(b.p99Ms)) },
      ]}
    />
    <${Chart}
      title="Calls"
      kind="bar"
      testid="calls-chart"
      times=${times}
      series=${[
        { name: 'succeeded', color: '#3c9a5f', values: buckets.map((b) => n(b.successCount)) },
        { name: 'failed', color: '#d6453d', values: buckets.map((b) => n(b.errorCount) + n(b.timeoutCount)) },
        { name: 'cold starts', color: '#8a63d2', values: buckets.map((b) => n(b.coldStarts)) },
      ]}
    />
  </section>`;
}

function Replicas({ name }) {
  const list = usePoll(() => api.get(api.appPath(name, '/replicas')), 2000, [name]);
  return html`<section>
    <${ErrorLine} error=${list.error} />
    <table data-testid="replicas">
      <thead><tr><th>Replica</th><th>Version</th><th>Status</th><th>Ready</th><th>In flight</th><th>CPU</th><th>Memory</th><th>Started</th></tr></thead>
      <tbody>
        ${(list.data?.replicas || []).map(
          (r) => html`<tr>
            <td><code>${r.replicaId}</code></td><td>${r.version}</td><td>${statusOf(r.status)}</td><td>${r.ready ? 'yes' : 'no'}</td>
            <td>${r.inFlight || 0}</td><td>${r.cpuMillicoresUsed || 0} m</td><td>${r.memoryMbUsed || 0} MB</td><td>${when(r.startedMs)}</td>
          </tr>`,
        )}
      </tbody>
    </table>
    ${list.data && !(list.data.replicas || []).length && html`<p class="hint">No replica is running (the app scales to zero when idle).</p>`}
  </section>`;
}

function Aliases({ name }) {
  const list = usePoll(() => api.get(api.appPath(name, '/aliases')), 0, [name]);
  const [form, setForm] = useState({ name: '', version: '', canaryVersion: '', canaryWeight: '' });
  // From the state at the update, not at the render: two quick inputs keep both.
  const field = (k) => (e) => {
    const value = e.target.value;
    setForm((f) => ({ ...f, [k]: value }));
  };
  const set = async () => {
    await api.put(api.appPath(name, `/aliases/${encodeURIComponent(form.name)}`), {
      version: +form.version || 0,
      canaryVersion: +form.canaryVersion || 0,
      canaryWeight: +form.canaryWeight || 0,
    });
    list.reload();
  };
  const remove = (alias) => async () => {
    await api.del(api.appPath(name, `/aliases/${encodeURIComponent(alias)}`));
    list.reload();
  };
  return html`<section>
    <${ErrorLine} error=${list.error} />
    <table data-testid="aliases">
      <thead><tr><th>Alias</th><th>Version</th><th>Canary</th><th>Updated</th><th></th></tr></thead>
      <tbody>
        ${(list.data?.aliases || []).map(
          (a) => html`<tr>
            <td>${a.name}</td><td>${a.version}</td><td>${a.canaryVersion ? `${a.canaryVersion} at ${a.canaryWeight || 0}%` : '-'}</td>
            <td>${when(a.updatedAtMs)}</td><td><${Action} label="Delete" run=${remove(a.name)} /></td>
          </tr>`,
        )}
      </tbody>
    </table>
    <div class="row">
      <label>Alias <input value=${form.name} onInput=${field('name')} /></label>
      <label>Version <input value=${form.version} onInput=${field('version')} inputmode="numeric" /></label>
      <label>Canary version <input value=${form.canaryVersion} onInput=${field('canaryVersion')} inputmode="numeric" /></label>
      <label>Canary % <input value=${form.canaryWeight} onInput=${field('canaryWeight')} inputmode="numeric" /></label>
    </div>
    <${Action} label="Set alias" run=${set} testid="set-alias" />
  </section>`;
}

// ------------------------------------------------------------------ secrets

function SecretsPage() {
  const list = usePoll(() => api.get('/secrets'), 0, []);
  const [name, setName] = useState('');
  const [value, setValue] = useState('');
  const create = async () => {
    await api.post('/secrets', { name, value: { appSecret: { value } } });
    setValue('');
    list.reload();
  };
  const remove = (n) => async () => {
    await api.del(`/secrets/${encodeURIComponent(n)}`);
    list.reload();
  };
  return html`<main>
    <header class="title"><h1>Secrets</h1></header>
    <${ErrorLine} error=${list.error} />
    <table data-testid="secrets">
      <thead><tr><th>Name</th><th>Type</th><th>Updated</th><th></th></tr></thead>
      <tbody>
        ${(list.data?.secrets || []).map(
          (s) => html`<tr><td>${s.name}</td><td>${s.type}</td><td>${when(s.updatedAtMs)}</td><td><${Action} label="Delete" run=${remove(s.name)} /></td></tr>`,
        )}
      </tbody>
    </table>
    <section class="panel">
      <h2>Create or rotate an app secret</h2>
      <p class="hint">Apps read it through <code>secret://NAME</code> in their environment; the value is never shown again.</p>
      <div class="row">
        <label>Name <input value=${name} onInput=${(e) => setName(e.target.value)} /></label>
        <label>Value <input type="password" value=${value} onInput=${(e) => setValue(e.target.value)} /></label>
      </div>
      <${Action} label="Save secret" run=${create} testid="save-secret" />
    </section>
  </main>`;
}

// ------------------------------------------------------------------ shell

function Console() {
  const [s, setS] = useState(api.session());
  useEffect(() => api.onSessionChange(setS), []);
  const [page, name, tab, arg] = useHash();
  if (!s) return html`<${SignIn} />`;
  const body =
    page === 'secrets' ? html`<${SecretsPage} />` : page === 'apps' && name ? html`<${AppPage} name=${name} tab=${tab} arg=${arg} />` : html`<${AppsPage} />`;
  return html`<div class="shell">
    <nav class="top">
      <strong>Ignite</strong>
      <a href="#/apps" class=${page !== 'secrets' ? 'current' : ''}>Apps</a>
      <a href="#/secrets" class=${page === 'secrets' ? 'current' : ''}>Secrets</a>
      <span class="spacer"></span>
      <span data-testid="org">${s.org}</span>
      <button onClick=${api.signOut}>Sign out</button>
    </nav>
    ${body}
  </div>`;
}

render(html`<${Console} />`, document.getElementById('app'));

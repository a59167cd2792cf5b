// The public HTTP API (pbjson JSON under /v1/ignite), called with the signed-in user's
// token. Every action of the console goes through here.

const BASE = '/v1/ignite';
const KEY = 'ignite.session';

/** An API error: the gateway's `{code, status, message, details}`. */
export class ApiError extends Error {
  constructor(httpStatus, body) {
    super(body?.message || `HTTP ${httpStatus}`);
    this.httpStatus = httpStatus;
    this.status = body?.status || '';
    const violations = (body?.details || []).flatMap((d) => d.fieldViolations || []);
    this.field = violations[0]?.field || '';
  }
}

/** The session (organization and token) of this tab, or null. */
export function session() {
  try {
    return JSON.parse(sessionStorage.getItem(KEY));
  } catch {
    return null;
  }
}

const listeners = new Set();
export function onSessionChange(f) {
  listeners.add(f);
  return () => listeners.delete(f);
}

function setSession(value) {
  if (value) sessionStorage.setItem(KEY, JSON.stringify(value));
  else sessionStorage.removeItem(KEY);
  for (const f of listeners) f(value);
}

export function signOut() {
  setSession(null);
}

/** Checks the token against the organization before keeping it. */
export async function signIn(org, token) {
  await request('GET', `/app/${encodeURIComponent(org)}?limit=1`, undefined, { org, token });
  setSession({ org, token });
}

function headers(s) {
  return { Authorization: `Bearer ${s.token}`, 'Content-Type': 'application/json' };
}

/**
 * Sends one call with session `s`; a refusal is thrown as an ApiError, and a 401 for
 * the tab's own session (not a sign-in being tried) signs the tab out.
 */
async function send(method, path, body, s, signal) {
  if (!s) throw new ApiError(401, { message: 'not signed in', status: 'UNAUTHENTICATED' });
  const res = await fetch(BASE + path, {
    method,
    headers: headers(s),
    body: body === undefined ? undefined : JSON.stringify(body),
    signal,
  });
  if (!res.ok) {
    const text = await res.text();
    const error = new ApiError(res.status, text ? JSON.parse(text) : {});
    if (res.status === 401 && s.token === session()?.token) signOut();
    throw error;
  }
  return res;
}

async function request(method, path, body, s = session()) {
  const text = await (await send(method, path, body, s)).text();
  return text ? JSON.parse(text) : {};
}

export const get = (path) => request('GET', path);
export const post = (path, body = {}) => request('POST', path, body);
export const put = (path, body = {}) => request('PUT', path, body);
export const patch = (path, body = {}) => request('PATCH', path, body);
export const del = (path) => request('DELETE', path);

/**
 * A server stream (newline-delimited JSON): calls `onMessage` for each message as it
 * arrives, until the stream ends or `signal` aborts. An error after the stream
 * started comes as a last line `{"error": {...}}` and is thrown.
 */
export async function stream(method, path, body, onMessage, signal) {
  const res = await send(method, path, body, session(), signal);
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  for (;;) {
    let chunk;
    try {
      chunk = await reader.read();
    } catch (e) {
      if (signal?.aborted) return;
      throw e;
    }
    if (chunk.done) break;
    buffered += decoder.decode(chunk.value, { stream: true });
    let end;
    while ((end = buffered.indexOf('\n')) >= 0) {
      const line = buffered.slice(0, end).trim();
      buffered = buffered.slice(end + 1);
      if (!line) continue;
      const message = JSON.parse(line);
      if (message.error) throw new ApiError(500, message.error);
      onMessage(message);
    }
  }
}

/** Paths of an app's routes. */
export function appPath(app, rest = '') {
  const s = session();
  return `/app/${encodeURIComponent(s.org)}/${encodeURIComponent(app)}${rest}`;
}

// bytes fields are base64 in pbjson.
export function toBase64(text) {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

export function bytesOf(base64) {
  const binary = atob(base64 || '');
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function fromBase64(base64) {
  return new TextDecoder().decode(bytesOf(base64));
}

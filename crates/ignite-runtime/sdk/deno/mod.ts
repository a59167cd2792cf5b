/**
 * The Ignite guest SDK for Deno, shipped with the server.
 *
 *     import { start } from "ignite";
 *     start((payload, ctx) => JSON.stringify({ hello: ctx.function_id }));
 *
 * The handler returns a Uint8Array (sent verbatim), a string (UTF-8), or a promise of
 * either; status 200, content type application/json when the bytes are JSON, else
 * application/octet-stream (text/plain for strings). A thrown error is status 500 with
 * {"error": "..."}. The worker speaks the Ignite worker protocol
 * (docs/worker-protocol.md) over the Unix socket at $IGNITE_WORKER_SOCKET.
 */

export interface Context {
  execution_id: string;
  function_id: string;
  organization_id: string;
  /** Request headers, lower-case names. */
  headers: Record<string, string>;
  method: string;
  path: string;
  query: string;
}

export type Handler = (
  payload: Uint8Array,
  ctx: Context,
) => Uint8Array | string | Promise<Uint8Array | string>;

const READY = 1, REQUEST = 2, BODY = 3, BODY_END = 4, HEAD = 5, CHUNK = 6, END = 7;
const MAX_CHUNK = 64 * 1024;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

interface RequestFrame {
  id: number;
  execution_id?: string;
  function_id?: string;
  organization_id?: string;
  method?: string;
  path?: string;
  query?: string;
  headers?: [string, string][];
}

function concat(parts: Uint8Array[]): Uint8Array {
  const total = parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function isJson(bytes: Uint8Array): boolean {
  try {
    JSON.parse(decoder.decode(bytes));
    return true;
  } catch {
    return false;
  }
}

class Writer {
  #queue: Promise<void> = Promise.resolve();
  constructor(private conn: Deno.Conn) {}

  frame(kind: number, ...parts: Uint8Array[]): Promise<void> {
    const body = concat(parts);
    const out = new Uint8Array(5 + body.length);
    new DataView(out.buffer).setUint32(0, body.length + 1, true);
    out[4] = kind;
    out.set(body, 5);
    this.#queue = this.#queue.then(async () => {
      let written = 0;
      while (written < out.length) written += await this.conn.write(out.subarray(written));
    });
    return this.#queue;
  }

  json(kind: number, value: unknown): Promise<void> {
    return this.frame(kind, encoder.encode(JSON.stringify(value)));
  }
}

function idBytes(id: number): Uint8Array {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, id, true);
  return b;
}

async function serve(w: Writer, handler: Handler, req: RequestFrame, payload: Uint8Array) {
  const ctx: Context = {
    execution_id: req.execution_id ?? "",
    function_id: req.function_id ?? "",
    organization_id: req.organization_id ?? "",
    headers: Object.fromEntries(req.headers ?? []),
    method: req.method ?? "POST",
    path: req.path ?? "/",
    query: req.query ?? "",
  };
  let status = 200;
  let body: Uint8Array;
  let contentType: string;
  try {
    const out = await handler(payload, ctx);
    if (typeof out === "string") {
      body = encoder.encode(out);
      contentType = isJson(body) ? "application/json" : "text/plain; charset=utf-8";
    } else if (out instanceof Uint8Array) {
      body = out;
      contentType = isJson(body) ? "application/json" : "application/octet-stream";
    } else {
      throw new Error("the handler must return a Uint8Array or a string");
    }
  } catch (e) {
    status = 500;
    contentType = "application/json";
    body = encoder.encode(JSON.stringify({ error: e instanceof Error ? e.message : String(e) }));
  }
  await w.json(HEAD, { id: req.id, status, headers: [["content-type", contentType]] });
  for (let at = 0; at < body.length; at += MAX_CHUNK) {
    await w.frame(CHUNK, idBytes(req.id), body.subarray(at, at + MAX_CHUNK));
  }
  await w.json(END, { id: req.id });
}

async function readExact(conn: Deno.Conn, n: number): Promise<Uint8Array | null> {
  const out = new Uint8Array(n);
  let at = 0;
  while (at < n) {
    const got = await conn.read(out.subarray(at));
    if (got === null) return null;
    at += got;
  }
  return out;
}

/** Serves calls with `handler` until the host goes away. */
export async function start(handler: Handler): Promise<void> {
  const path = Deno.env.get("IGNITE_WORKER_SOCKET");
  if (!path) {
    console.error("ignite: IGNITE_WORKER_SOCKET is not set: run this program on Ignite");
    Deno.exit(2);
  }
  const conn = await Deno.connect({ transport: "unix", path });
  const w = new Writer(conn);
  await w.json(READY, { pid: Deno.pid });
  const pending = new Map<number, RequestFrame>();
  const bodies = new Map<number, Uint8Array[]>();
  while (true) {
    const header = await readExact(conn, 4);
    if (header === null) break;
    const n = new DataView(header.buffer).getUint32(0, true);
    const frame = await readExact(conn, n);
    if (frame === null || n === 0) break;
    const kind = frame[0];
    const body = frame.subarray(1);
    if (kind === REQUEST) {
      const req = JSON.parse(decoder.decode(body)) as RequestFrame;
      pending.set(req.id, req);
      bodies.set(req.id, []);
    } else if ((kind === BODY || kind === BODY_END) && body.length >= 4) {
      const id = new DataView(body.buffer, body.byteOffset, 4).getUint32(0, true);
      if (kind === BODY) {
        bodies.get(id)?.push(body.slice(4));
        continue;
      }
      const req = pending.get(id);
      if (!req) continue;
      const payload = concat(bodies.get(id) ?? []);
      pending.delete(id);
      bodies.delete(id);
      serve(w, handler, req, payload);
    }
  }
  Deno.exit(0);
}

"""Ignite's Python worker: a zygote that forks workers, and the worker serve loop.

Runs inside the sandbox with the app at /app. Speaks the worker protocol of
docs/worker-protocol.md on fd 3: frames of `u32 length (LE) | u8 kind | body`, where
`length` counts the kind byte and the body.

Zygote mode (`runner.py zygote`): imports the handler once, then waits for SPAWN
messages on fd 3, each carrying (by SCM_RIGHTS) a protocol socket, a stdout pipe and a
stderr pipe; it forks a worker per message and answers SPAWNED {pid}.
"""

import ctypes
import importlib.util
import io
import json
import os
import resource
import signal
import socket
import struct
import sys
import threading
import traceback
from concurrent.futures import ThreadPoolExecutor

READY, REQUEST, BODY, BODY_END, HEAD, CHUNK, END, LOG = 1, 2, 3, 4, 5, 6, 7, 8
SPAWN, SPAWNED, EXITED, CLAIM = 9, 10, 11, 12
HEADER = struct.Struct("<IB")
ID = struct.Struct("<I")


def recv_exact(sock, n):
    buf = bytearray()
    while len(buf) < n:
        chunk = sock.recv(n - len(buf))
        if not chunk:
            raise EOFError
        buf += chunk
    return bytes(buf)


def read_frame(sock):
    length, kind = HEADER.unpack(recv_exact(sock, HEADER.size))
    return kind, recv_exact(sock, length - 1)


class Channel:
    """The protocol socket; writes from many threads are serialized."""

    def __init__(self, sock):
        self.sock = sock
        self.lock = threading.RLock()
        # Processes a handler forks inherit the socket; only this one may speak on it.
        self.pid = os.getpid()

    def send(self, kind, body):
        if os.getpid() != self.pid:
            return
        # SIGCHLD is held back while a frame is written so the zygote's handler can
        # never write into the middle of another frame.
        old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGCHLD})
        try:
            with self.lock:
                self.sock.sendall(HEADER.pack(len(body) + 1, kind) + body)
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, old)

    def send_json(self, kind, obj):
        self.send(kind, json.dumps(obj).encode())


# ---------------------------------------------------------------- sandbox hardening

def deny_inet_sockets():
    """A seccomp filter that makes socket(AF_INET | AF_INET6 | AF_PACKET) fail with
    EACCES; Unix sockets (the protocol) keep working."""
    libc = ctypes.CDLL(None, use_errno=True)

    class SockFilter(ctypes.Structure):
        _fields_ = [("code", ctypes.c_ushort), ("jt", ctypes.c_ubyte), ("jf", ctypes.c_ubyte), ("k", ctypes.c_uint)]

    class SockFprog(ctypes.Structure):
        _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.POINTER(SockFilter))]

    ld, jeq, ret = 0x20, 0x15, 0x06
    audit_arch_x86_64, nr_socket = 0xC000003E, 41
    errno_eacces, allow = 0x00050000 | 13, 0x7FFF0000
    program = [
        (ld, 0, 0, 4),                      # 0: arch
        (jeq, 0, 7, audit_arch_x86_64),     # 1: other arch -> allow
        (ld, 0, 0, 0),                      # 2: syscall number
        (jeq, 0, 5, nr_socket),             # 3: not socket() -> allow
        (ld, 0, 0, 16),                     # 4: args[0], the address family
        (jeq, 2, 0, 2),                     # 5: AF_INET -> deny
        (jeq, 1, 0, 10),                    # 6: AF_INET6 -> deny
        (jeq, 0, 1, 17),                    # 7: AF_PACKET -> deny, else allow
        (ret, 0, 0, errno_eacces),          # 8
        (ret, 0, 0, allow),                 # 9
    ]
    filters = (SockFilter * len(program))(*[SockFilter(*p) for p in program])
    prog = SockFprog(len(program), filters)
    pr_set_seccomp, seccomp_mode_filter = 22, 2
    if libc.prctl(pr_set_seccomp, seccomp_mode_filter, ctypes.byref(prog), 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "PR_SET_SECCOMP")


def no_new_privs():
    """No process of the sandbox may gain privileges through exec (setuid binaries)."""
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(38, 1, 0, 0, 0) != 0:  # PR_SET_NO_NEW_PRIVS
        raise OSError(ctypes.get_errno(), "PR_SET_NO_NEW_PRIVS")


# ---------------------------------------------------------------- output capture

class CallOutput(io.TextIOBase):
    """sys.stdout / sys.stderr of the worker: lines printed while serving a call go to
    the host as LOG frames tagged with the call's execution id."""

    def __init__(self, channel, stream, state):
        self.channel, self.stream, self.state = channel, stream, state
        self.buffers = {}

    def writable(self):
        return True

    def write(self, text):
        key = threading.get_ident()
        buf = self.buffers.get(key, "") + text
        *lines, rest = buf.split("\n")
        self.buffers[key] = rest
        execution_id = getattr(self.state, "execution_id", "")
        for line in lines:
            self.channel.send_json(LOG, {"execution_id": execution_id, "stream": self.stream, "line": line})
        return len(text)

    def flush(self):
        key = threading.get_ident()
        rest = self.buffers.pop(key, "")
        if rest:
            execution_id = getattr(self.state, "execution_id", "")
            self.channel.send_json(LOG, {"execution_id": execution_id, "stream": self.stream, "line": rest})


# ---------------------------------------------------------------- calls

def encode_result(result):
    """bytes as-is, str as UTF-8, anything else json.dumps (the documented contract)."""
    if isinstance(result, (bytes, bytearray, memoryview)):
        return bytes(result), "application/octet-stream"
    if isinstance(result, str):
        return result.encode(), "text/plain; charset=utf-8"
    return json.dumps(result).encode(), "application/json"


def serve_call(channel, handler, state, stdout, stderr, req, body):
    call_id = req["id"]
    state.execution_id = req["execution_id"]
    ctx = {
        "execution_id": req["execution_id"],
        "function_id": req["function_id"],
        "organization_id": req["organization_id"],
    }
    if req.get("traceparent"):
        ctx["traceparent"] = req["traceparent"]
    try:
        result = handler(body, ctx)
        if hasattr(result, "__next__") or (hasattr(result, "__iter__") and not isinstance(result, (bytes, str, dict, list, tuple, bytearray))):
            # A generator streams: each item is a chunk.
            channel.send_json(HEAD, {"id": call_id, "status": 200, "headers": [["content-type", "application/octet-stream"]]})
            for item in result:
                data, _ = encode_result(item)
                stdout.flush()
                channel.send(CHUNK, ID.pack(call_id) + data)
            channel.send_json(END, {"id": call_id})
            return
        data, content_type = encode_result(result)
        status = 200
    except BaseException as e:  # noqa: BLE001 - every failure of user code is a 500
        data = json.dumps({"error": str(e), "type": type(e).__name__, "traceback": traceback.format_exc()}).encode()
        content_type, status = "application/json", 500
    finally:
        stdout.flush()
        stderr.flush()
    channel.send_json(HEAD, {"id": call_id, "status": status, "headers": [["content-type", content_type]]})
    if data:
        channel.send(CHUNK, ID.pack(call_id) + data)
    channel.send_json(END, {"id": call_id})


def worker(channel_sock, handler):
    """Serves calls until the host closes the protocol socket."""
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    channel = Channel(channel_sock)
    state = threading.local()
    stdout, stderr = CallOutput(channel, "stdout", state), CallOutput(channel, "stderr", state)
    sys.stdout, sys.stderr = stdout, stderr
    concurrency = int(os.environ.get("IGNITE_MAX_CONCURRENCY", "1"))
    pool = ThreadPoolExecutor(max_workers=max(concurrency, 1), thread_name_prefix="call")
    pending = {}
    channel.send_json(READY, {"pid": os.getpid(), "python": sys.version.split()[0]})
    while True:
        try:
            kind, body = read_frame(channel_sock)
        except (EOFError, OSError):
            os._exit(0)
        if kind == REQUEST:
            req = json.loads(body)
            pending[req["id"]] = (req, bytearray())
        elif kind == BODY:
            (call_id,) = ID.unpack_from(body)
            pending[call_id][1].extend(body[ID.size:])
        elif kind == BODY_END:
            (call_id,) = ID.unpack_from(body)
            req, data = pending.pop(call_id)
            pool.submit(serve_call, channel, handler, state, stdout, stderr, req, bytes(data))


def load_handler():
    app = os.environ.get("IGNITE_APP_DIR", "/app")
    spec = importlib.util.spec_from_file_location("handler", os.path.join(app, "handler.py"))
    if spec is None:
        raise RuntimeError("handler.py not found at the root of the app")
    module = importlib.util.module_from_spec(spec)
    sys.modules["handler"] = module
    spec.loader.exec_module(module)
    handler = getattr(module, "handler", None)
    if not callable(handler):
        raise RuntimeError("handler.py must define a function handler(payload, ctx)")
    return handler


def zygote():
    control = socket.socket(fileno=3)
    sys.path[:0] = [os.environ.get("IGNITE_APP_DIR", "/app"), os.environ.get("IGNITE_DEPS_DIR", "/deps")]
    no_new_privs()
    if os.environ.get("IGNITE_NETWORK") != "1":
        deny_inet_sockets()
    try:
        handler = load_handler()
    except BaseException:  # noqa: BLE001 - reported to the host, which fails the load
        Channel(control).send_json(READY, {"error": traceback.format_exc()})
        return
    channel = Channel(control)
    channel.send_json(READY, {"pid": os.getpid()})

    def reap(_signum, _frame):
        # Report how each worker ended (a negative code is the signal that killed it).
        while True:
            try:
                pid, status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                return
            channel.send_json(EXITED, {"pid": pid, "code": os.waitstatus_to_exitcode(status)})

    signal.signal(signal.SIGCHLD, reap)
    while True:
        try:
            msg, fds, _flags, _addr = socket.recv_fds(control, 65536, 3)
        except OSError:
            return
        if not msg:
            return
        length, kind = HEADER.unpack_from(msg)
        request = json.loads(msg[HEADER.size:HEADER.size + length - 1])
        pid = os.fork()
        if pid == 0:
            signal.signal(signal.SIGCHLD, signal.SIG_DFL)
            control.close()
            proto, out, err = fds
            os.dup2(out, 1)
            os.dup2(err, 2)
            os.close(out)
            os.close(err)
            sys.__stdout__ = os.fdopen(1, "w", buffering=1)
            sys.__stderr__ = os.fdopen(2, "w", buffering=1)
            try:
                sock = socket.socket(fileno=proto)
                replica_id = request.get("replica_id")
                if replica_id is None:
                    # A spare, forked ahead: it becomes the replica CLAIM names (or
                    # exits when the host closes the socket first).
                    try:
                        kind, body = read_frame(sock)
                    except (EOFError, OSError):
                        os._exit(0)
                    if kind != CLAIM:
                        os._exit(1)
                    replica_id = json.loads(body)["replica_id"]
                os.environ["IGNITE_REPLICA_ID"] = replica_id
                worker(sock, handler)
            finally:
                os._exit(1)
        for fd in fds:
            os.close(fd)
        channel.send_json(SPAWNED, {"pid": pid, "replica_id": request.get("replica_id")})


if __name__ == "__main__":
    if sys.argv[1:] == ["zygote"]:
        zygote()
    else:
        sys.exit("usage: runner.py zygote")

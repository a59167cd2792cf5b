"""A test handler: the payload's "op" picks a behaviour."""
import json
import os
import socket
import threading
import time

_lock = threading.Lock()
_active = 0
_peak = 0


def _tracked_sleep(seconds):
    global _active, _peak
    with _lock:
        _active += 1
        _peak = max(_peak, _active)
    time.sleep(seconds)
    with _lock:
        _active -= 1
        return _peak


def _try(fn):
    try:
        fn()
        return "ok"
    except OSError as e:
        return f"blocked ({e.__class__.__name__}: {e.strerror})"


def handler(payload, ctx):
    req = json.loads(payload) if payload.startswith(b"{") else {"op": "echo"}
    op = req.get("op")
    if op == "echo":
        return payload
    if op == "str":
        return "héllo"
    if op == "dict":
        return {"ctx": ctx, "payload_type": type(payload).__name__}
    if op == "pid":
        return str(os.getpid())
    if op == "replica":
        return json.dumps({"pid": os.getpid(), "replica": os.environ.get("IGNITE_REPLICA_ID")})
    if op == "print":
        print("hello from", ctx["execution_id"])
        return "printed"
    if op == "raise":
        raise ValueError("bad value")
    if op == "sleep":
        return {"peak": _tracked_sleep(req.get("seconds", 0.3))}
    if op == "stream":
        def chunks():
            for i in range(5):
                yield f"chunk {i}\n"
                time.sleep(0.2)
        return chunks()
    if op == "spin":
        while True:
            pass
    if op == "burn":
        # Busy for `seconds` of wall time: the CPU time it got is its share.
        start_wall, start_cpu = time.monotonic(), time.process_time()
        while time.monotonic() - start_wall < req["seconds"]:
            pass
        return {"wall": time.monotonic() - start_wall, "cpu": time.process_time() - start_cpu}
    if op == "alloc":
        data = b"\x01" * (req["mb"] << 20)
        return f"allocated {len(data)}"
    if op == "exit":
        os._exit(req.get("code", 3))
    if op == "forkbomb":
        while True:
            os.fork()
    if op == "socket":
        return _try(lambda: socket.socket(socket.AF_INET, socket.SOCK_STREAM))
    if op == "write":
        def write(path):
            with open(path, "w") as f:
                f.write("x")
        return {p: _try(lambda p=p: write(p)) for p in ["/tmp/ok.txt", "/app/x.txt", "/etc/x.txt", "/usr/x.txt"]}
    if op == "procs":
        return sorted(int(p) for p in os.listdir("/proc") if p.isdigit())
    if op == "import":
        import six
        return six.__version__
    return {"error": f"unknown op {op}"}

import time

from componentize_py_types import Err, Ok
from wit_world import exports
from wit_world.imports import streams
from wit_world.imports.types import Fields, OutgoingBody, OutgoingResponse, ResponseOutparam


class IncomingHandler(exports.IncomingHandler):
    """A wasi:http/proxy guest: echoes method, path and the upper-cased body; `/stream`
    sends five chunks 200 ms apart."""

    def handle(self, request, response_out):
        path = request.path_with_query() or "/"
        method = type(request.method()).__name__.removeprefix("Method_").upper()
        data = b""
        with request.consume() as body:
            with body.stream() as stream:
                while True:
                    try:
                        data += stream.blocking_read(65536)
                    except Err as e:
                        if isinstance(e.value, streams.StreamError_Closed):
                            break
                        raise
        print(f"handling {method} {path}")
        response = OutgoingResponse(Fields.from_list([("content-type", b"text/plain"), ("x-guest", b"python")]))
        response.set_status_code(201)
        out_body = response.body()
        ResponseOutparam.set(response_out, Ok(response))
        with out_body.write() as out:
            if path.startswith("/stream"):
                for _ in range(5):
                    out.blocking_write_and_flush(b"chunk\n")
                    time.sleep(0.2)
            else:
                out.blocking_write_and_flush(f"{method} {path} ".encode() + data.upper())
        OutgoingBody.finish(out_body, None)

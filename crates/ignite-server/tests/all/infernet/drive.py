"""Drives the real Infernet client (infernet-client from PyPI) against a jobs listener
that needs no Authorization; prints what it saw as one JSON object."""

import asyncio
import json
import sys

from infernet_client import NodeClient
from infernet_client.error import APIError


async def main(url: str) -> None:
    client = NodeClient(url)
    seen = {"health": await client.health()}
    info = await client.get_info()
    seen["containers"] = sorted(c["id"] for c in info["containers"])
    seen["pending"] = info["pending"]
    seen["chain_enabled"] = info["chain"]["enabled"]

    job = await client.request_job({"containers": ["double", "inc"], "data": {"n": 20}})
    seen["chain"] = await client.get_job_result_sync(job, retries=30)

    batch = await client.request_jobs(
        [{"containers": ["double"], "data": {"n": 1}}, {"containers": ["nope"], "data": {}}]
    )
    seen["batch_errors"] = [b for b in batch if "error" in b]
    ids = [b["id"] for b in batch if "id" in b]
    seen["batch_results"] = [await client.get_job_result_sync(i, retries=30) for i in ids]

    seen["jobs"] = sorted(await client.get_jobs())
    seen["mine"] = sorted([job, *ids])
    seen["running"] = await client.get_jobs(pending=True)

    chunks = []
    async for chunk in client.request_stream({"containers": ["double"], "data": {"n": 5}}):
        chunks.append(chunk if isinstance(chunk, str) else chunk.decode())
    seen["stream_output"] = "".join(chunks[1:])
    seen["stream_job"] = chunks[0]

    try:
        await client.request_job({"containers": ["nope"], "data": {}})
    except APIError as e:
        seen["refused"] = {"status": e.status_code, "message": e.message, "params": e.params}
    print(json.dumps(seen))


asyncio.run(main(sys.argv[1]))

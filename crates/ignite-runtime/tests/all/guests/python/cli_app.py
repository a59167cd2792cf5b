import sys

from wit_world import exports


class Run(exports.Run):
    """A wasi:cli/command guest: reverses stdin."""

    def run(self) -> None:
        data = sys.stdin.buffer.read()
        sys.stdout.buffer.write(data[::-1])
        sys.stdout.flush()

def handler(payload, ctx):
    return b'hello, world\n'

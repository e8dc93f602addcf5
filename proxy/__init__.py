"""The wire proxy: protocol codec, asyncio server, SQL rewriter and sessions."""

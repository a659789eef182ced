"""The only code that talks to an endpoint: client, SSE, structured output, settings, debug log, doctor."""

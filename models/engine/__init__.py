"""The local engine: llama.cpp in a child process, so a native crash never takes the app down.

- `client.LocalEngineBackend` (app side) implements `models.contract.ChatBackend`.
- `child` runs in the engine process; it is the only module that imports llama_cpp.
- `protocol` holds the messages both sides exchange.
"""

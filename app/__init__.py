"""OwnVoice domain logic: plain, typed Python. Never imports Qt (tests/test_architecture.py)."""

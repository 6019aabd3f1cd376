"""Put on ``PYTHONPATH`` for the suite's subprocesses: its ``sitecustomize`` guards the live data."""

"""Prefect flows: the only place that imports prefect; thin wiring of claimcheck's core."""

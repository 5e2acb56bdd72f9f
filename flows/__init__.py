"""Prefect flows, installed as `claimcheck_flows`: the only code that imports prefect.

Wiring only: the run flow turns claimcheck.run's steps into Prefect tasks, artifacts and a
deployment; everything a test needs runs without Prefect in claimcheck.run.
"""

"""Which packages ship: everything under src/, plus the Prefect flows of flows/ under the import
name `claimcheck_flows` (a top-level name of its own, so it cannot clash with another project's
`flows`). The rest of the packaging metadata is in pyproject.toml."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages("src"), "claimcheck_flows"],
    package_dir={"": "src", "claimcheck_flows": "flows"},
)

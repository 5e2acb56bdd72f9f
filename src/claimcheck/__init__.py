"""claimcheck: extract, normalize and check the numbers, dates and units in news articles."""

__version__ = "0.1.0"

__all__ = ["__version__"]

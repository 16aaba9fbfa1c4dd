"""Norwegian (Bokmål) claim extraction: money, quantities, years, actors and measures."""

__version__ = "0.1.0"

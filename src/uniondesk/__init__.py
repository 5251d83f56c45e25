"""UnionDesk: offline desktop application for Vietnamese trade-union offices."""

__version__ = "0.1.0"

"""Read queries shaped for screens and reports: plain tuples and dataclasses, no model objects."""

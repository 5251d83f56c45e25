"""Demo data: a realistic union tree (small, a province like Thanh Hóa in 2022, or the whole country).

``build_demo`` fills an empty database in one transaction; later issues add campaigns, initiatives
and awards as further steps of ``build.STEPS``.
"""

from uniondesk.services.demo.build import SCALES, STEPS, Cancelled, DemoSummary, build_demo

__all__ = ["SCALES", "STEPS", "Cancelled", "DemoSummary", "build_demo"]

"""A deterministic, realistic demo township for trying the kiosk and for tests and benchmarks."""

from kiosk.demo.generator import DemoSpec, build_demo

__all__ = ["DemoSpec", "build_demo"]

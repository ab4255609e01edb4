"""Finds detector plugins: every :class:`Detector` subclass with a ``category`` in this package.

Adding a detector means adding one module here (and its tests); nothing needs registering by hand.
"""
from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Mapping

from .base import Detector


def detector_modules() -> list[str]:
    """The names of this package's modules, where the detectors are (imported by :func:`detector_classes`)."""
    package = importlib.import_module(__package__)
    return [f"{__package__}.{info.name}" for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name)]


def detector_classes() -> list[type[Detector]]:
    found: dict[str, type[Detector]] = {}
    for name in detector_modules():
        module = importlib.import_module(name)
        for obj in vars(module).values():
            if (isinstance(obj, type) and issubclass(obj, Detector) and obj.__module__ == module.__name__
                    and getattr(obj, "category", None)):
                found.setdefault(obj.category, obj)
    return [found[c] for c in sorted(found)]


def load_detectors(detector_options: Mapping | None = None, public: Mapping | None = None) -> list[Detector]:
    """Instantiate every detector with its ``[detectors.<category>]`` options, skipping disabled ones.

    Raises ValueError for a table naming no detector, so that a typo in a config file is an error."""
    detector_options = detector_options or {}
    classes = detector_classes()
    unknown = set(detector_options) - {cls.category for cls in classes}
    if unknown:
        raise ValueError(f"no detector for [detectors.{sorted(unknown)[0]}]; known: "
                         + ", ".join(cls.category for cls in classes))
    detectors = []
    for cls in classes:
        options = dict(detector_options.get(cls.category, {}))
        if options.pop("enabled", True):
            detectors.append(cls(options, public))
    return detectors

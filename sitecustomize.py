"""Under the test suite only (tests/conftest.py sets PUBCHECK_TESTS_PATTERN_CACHE, which the processes its tests
start inherit): a Python process of this checkout, such as a pubcheck run or its extraction workers' fork server,
takes its compiled regular expressions from the suite's file (tests/pattern_cache.py) rather than compiling the
detectors' patterns again. Without that variable it does nothing."""
import os

if os.environ.get("PUBCHECK_TESTS_PATTERN_CACHE"):
    from importlib.util import module_from_spec, spec_from_file_location
    from pathlib import Path

    _SPEC = spec_from_file_location("pubcheck_tests_pattern_cache", Path(__file__).with_name("tests") / "pattern_cache.py")
    _CACHE = module_from_spec(_SPEC)
    _SPEC.loader.exec_module(_CACHE)
    _CACHE.PatternCache(Path(os.environ["PUBCHECK_TESTS_PATTERN_CACHE"])).install()

"""UI tests: offscreen Qt (set in tests/conftest.py), Qt warnings fail the test (pyproject)."""

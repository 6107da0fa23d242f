"""The Reports view: a project's funder's report for a period, its numbers leading to the
events and people behind them, its targets edited (issue 16)."""

"""The funder's report (issue 16): a project's targets and its figures for a period."""

"""The staff rota of an event (issue 15): shifts, the people on them, their warnings and
coverage, a person's rota as a feed and on paper."""

"""Playbooks: the shipped ones and a coordinator's own, their files, and applying one to an
event (its tasks, due relative to it)."""

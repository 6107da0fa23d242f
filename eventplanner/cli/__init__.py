"""The eventplanner command."""

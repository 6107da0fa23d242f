"""The live team view: what one window's writes tell the others, and how they hear it."""

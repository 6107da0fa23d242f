"""What a coordinator can do, as plain Python: no Qt, plain dataclasses in and out."""

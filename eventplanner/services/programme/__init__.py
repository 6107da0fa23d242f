"""An event's programme: stages, blocks, sessions, phases, people's and organisations'
roles, and when people can be there (issue 14)."""

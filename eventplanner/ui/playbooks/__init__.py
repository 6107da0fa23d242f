"""The playbook editor (issue 15): the playbooks, shipped and the team's, their task
templates edited in a table, and playbook files exported and imported."""

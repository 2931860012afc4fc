-- A team's round-robin turn is counted in memory and resumed from the owner of the team's newest
-- lead after a restart (forms.TeamRotation); the table that held it is no longer read or written.
DROP TABLE team_round_robin;

"""The editorial system: roles per municipality, review before publishing, freshness, the editors' dashboard
and the admin's protection. Depends on `exchange` (and may use `search`); neither depends on it."""

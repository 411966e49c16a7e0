"""Storage: SQLModel models, the UTC column type, engines and migrations."""

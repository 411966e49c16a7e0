"""The committee registry: the tree file, its import, and tree queries."""

"""Where occurrences stand: VPCP categories and per-committee summaries."""

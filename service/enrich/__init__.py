"""The pure enrichment pipeline: articles in, events out. No broker, no settings, no I/O."""

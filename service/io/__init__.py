"""Reading articles from files for the CLI (the broker edge reads them from Redis)."""

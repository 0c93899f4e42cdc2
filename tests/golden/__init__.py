"""Golden-file tests: one reviewed YAML summary per fixture page (see README.md in this folder)."""

"""Package of concurrency tools; see concurrent.futures."""

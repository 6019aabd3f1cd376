"""What allocate and publish write: tables, pages, charts, the draft vedtak."""

"""Every word a person reads, formatting, and the one place that makes owner text inert."""

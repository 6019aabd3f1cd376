"""The kinds of document the system takes in, one registry entry each."""

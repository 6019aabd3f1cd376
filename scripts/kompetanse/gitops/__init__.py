"""Everything that touches git. The only part of the package that imports GitPython.

Refs, branch names and paths given to git are built from system-made ids or checked here
first; user text never becomes an option, a ref or a URL.
"""

"""Where the letter templates live, apart from the templates' machinery (which needs Jinja)."""

TEMPLATE_DIR = "data/brevmaler"

"""The texts of the catalogues, one module per area and målform (see ``text/catalogue.py``)."""

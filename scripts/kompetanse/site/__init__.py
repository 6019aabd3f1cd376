"""The public site: MkDocs hooks and generated pages."""

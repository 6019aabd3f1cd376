"""Reading the repository into the domain, and writing files whole or not at all."""

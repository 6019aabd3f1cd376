"""Records, money, the register of ordninger, settings and the pure arithmetic of the scheme."""

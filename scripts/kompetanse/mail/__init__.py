"""E-mail: the only sender of mail (``smtplib``), with its outbox and the demo's capturing server."""

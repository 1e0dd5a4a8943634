"""The encrypted local store: key vault, passphrase policy and database access."""

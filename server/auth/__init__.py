"""Passwords, tokens, sign-in throttling and key escrow."""

"""Pure program rules (poverty guidelines, TANF work participation): no database, no I/O."""

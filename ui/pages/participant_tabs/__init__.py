"""The tabs of the participant page, one module each."""

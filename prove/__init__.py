"""The proof suite (``make prove``): crashes, faults, bad input, privacy and access, with figures.

Not part of ``make test``: its checks are long-running trials. ``.ci/run`` runs the quick
size (``make prove-quick``); ``make prove`` runs the full size and writes prove-report.json.
The results of the last full run are in docs/reliability.md.
"""

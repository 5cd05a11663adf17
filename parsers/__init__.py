"""Pure parsing: bytes or text in, frozen dataclasses out.

Nothing here touches the network, the warehouse or Prefect, so every rule can be
tested and benchmarked on its own. Bad input is returned as data (a ``problem``
field), never raised, so one broken page cannot stop a run.
"""

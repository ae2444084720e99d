"""The network exchange: the map of municipalities, strategies as data, and peers ("Kommunen wie wir").

Presentation of the domain's data across municipalities. It reads `exchange` and never the other way round.
"""

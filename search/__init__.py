"""Search: what a search document is, how it is analysed and queried, and how the index stays in sync."""

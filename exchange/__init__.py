"""The knowledge exchange: municipalities and what they share (case studies, lessons, articles, events, strategies)."""

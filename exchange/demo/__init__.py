"""Demo content for the Wissensnetz knowledge exchange."""

"""The site's home page, plain editable pages (imprint, privacy) and site-wide settings."""

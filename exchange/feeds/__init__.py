"""Feeds of the public content: Atom feeds of new content (all, per topic, tag, municipality and type) and an
iCalendar feed of upcoming events with one .ics file per event. They show what the listings show
(`exchange.visibility`), so a restricted or expired page never appears in them."""

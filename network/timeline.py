"""A strategy's measures as a timeline: the geometry of a server-rendered SVG, one bar per measure.

The bars are laid out here and drawn by `templates/network/strategy_timeline.html`, so the page needs no
script. Measures are grouped by Handlungsfeld (alphabetically, those without one last); each bar spans its
years and carries its status three ways: a colour, a pattern and the status as text below the bar.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from exchange.choices import MeasureStatus

#: The years every strategy plans for; a measure outside them widens the axis.
FIRST_YEAR, LAST_YEAR = 2023, 2027
#: Geometry in SVG user units: the label column, the year axis, the rows.
LABEL_WIDTH = 290
AXIS_WIDTH = 550
MARGIN = 10
AXIS_HEIGHT = 32
GROUP_HEIGHT = 34
ROW_HEIGHT = 46
BAR_HEIGHT = 18
#: Space between a bar and its years' grid lines, so adjacent bars stay apart.
BAR_GAP = 3
#: Longer titles are cut in the figure (with „…“); the table below it gives them in full.
TITLE_CHARS = 40
NO_FIELD = _("Ohne Handlungsfeld")


@dataclass
class Bar:
    """One measure's row: its label and, when it has years, the bar across them."""

    measure: object
    y: int
    title: str
    x: float | None = None
    width: float | None = None

    @property
    def status_label(self):
        return self.measure.get_status_display()

    @property
    def status(self):
        return self.measure.status

    @property
    def years(self):
        return years_label(self.measure)

    @property
    def bar_y(self):
        return self.y + 6

    @property
    def status_y(self):
        return self.bar_y + BAR_HEIGHT + 14


@dataclass
class Group:
    """The measures of one Handlungsfeld (`topic` None: those without one)."""

    topic: object
    y: int
    bars: list = field(default_factory=list)

    @property
    def name(self):
        return self.topic.name if self.topic else NO_FIELD


@dataclass
class Timeline:
    """Everything the template draws: the axis, the groups with their bars, and the figure's size."""

    years: list
    groups: list
    width: int
    height: int
    year_width: float
    axis_x: int = LABEL_WIDTH

    @property
    def year_ticks(self):
        """(year, x of its column's left edge, x of its middle), for the grid and the labels."""
        return [
            (year, self.axis_x + i * self.year_width, self.axis_x + (i + 0.5) * self.year_width)
            for i, year in enumerate(self.years)
        ]

    @property
    def axis_end(self):
        return self.axis_x + len(self.years) * self.year_width

    @property
    def bars(self):
        return [bar for group in self.groups for bar in group.bars]

    @property
    def first_year(self):
        return self.years[0]

    @property
    def last_year(self):
        return self.years[-1]


def years_label(measure):
    """„2024–2026“, „2025“ or „“ for a measure's years."""
    start, end = measure.start_year, measure.end_year
    if start and end and end != start:
        return f"{start}–{end}"
    return str(start or end or "")


def measure_span(measure):
    """(first, last) year of a measure, either filling in the other; None without any year."""
    start, end = measure.start_year, measure.end_year
    if not start and not end:
        return None
    start, end = start or end, end or start
    return (min(start, end), max(start, end))


def short_title(title):
    return title if len(title) <= TITLE_CHARS else title[: TITLE_CHARS - 1].rstrip() + "…"


def group_measures(measures):
    """[(topic or None, [measures])], Handlungsfelder by name, those without one last, measures in order."""
    groups = {}
    for measure in measures:
        groups.setdefault(measure.field_of_action, []).append(measure)
    return sorted(groups.items(), key=lambda item: (item[0] is None, item[0].name.casefold() if item[0] else ""))


def build_timeline(measures):
    """The timeline of these measures (with `field_of_action` loaded), or None when there are none."""
    measures = list(measures)
    if not measures:
        return None
    spans = [span for span in map(measure_span, measures) if span]
    first = min([FIRST_YEAR, *(span[0] for span in spans)])
    last = max([LAST_YEAR, *(span[1] for span in spans)])
    years = list(range(first, last + 1))
    year_width = AXIS_WIDTH / len(years)
    y = AXIS_HEIGHT
    groups = []
    for topic, items in group_measures(measures):
        group = Group(topic=topic, y=y)
        y += GROUP_HEIGHT
        for measure in items:
            bar = Bar(measure=measure, y=y, title=short_title(measure.title))
            span = measure_span(measure)
            if span:
                bar.x = LABEL_WIDTH + (span[0] - first) * year_width + BAR_GAP
                bar.width = (span[1] - span[0] + 1) * year_width - 2 * BAR_GAP
            group.bars.append(bar)
            y += ROW_HEIGHT
        groups.append(group)
    return Timeline(
        years=years,
        groups=groups,
        width=LABEL_WIDTH + AXIS_WIDTH + MARGIN,
        height=y + MARGIN,
        year_width=year_width,
    )


#: The statuses in the legend's order, each with the pattern its bars are filled with.
STATUSES = [(status.value, status.label) for status in MeasureStatus]

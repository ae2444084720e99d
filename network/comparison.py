"""Strategies compared by Handlungsfeld: who has a measure on it, and how far it is.

One row per municipality and Handlungsfeld, holding that municipality's measures on it with their status,
so a reader sees at a glance which municipalities plan, implement or have completed something on a field.
Measures without a Handlungsfeld cannot be compared and are left out (the strategy page shows them).
"""

from collections import Counter
from dataclasses import dataclass, field

from exchange.choices import MeasureStatus
from exchange.models import StrategyMeasure, StrategyPage
from exchange.models.content_queries import attach_municipalities
from exchange.visibility import publicly_visible


@dataclass
class MunicipalityRow:
    """One municipality's measures on one Handlungsfeld, and the strategy they belong to."""

    municipality: object
    strategy: StrategyPage
    measures: list = field(default_factory=list)


@dataclass
class FieldComparison:
    """One Handlungsfeld: the municipalities with measures on it, and how many measures have each status."""

    topic: object
    rows: list = field(default_factory=list)

    @property
    def measure_count(self):
        return sum(len(row.measures) for row in self.rows)

    @property
    def status_counts(self):
        """[(label, count)] in the statuses' order, leaving out those no measure has."""
        counts = Counter(measure.status for row in self.rows for measure in row.measures)
        return [(status.label, counts[status.value]) for status in MeasureStatus if counts[status.value]]


def compare_fields():
    """[FieldComparison] for every Handlungsfeld that a public strategy has a measure on, by name.

    Two queries: the measures with their topic and strategy, then the strategies' municipalities.
    """
    measures = list(
        StrategyMeasure.objects.filter(
            page__in=publicly_visible(StrategyPage.objects.all()), field_of_action__isnull=False
        )
        .select_related("field_of_action", "page")
        .order_by("field_of_action__name", "page_id", "sort_order", "pk")
    )
    strategies = {measure.page_id: measure.page for measure in measures}
    attach_municipalities(list(strategies.values()))
    fields, rows = {}, {}
    for measure in measures:
        comparison = fields.get(measure.field_of_action_id)
        if comparison is None:
            comparison = fields[measure.field_of_action_id] = FieldComparison(topic=measure.field_of_action)
        key = (measure.field_of_action_id, measure.page_id)
        if key not in rows:
            strategy = strategies[measure.page_id]
            rows[key] = MunicipalityRow(municipality=strategy.municipality, strategy=strategy)
            comparison.rows.append(rows[key])
        rows[key].measures.append(measure)
    for comparison in fields.values():
        comparison.rows.sort(key=lambda row: (row.municipality.title if row.municipality else "", row.strategy.pk))
    return sorted(fields.values(), key=lambda comparison: comparison.topic.name.casefold())

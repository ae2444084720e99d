"""A strategy page draws its measures as an SVG timeline, one bar per measure, with a table alternative."""

import re
import xml.etree.ElementTree as ET

import pytest

from exchange.models import StrategyPage
from network.timeline import AXIS_WIDTH, BAR_GAP, build_timeline

pytestmark = pytest.mark.django_db

SVG = "{http://www.w3.org/2000/svg}"
STRATEGY = "/kommunen/vg-klein/strategie-klein/"


def timeline_svg(html):
    """The timeline's <svg> element, parsed: it must be well-formed XML (numbers with a decimal point)."""
    match = re.search(r'<svg class="timeline__svg".*?</svg>', html, re.S)
    assert match, "no timeline on the page"
    return ET.fromstring(match[0])


def bars(svg):
    return [g for g in svg.iter(f"{SVG}g") if "timeline__bar" in g.get("class", "").split()]


def test_one_bar_per_measure_with_years_grouped_by_field_of_action(client, network):
    html = client.get(STRATEGY).content.decode()
    svg = timeline_svg(html)
    assert len(bars(svg)) == 4
    groups = [text.text for text in svg.iter(f"{SVG}text") if text.get("class") == "timeline__group-name"]
    assert groups == ["Mobilität", "Verwaltung", "Ohne Handlungsfeld"]
    labels = [text.text for text in svg.iter(f"{SVG}text") if text.get("class") == "timeline__label"]
    assert labels == ["Rufbus einführen", "Mitfahrbänke", "Online-Bürgerbüro", "Datenstrategie"]


def test_each_bar_spans_its_years_and_names_its_status(client, network):
    svg = timeline_svg(client.get(STRATEGY).content.decode())
    rufbus = next(g for g in bars(svg) if g.get("class").endswith("in_progress"))
    rect = rufbus.find(f"{SVG}rect")
    year = AXIS_WIDTH / 5
    assert float(rect.get("width")) == pytest.approx(3 * year - 2 * BAR_GAP)
    assert rect.get("fill") == "url(#timeline-pattern-in_progress)"
    statuses = [text.text for text in svg.iter(f"{SVG}text") if text.get("class") == "timeline__status"]
    assert "In Umsetzung · 2024–2026" in statuses
    assert "Abgeschlossen · 2023" in statuses
    assert "Geplant · 2027" in statuses
    # The status is also a pattern, not colour alone: each status fills its bars differently.
    fills = {g.get("class").split("--")[1]: g.find(f"{SVG}rect").get("fill") for g in bars(svg)}
    assert len(set(fills.values())) == 3


def test_the_svg_is_an_image_with_a_name_and_the_table_gives_every_measure(client, network):
    html = client.get(STRATEGY).content.decode()
    svg = timeline_svg(html)
    assert svg.get("role") == "img"
    title_id, desc_id = svg.get("aria-labelledby").split()
    assert svg.find(f"{SVG}title").get("id") == title_id
    assert "4 Maßnahmen, 3 Handlungsfelder" in svg.find(f"{SVG}desc").text
    table = html[html.index('<table class="table measures-table">') : html.index("</table>")]
    for title in ("Rufbus einführen", "Mitfahrbänke", "Online-Bürgerbüro", "Datenstrategie"):
        assert f'<th scope="row">{title}</th>' in table
    assert table.count('<th scope="colgroup" colspan="4">') == 3
    assert "<td>2024–2026</td>" in table
    assert 'href="/strategien/vergleich/"' in html


def test_a_measure_without_years_has_a_row_but_no_bar(network):
    strategy = StrategyPage.objects.get(slug="strategie-klein")
    strategy.measures.create(title="Irgendwann", status="planned")
    timeline = build_timeline(strategy.measures.select_related("field_of_action").order_by("sort_order", "pk"))
    without = [bar for bar in timeline.bars if bar.measure.title == "Irgendwann"]
    assert len(timeline.bars) == 5
    assert without[0].width is None


def test_a_measure_beyond_2027_widens_the_axis(network):
    strategy = StrategyPage.objects.get(slug="strategie-klein")
    strategy.measures.create(title="Später", start_year=2028, end_year=2029)
    timeline = build_timeline(strategy.measures.select_related("field_of_action"))
    assert timeline.years == [2023, 2024, 2025, 2026, 2027, 2028, 2029]
    later = next(bar for bar in timeline.bars if bar.measure.title == "Später")
    assert later.x + later.width == pytest.approx(timeline.axis_end - BAR_GAP)


def test_a_strategy_without_measures_shows_no_timeline(client, network):
    StrategyPage.objects.get(slug="strategie-klein").measures.all().delete()
    html = client.get(STRATEGY).content.decode()
    assert "timeline__svg" not in html
    assert "Maßnahmen 2023–2027" not in html


def test_strategy_page_queries_are_bounded(client, network, django_assert_max_num_queries):
    client.get(STRATEGY)
    with django_assert_max_num_queries(40):
        assert client.get(STRATEGY).status_code == 200

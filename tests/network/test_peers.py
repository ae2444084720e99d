"""„Kommunen wie wir“: peers of the same kind, size and Land first, with content on the page's topics."""

import pytest

from exchange.models import ContentPage
from network.peers import PEER_LIMIT, peer_municipalities

pytestmark = pytest.mark.django_db


def page(slug):
    return ContentPage.objects.get(slug=slug).specific


def test_peers_are_ordered_by_kind_then_size_then_land(network):
    peers = peer_municipalities(page("rufbus"))
    assert [peer.municipality.slug for peer in peers] == [
        "vg-nachbar",  # same kind, similar size, same Land
        "vg-fern",  # same kind, similar size, another Land
        "vg-gross",  # same kind and Land, far larger
        "stadt-gleich",  # another kind
        "kreis-gross",  # another kind, far larger
    ]
    assert len(peers) <= PEER_LIMIT


def test_peers_need_content_on_the_same_topics(network):
    slugs = [peer.municipality.slug for peer in peer_municipalities(page("rufbus"))]
    assert "vg-mittel" not in slugs  # only „Verwaltung“
    assert "vg-anderes" not in slugs  # only „Bildung“
    assert "vg-klein" not in slugs  # the page's own municipality


def test_unpublished_municipalities_are_no_peers(network):
    slugs = [peer.municipality.slug for peer in peer_municipalities(page("rufbus"))]
    assert "vg-entwurf" not in slugs


def test_more_topics_bring_more_peers_and_at_most_five(network):
    peers = peer_municipalities(page("vergabe"))  # Mobilität and Verwaltung
    assert len(peers) == PEER_LIMIT
    slugs = [peer.municipality.slug for peer in peers]
    assert slugs[:4] == ["vg-nachbar", "vg-fern", "vg-mittel", "vg-gross"]
    gross = peers[3]
    assert gross.page_count == 2
    assert [topic.name for topic in gross.topics] == ["Mobilität", "Verwaltung"]


def test_peers_take_six_queries_however_many_candidates(network, django_assert_num_queries):
    target = page("vergabe")
    with django_assert_num_queries(6):
        peers = peer_municipalities(target)
        [peer.municipality.get_kind_display() for peer in peers]


def test_a_page_without_topics_has_no_peers(network):
    target = page("rufbus")
    target.topics.clear()
    assert peer_municipalities(target) == []


def test_case_study_and_lesson_pages_list_their_peers(client, network):
    for url in ("/kommunen/vg-klein/rufbus/", "/kommunen/vg-klein/vergabe/"):
        html = client.get(url).content.decode()
        start = html.index('<section class="peers"')
        peers = html[start : html.index("</section>", start)]
        assert "Kommunen wie wir" in peers
        assert '<a href="/kommunen/vg-nachbar/">VG Nachbar</a>' in peers
        assert "15.000 Einwohner" in peers
        assert peers.count("<li>") == 5

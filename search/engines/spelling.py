"""Spelling corrections ("Meinten Sie …?") for the database engine: close words from titles and tags.

Only words of the same first letter and a similar length are compared (one indexed range query per word),
so the cost does not grow with the size of the site, and a correction is only offered when it finds more.
"""

import difflib

from django.db.models.functions import Length

from ..folding import fold_for_search
from ..german import query_words
from ..models import SearchWord

#: How similar a word must be to count as a correction (difflib's ratio).
CUTOFF = 0.75
#: Words this short or shorter are left as typed ("KI", "OZG").
MIN_LENGTH = 3


def _close_word(folded):
    """The indexed word (as written) closest to a folded word, or None."""
    first = folded[0]
    candidates = dict(
        SearchWord.objects.filter(folded__gte=first, folded__lt=chr(ord(first) + 1))
        .annotate(length=Length("folded"))
        .filter(length__gte=len(folded) - 2, length__lte=len(folded) + 2)
        .values_list("folded", "word")
    )
    close = difflib.get_close_matches(folded, candidates, n=1, cutoff=CUTOFF)
    return candidates[close[0]] if close else None


def correction(words, is_known, count):
    """A corrected query text that finds more hits than the query, or None.

    Only words the index does not hold as a whole word (`is_known(word)` is false) are corrected, as the
    remote engine's suggester does; `count(query_words)` says how many hits a query has.
    """
    corrected = []
    for word in words:
        form = fold_for_search(word.text)
        if len(form) <= MIN_LENGTH or form.isdigit() or is_known(word):
            corrected.append(word.text)
        else:
            corrected.append(_close_word(form) or word.text)
    if corrected == [word.text for word in words]:
        return None
    text = " ".join(corrected)
    return text if count(query_words(text)) > count(words) else None

"""Russian words about persons (see :mod:`visitparse.lang.names`)."""

from __future__ import annotations

from visitparse.lang.names import PersonWords
from visitparse.lang.vocab import PhraseSet

WORDS = PersonWords(
    place_nouns=frozenset(
        {"республика", "республики", "область", "области", "край", "края", "город", "района", "район"}
    ),
    byline_cues=frozenset({"автор", "фото", "текст", "источник"}),
    namesake_cues=PhraseSet.of(["имени", "носит имя", "носящ* имя", "памяти"]),
)

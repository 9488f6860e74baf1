"""Russian words about persons (see :mod:`visitparse.lang.names`)."""

from __future__ import annotations

from visitparse.lang.names import PersonWords
from visitparse.lang.vocab import PhraseSet

WORDS = PersonWords(
    reference_cues=PhraseSet.of(["приказом", "распоряжением", "приветственный адрес от"]),
    clergy_titles=frozenset(
        {
            "о",
            "отец",
            "отца",
            "отцом",
            "протоиерей",
            "протоиерея",
            "иерей",
            "иерея",
            "священник",
            "священника",
        }
        | {
            "архимандрит",
            "архимандрита",
            "игумен",
            "игумена",
            "игумения",
            "игумении",
            "иеромонах",
            "иеромонаха",
        }
        | {"митрополит", "митрополита", "епископ", "епископа", "архиепископ", "архиепископа", "владыка"}
    ),
    deputy_prefixes=("первый заместитель ", "заместитель ", "вице-", "зам. ", "зам"),
    place_nouns=frozenset(
        {"республика", "республики", "область", "области", "край", "края", "город", "района", "район"}
        # Compass words of region names ("Восточная Македония"), never part of a person's name.
        | {"восточная", "западная", "северная", "южная", "центральная"}
    ),
    byline_cues=frozenset({"автор", "редактор", "фото", "текст", "источник"}),
    # Names of places and monuments: "памятнику маршалу Г.К. Жукову", "улица Ленина".
    namesake_cues=PhraseSet.of(
        [
            "имени",
            "им .",
            "носит имя",
            "носящ* имя",
            "памяти",
            "памятник*",
            "бюст*",
            "мемориальн* доск*",
            "улиц*",
            "ул",
            "проспект*",
            "бульвар*",
        ]
    ),
)

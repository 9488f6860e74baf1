"""Organization mentions the NER ends too early, completed.

* A unit of a body and the body, as one ORG mention: "Клиниката по кардиология на НКБ".
  The NER sometimes ends an organization at its unit ("Управителния съвет", "Клиниката по
  кардиология") and leaves the body after "на" as a mention of its own or as nothing (an
  abbreviation). An official who chairs the unit then seems to represent the unit, and the
  body is lost. The officials extractor knows the whole shape "unit на body" (the unit goes
  into the position, the body is the organization), so the unit mention, "на" and the body
  right after it become one ORG.
* A mention that runs on into a second phrase is cut where it starts: a definite "-ски"
  adjective right after a capitalized word ("Рейтърс | френското правителство"), or an
  abbreviation in slashes ("Съвета за контрол и качество | /СКК/"), which the institutions
  read as the name's abbreviation.
* A place adjective and the people of the visiting party ("Шуменски специалисти", "русенските
  експерти") are no organization: the mention is dropped (the adjective still names the region).
* A mention that runs on into the date after it ("Тетевен на 19" of "в Тетевен на 19
  февруари") is cut before the link word (the date extractor reads the date itself).
* A name and its abbreviation after a dash: "Службата за борба с измамите – ОЛАФ". Left
  out, the abbreviation stands between the title before the name and the person after it.

The component runs after the domain rules.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from visitparse.lang.vocab import get_vocabulary

COMPONENT = "visitparse_bg_org_spans"
# Lower-case starts of a unit's name: one word, or two for the boards (the vocabulary's
# ``unit_nouns`` has a bare "съвет", which would take "Общинския съвет на Русе" for a unit).
UNIT_STARTS = ("клиник", "отделени", "отдел", "сектор", "катедр", "лаборатори")
BOARD_STARTS = (("управител", "съвет"), ("надзор", "съвет"))


@Language.factory(COMPONENT)
def make_org_spans(nlp: Language, name: str) -> OrgSpans:
    """spaCy factory for :class:`OrgSpans`."""
    return OrgSpans()


class OrgSpans:
    """Pipeline component completing ORG mentions (see the module docstring)."""

    def __call__(self, doc: Doc) -> Doc:
        ents, cut = _trimmed_entities(doc)
        joined = [
            span
            for k, ent in enumerate(ents)
            if (span := _joined(doc, ent, ents[k + 1 :]) or _with_abbreviation(doc, ent)) is not None
        ]
        if joined or cut:
            kept = [e for e in ents if not any(j.start <= e.start and e.end <= j.end for j in joined)]
            doc.set_ents(sorted(kept + joined, key=lambda s: s.start), default="outside")
        return doc


def _is_unit(ent: Span) -> bool:
    words = [t.lower_ for t in ent]
    if ent.label_ != "ORG" or not ent[0].is_title:
        return False
    if words[0].startswith(UNIT_STARTS):
        return True
    return len(words) >= 2 and any(words[0].startswith(a) and words[1].startswith(b) for a, b in BOARD_STARTS)


def _joined(doc: Doc, ent: Span, later: list[Span]) -> Span | None:
    """``ent`` + "на" + the body right after it, when ``ent`` is a unit's name."""
    link = ent.end
    if not _is_unit(ent) or link + 1 >= len(doc) or doc[link].lower_ != "на":
        return None
    body = later[0] if later and later[0].start == link + 1 else None
    if body is not None:
        return Span(doc, ent.start, body.end, label="ORG") if body.label_ == "ORG" else None
    word = doc[link + 1]
    if word.is_upper and word.is_alpha and len(word) >= 2 and not word.ent_type_:
        return Span(doc, ent.start, link + 2, label="ORG")  # an abbreviation the NER left out
    return None


_DASHES = frozenset({"-", "–", "—"})


def _with_abbreviation(doc: Doc, ent: Span) -> Span | None:
    """``ent`` with " – ABBR" after it, when the abbreviation ends the phrase (a dash or a stop follows)."""
    k = ent.end
    if ent.label_ != "ORG" or len(ent) < 2 or k + 1 >= len(doc) or doc[k].text not in _DASHES:
        return None
    abbr = doc[k + 1]
    if not (abbr.is_upper and abbr.is_alpha and 2 <= len(abbr) <= 8) or abbr.ent_type_ not in ("", "ORG"):
        return None
    if abbr.ent_iob_ == "B" and k + 2 < len(doc) and doc[k + 2].ent_iob_ == "I":
        return None  # the abbreviation opens a longer name
    ends = k + 2 == len(doc) or doc[k + 2].text in _DASHES or doc[k + 2].is_punct
    return Span(doc, ent.start, k + 2, label="ORG") if ends else None


_LINKS = frozenset({"на", "от", "до", "в", "във"})


_DEFINITE_ADJECTIVE_ENDS = ("ското", "ската", "ските", "ския", "ският")


def _trimmed_entities(doc: Doc) -> tuple[list[Span], bool]:
    """The doc's entities, each cut before a date or a second phrase it ran into; whether any was."""
    out, cut = [], False
    for ent in doc.ents:
        if _people_of_a_place(ent):
            cut = True
            continue
        end = _cut_end(ent)
        if end < ent.end:
            ent, cut = Span(doc, ent.start, end, label=ent.label_), True
        out.append(ent)
    return out, cut


_PLACE_ADJECTIVE_ENDS = ("ски", "ска", "ско", "ските", "ският", "ския", "ската", "ското")


def _people_of_a_place(ent: Span) -> bool:
    """An ORG of two words: a capitalized place adjective and a plural noun for the visiting party."""
    if ent.label_ != "ORG" or len(ent) != 2 or not ent[0].is_title or not ent[1].is_lower:
        return False
    nouns = get_vocabulary("bg").guest_nouns
    return ent[0].lower_.endswith(_PLACE_ADJECTIVE_ENDS) and nouns.match_at([ent[1].lower_], 0) is not None


def _cut_end(ent: Span) -> int:
    """Where ``ent`` should end (see the module docstring)."""
    if len(ent) >= 3 and ent[-1].like_num and ent[-2].lower_ in _LINKS:
        return ent.end - 2
    for t in ent[1:]:
        before = ent.doc[t.i - 1]
        if t.text == "/" and t.i + 1 < ent.end and ent.doc[t.i + 1].is_upper:
            return t.i
        if t.is_lower and t.text.endswith(_DEFINITE_ADJECTIVE_ENDS) and before.is_title:
            return t.i
    return ent.end

"""Full job titles: the words around a title cue that belong to the title.

A title cue from the word lists ("министра", "заместник-кмета") is only the head.
The title a person holds also has its acting or "first" mark before it ("врио
главы", "первого заместителя"), its remit ("замгубернатора по социальной
политике", "заместник-кмет по икономическите въпроси"), its portfolio ("министр
сельского хозяйства", "министър на образованието и науката") and a superior
title it serves ("советник губернатора", "съветник на министъра на труда").
A body or facility that follows ("директор | краеведческого музея") is the
organization, not the title: the tail stops before nouns that name one.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from visitparse.document import char_span
from visitparse.extract.context import Cue, TextView
from visitparse.lang.bg.lemma import rule_lemma
from visitparse.lang.ru.nominative import part_of_speech

MAX_REMIT_WORDS = 8
MAX_TAIL_WORDS = 4
MAX_PORTFOLIO_WORDS = 7

# Russian genitive endings: adjectives ("сельского", "социальной") and nouns ("хозяйства").
_RU_GEN_ADJ = ("ого", "его", "ой", "ей", "ых", "их")
_RU_GEN_NOUN = ("а", "я", "ы", "и", "ов", "ев", "ей")
_CONNECTORS = frozenset({"и", ","})
# Words that open a clause: a title's list of remits does not go on past them.
_CLAUSE_OPENERS = frozenset(
    {"който", "която", "които", "което", "че", "като", "который", "которая", "которые", "которое", "что"}
)
# Words after "по" that make it a circumstance, not a remit ("по приглашению", "по време на").
_NOT_REMITS = frozenset(
    {"приглашению", "итогам", "словам", "традиции", "случаю", "време", "повод", "случай", "покана"}
)


@dataclass(frozen=True)
class Title:
    """A title cue grown to the whole title, and the ministry its portfolio names, if any."""

    cue: Cue
    body: Span | None = None


def full_title(view: TextView, cue: Cue) -> Title:
    """``cue`` with the marks before it and the remit, portfolio and superior after it."""
    cue = _with_marks(view, cue)
    grown, portfolio = _grown(view, cue)
    last, value = _joint_office(view, cue, grown.value, grown.last)
    last, value = _post(view, cue.sent, value, last)
    if last != grown.last:
        grown = Cue(cue.start, view.ends[last - 1], cue.first, last, cue.sent, value)
    body = _ministry(view, grown, portfolio)
    if body is None and view.vocab.body_links:
        grown, body = _named_body(view, grown)
    return Title(grown, body)


MAX_BODY_WORDS = 10
# The label of a body a title names without an entity: an organization, not an institution.
BODY = "BODY"
_BODY_ENDS = frozenset({",", "-", "–", "—", "("})
# Place nouns among the body stems: "на грузинския град" names no body, and "градската" is
# an adjective ("градската Дума"), not the body's noun.
_PLACE_STEMS = ("град", "област", "район", "държав", "стран")
_PLACE_NOUNS = frozenset(
    [
        "град",
        "града",
        "градът",
        "област",
        "областта",
        "район",
        "района",
        "районът",
        "държава",
        "държавата",
        "страна",
        "страната",
    ]
)


def _body_or_place(view: TextView, k: int) -> bool:
    return _stopped(view, k) or view.words[k] in _PLACE_NOUNS


def _body_noun(view: TextView, k: int) -> bool:
    word = view.words[k]
    return _stopped(view, k) and (word in _PLACE_NOUNS or not word.startswith(_PLACE_STEMS))


def _named_body(view: TextView, cue: Cue) -> tuple[Cue, Span | None]:
    """The body a title names after a link word, when no entity covers it.

    "заместник-председател на градската Дума", "началник-отдел към администрацията на
    главния омбудсман": the body is the organization, its first word without the article.
    In a chain of bodies the ones before the last are units of the title: "председател на
    Управителния съвет | на Агенция „Пътна инфраструктура“".
    """
    words, j = view.words, cue.last
    if j + 1 >= len(words) or words[j] not in view.vocab.body_links:
        return cue, None
    noun = next((k for k in range(j + 1, min(j + 4, len(words))) if _body_noun(view, k)), None)
    if noun is not None and words[noun] in _PLACE_NOUNS and _lowercase(view, noun):
        return cue, None  # "на грузинския град": a place, not a body
    if noun is None or any(view.is_break(k) or k in view.ent_of_word for k in range(j + 1, noun + 1)):
        return cue, None
    end = _body_end(view, noun)
    if end <= noun + 1 and noun == j + 1:
        return cue, None  # a bare noun ("на общината") points back: not a name
    start = j + 1
    for k in range(end - 2, noun, -1):  # the last body of a chain is the organization
        if words[k] in view.vocab.body_links and any(
            _stopped(view, m) for m in range(k + 1, min(k + 4, end))
        ):
            unit = _written(view, j, k)
            cue = Cue(cue.start, view.ends[k - 1], cue.first, k, cue.sent, f"{cue.value} {unit}")
            start = k + 1
            break
    text = _written(view, start, end)
    lemma = rule_lemma(text, "ORG") if view.vocab_lang == "bg" else text
    return cue, char_span(view.doc, view.starts[start], view.ends[end - 1], BODY, lemma)


def _body_end(view: TextView, noun: int) -> int:
    """End of a body's name from its head noun: up to a comma, a dash, a name or the clause's end."""
    k = noun + 1
    while k < len(view.words) and k - noun < MAX_BODY_WORDS and view.sents[k] == view.sents[noun]:
        word = view.words[k]
        if view.is_break(k) or word in _BODY_ENDS or word in view.vocab.titles or k in view.person_words:
            break
        if word == "и" and view.vocab.positions.match_at(view.words, k + 1) is not None:
            break  # "... окръг и зам.-председател на ...": the next person's title
        k += 1
    return k


def grow_tail(view: TextView, cue: Cue) -> Cue:
    """``cue`` with the remit, portfolio and superior written after it."""
    return _grown(view, cue)[0]


def _grown(view: TextView, cue: Cue) -> tuple[Cue, tuple[int, int] | None]:
    """The cue grown by its tail, and the word range of its portfolio, if any."""
    value, last = cue.value, cue.last
    portfolio: tuple[int, int] | None = None
    for _ in range(3):  # a remit, a portfolio and a superior, in any order
        grown = _tail(view, cue, value, last)
        if grown is None:
            break
        value, new_last, is_portfolio = grown
        if is_portfolio:
            portfolio = (last, new_last)
        last = new_last
    if last == cue.last:
        return cue, portfolio
    return Cue(cue.start, view.ends[last - 1], cue.first, last, cue.sent, value), portfolio


# Deputy heads of government, who often hold a second office; the government they belong to.
_DEPUTY_HEADS = ("вице", "зампред", "заместитель председателя", "первый заместитель председателя")
_GOVERNMENT = ("правительств",)


def _joint_office(view: TextView, cue: Cue, value: str, last: int) -> tuple[int, str]:
    """A deputy head of government who is also a minister: "вицепремиер и министър на ...",
    "зампред правительства и глава <Минсельхоза>"."""
    words = view.words
    if not value.startswith(_DEPUTY_HEADS):
        return last, value
    if value.startswith("зам") and last + 2 < len(words) and words[last].startswith(_GOVERNMENT):
        value, last = f"{value} {_written(view, last, last + 1)}", last + 1  # "зампред правительства"
    if last + 1 >= len(words) or words[last] != "и":
        return last, value
    second = view.vocab.positions.match_at(words, last + 1)
    if second is None:
        return last, value
    end = last + 1 + len(second.words)
    heads_body = end < len(words) and end in view.org_words
    if not (second.value.startswith(view.vocab.portfolio_heads) or heads_body):
        return last, value
    grown = _tail(view, cue, second.value, end)
    if grown is not None:
        second_value, end, _ = grown
    else:
        second_value = second.value
    return end, f"{value} и {second_value}"


MAX_POST_WORDS = 4


def _post(view: TextView, sent: int, value: str, last: int) -> tuple[int, str]:
    """An envoy's title with the country it represents and the place of its post ("посол
    Венгрии в России", "полпред президента в Уральском федеральном округе"): both belong to it."""
    vocab = view.vocab
    if not value.startswith(vocab.envoy_heads):
        return last, value
    link = last < len(view.words) and view.words[last] in vocab.portfolio_links  # "посланик на Украйна"
    country = _proper_run(view, last + 1, sent) if link else _proper_run(view, last, sent)
    if link and country == last + 1:
        return last, value
    end = country
    if country < len(view.words) and view.words[country] in vocab.post_preps and view.sents[country] == sent:
        place = _proper_run(view, country + 1, sent, vocab.post_words)
        if place > country + 1:
            end = place
    if end == last:
        return last, value
    return end, f"{value} {_written(view, last, end)}"


def _proper_run(view: TextView, k: int, sent: int, common: frozenset[str] = frozenset()) -> int:
    """End of a run of capitalised words (and ``common`` ones) from ``k``: a place or a country,
    never a person's name."""
    start = k
    while (
        k < len(view.words)
        and k - start < MAX_POST_WORDS
        and view.sents[k] == sent
        and k not in view.person_words
        and (view.words[k] in common or view.text[view.starts[k]].isupper())
        and view.words[k].replace("-", "").isalpha()
    ):
        k += 1
    while k > start and view.words[k - 1] in common and not view.text[view.starts[k - 1]].isupper():
        if not any(view.text[view.starts[i]].isupper() for i in range(start, k - 1)):
            return start  # common words alone name no place
        break
    return k


def _with_marks(view: TextView, cue: Cue) -> Cue:
    """The title with an acting or "first" mark written right before it."""
    vocab = view.vocab
    for marks, governs in ((vocab.acting_marks, True), (vocab.first_marks, False)):
        for mark in view.cues(marks):
            if mark.last != cue.first:  # "и.о." may end a sentence for the segmenter
                continue
            if governs:  # "врио главы": the title stays in the case the mark governs
                written = view.text[cue.start : cue.end].lower()
                value = f"{mark.value} {written}"
            elif cue.value.startswith(mark.value[:4]):
                return cue
            else:
                value = f"{mark.value} {cue.value}"
            return Cue(mark.start, cue.end, mark.first, cue.last, cue.sent, value)
    return cue


def _tail(view: TextView, cue: Cue, value: str, j: int) -> tuple[str, int, bool] | None:
    """One more piece of the title from word ``j``: (value, new end, whether a portfolio)."""
    if j >= len(view.words) or view.sents[j] != cue.sent:
        return None
    if view.vocab.remit_starts.match_at(view.words, j) is not None:
        end = remit_end(view, j)
        return (f"{value} {_written(view, j, end)}", end, False) if end > j else None
    superior = _superior(view, j)
    if superior is not None:
        return f"{value} {_written(view, j, superior)}", superior, False
    portfolio = value.startswith(view.vocab.portfolio_heads)
    if view.vocab.portfolio_links:
        end = _linked_portfolio(view, j) if portfolio else j
    else:
        end = _genitive_tail(view, j, coordinated=portfolio)
    if end > j:
        return f"{value} {_written(view, j, end)}", end, value.startswith(view.vocab.portfolio_heads)
    return None


def remit_end(view: TextView, j: int) -> int:
    """End of a remit opening at word ``j`` ("по социальным вопросам", "с ресор „...“"), or ``j``."""
    remit = view.vocab.remit_starts.match_at(view.words, j)
    after = j + len(remit.words) if remit is not None else j
    if remit is None or after >= len(view.words) or view.words[after] in _NOT_REMITS:
        return j
    end = quoted_end(view, after) or _lowercase_run(view, after, MAX_REMIT_WORDS, stops=False)
    return end if end > after else j


def _superior(view: TextView, j: int) -> int | None:
    """End of a title the title serves, written after it ("советник губернатора", "на министъра")."""
    links = view.vocab.portfolio_links
    k = j + 1 if links and view.words[j] in links else j
    if k == j and links:
        return None
    if k >= len(view.words) or not _lowercase(view, k):
        return None
    match = view.vocab.positions.match_at(view.words, k)
    if match is None:
        return None
    end = k + len(match.words)
    if links:  # its own portfolio: "на министъра на труда и социалната политика"
        end = _linked_portfolio(view, end)
    return end


def _linked_portfolio(view: TextView, j: int) -> int:
    """End of a portfolio after a link word ("на външните работи"), or ``j`` if none."""
    words = view.words
    if j + 1 >= len(words) or words[j] not in view.vocab.portfolio_links:
        return j
    if not _lowercase(view, j + 1) or _stopped(view, j + 1):
        return j
    return _lowercase_run(view, j + 1, MAX_PORTFOLIO_WORDS, stops=True)


def _lowercase_run(view: TextView, j: int, limit: int, *, stops: bool) -> int:
    """End of the lower-case words from ``j`` (with "и" and commas between), in one sentence."""
    end = k = j
    sent = view.sents[j] if j < len(view.words) else -1
    links = view.vocab.portfolio_links | view.vocab.body_links
    while k < len(view.words) and k - j < limit and view.sents[k] == sent:
        word = view.words[k]
        if word in links and k + 1 < len(view.words) and _body_or_place(view, k + 1):
            break  # "... въпроси | на град Тернопол": where, not the remit
        if word in view.vocab.location_preps and _body_ahead(view, k + 1):
            break  # "по български език | в местното училище": where the person works
        if word in _CONNECTORS or word in links or word in view.vocab.origin_preps:
            # Part of the run only with a word after it ("по политология | от Оксфорд").
            if not _run_goes_on(view, k + 1):
                break
            k += 1
            continue
        if not _lowercase(view, k) or (stops and _stopped(view, k)):
            break
        k += 1
        end = k
    return _list_end(view, j, end)


def _list_end(view: TextView, j: int, end: int) -> int:
    """The end of a run from ``j`` whose commas list the parts of one remit: each piece after a
    comma leads to an "и" ("по икономиката, туризма и културата"). A comma that does not closes
    the apposition the title stands in: "Анна Петрова, заместник-кмет по културата, посрещна
    гостите", "..., комисар по здравеопазването, заяви, че ..."."""
    words = view.words
    for k in range(end - 1, j - 1, -1):
        if words[k] != ",":
            continue
        piece = words[k + 1 : end]
        if "и" not in piece or any(w in _CLAUSE_OPENERS for w in piece):
            end = k
    return end


# Russian parts of speech that go on with a remit or portfolio after "и" or a comma.
_RU_RUN_WORDS = frozenset({"NOUN", "ADJF", "PRTF"})


def _run_goes_on(view: TextView, k: int) -> bool:
    """Whether word ``k``, after "и" or a comma, goes on with the run: in Russian not a verb, a
    gerund or a conjunction ("по курильской проблеме, | заявив, что ..." ends the remit)."""
    if view.vocab_lang != "ru" or k >= len(view.words):
        return True
    return part_of_speech(view.words[k]) in _RU_RUN_WORDS


# How far after "в" a body noun makes the rest a workplace, not a remit ("в местното училище").
MAX_BODY_LOOKAHEAD = 3


def _body_ahead(view: TextView, k: int) -> bool:
    """Whether a body noun follows word ``k`` within a few lower-case words."""
    for m in range(k, min(k + MAX_BODY_LOOKAHEAD, len(view.words))):
        if not _lowercase(view, m):
            return False
        if _stopped(view, m):
            return True
    return False


_OPEN_QUOTES = ("«", "„", '"', "“")
_CLOSE_QUOTES = ("»", "“", "”", '"')


def quoted_end(view: TextView, j: int) -> int:
    """End of a quoted name opening at word ``j`` ("с ресор „Хуманитарни дейности“"), or 0."""
    if not view.text[view.starts[j]].startswith(_OPEN_QUOTES):
        return 0
    for k in range(j, min(j + MAX_REMIT_WORDS, len(view.words))):
        if view.sents[k] != view.sents[j]:
            break
        if view.text[view.ends[k] - 1] in _CLOSE_QUOTES and (k > j or view.ends[k] - view.starts[k] > 1):
            return k + 1
    return 0


def _genitive_tail(view: TextView, j: int, *, coordinated: bool = False) -> int:
    """End of the genitive words after a Russian title ("сельского хозяйства"), or ``j``.

    Adjectives count only with the noun they qualify: a body's name after them
    ("краеведческого музея") ends the tail before its adjectives. A portfolio may
    join nouns ("труда, занятости и социальной защиты"); another title ends it.
    """
    end = k = j
    after_adjective = False
    limit = MAX_PORTFOLIO_WORDS if coordinated else MAX_TAIL_WORDS
    while k < len(view.words) and k - j < limit:
        word = view.words[k]
        if coordinated and word in _CONNECTORS and k > j and k + 1 < len(view.words):
            if not _lowercase(view, k + 1) or view.vocab.positions.match_at(view.words, k + 1):
                break
            k += 1
            continue
        if not _lowercase(view, k):
            break
        pos = part_of_speech(word)
        if pos not in ("NOUN", "ADJF", "PRTF") or _stopped(view, k):
            break  # a verb: the sentence goes on ("министр рассказала ...")
        if pos != "NOUN" and word.endswith(_RU_GEN_ADJ):
            after_adjective = True
        elif after_adjective or word.endswith(_RU_GEN_NOUN):
            after_adjective = False
            end = k + 1
        else:
            break
        k += 1
    return end


def _ministry(view: TextView, cue: Cue, portfolio: tuple[int, int] | None) -> Span | None:
    """The ministry a minister's portfolio names ("министр культуры" -> "министерство культуры")."""
    if portfolio is None:
        return None
    first, last = portfolio
    # A ministry that takes no part in the visit is the minister's organization only (a BODY).
    label = "ORG" if view.vocab.portfolio_body_takes_part else BODY
    for key, noun in view.vocab.position_org_nouns:
        if any(word.startswith(key) for word in cue.value.split()):
            start, end = view.starts[first], view.ends[last - 1]
            return char_span(view.doc, start, end, label, f"{noun} {view.text[start:end]}")
    return None


def _written(view: TextView, first: int, last: int) -> str:
    return " ".join(view.text[view.starts[first] : view.ends[last - 1]].split())


def _lowercase(view: TextView, k: int) -> bool:
    """A lower-case word of letters (hyphens allowed) outside any entity."""
    word = view.text[view.starts[k] : view.ends[k]]
    return word.replace("-", "").isalpha() and word.islower() and k not in view.ent_of_word


def _stopped(view: TextView, k: int) -> bool:
    return view.words[k].startswith(view.vocab.tail_stops)

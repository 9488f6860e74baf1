"""The word lists visit assembly needs, one instance per language.

Phrases are written as space-separated word patterns: a pattern ending in
``*`` matches any word starting with it ("посетил*" matches посетила,
посетили), any other pattern matches the word exactly (case-insensitive).
Each language fills a :class:`VisitVocabulary` in ``lang/<code>/words.py``;
the extractors only ever see this shape.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache


@dataclass(frozen=True)
class Phrase:
    """A compiled word pattern: ``words[i]`` is (text, is_prefix)."""

    source: str
    words: tuple[tuple[str, bool], ...]
    value: str

    @classmethod
    def compile(cls, source: str, value: str | None = None) -> Phrase:
        words = tuple((w.rstrip("*").lower(), w.endswith("*")) for w in source.split())
        return cls(source, words, value if value is not None else source)

    def match_at(self, words: Sequence[str], i: int) -> bool:
        """Whether the phrase matches the lower-cased ``words`` starting at ``i``."""
        if i + len(self.words) > len(words):
            return False
        return _words_match(self.words, words, i)

    def rest_matches(self, words: Sequence[str], i: int) -> bool:
        """:meth:`match_at` for a phrase whose first word is known to match ``words[i]``."""
        pattern = self.words
        if len(pattern) == 1:
            return True
        if i + len(pattern) > len(words):
            return False
        return _words_match(pattern, words, i, 1)


def _words_match(pattern: tuple[tuple[str, bool], ...], words: Sequence[str], i: int, skip: int = 0) -> bool:
    """Whether ``words[i + k]`` matches ``pattern[k]`` for every k from ``skip`` on (all in range)."""
    for k in range(skip, len(pattern)):
        text, prefix = pattern[k]
        word = words[i + k]
        if not (word.startswith(text) if prefix else word == text):
            return False
    return True


@dataclass(frozen=True)
class PhraseSet:
    """Phrases indexed by their first word's first letters, for fast scanning."""

    phrases: tuple[Phrase, ...]
    _index: dict[str, tuple[Phrase, ...]] = field(default_factory=dict, compare=False, repr=False)
    # Memo of starting_with(): word -> the phrases it can start.
    _first: dict[str, tuple[Phrase, ...]] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, items: Sequence[str | tuple[str, str]]) -> PhraseSet:
        compiled = [Phrase.compile(i) if isinstance(i, str) else Phrase.compile(*i) for i in items]
        # Tokenizers differ on "заместник-кмета": one token, or three with the hyphen alone.
        compiled += [
            Phrase.compile(p.source.replace("-", " - "), p.value)
            for p in compiled
            if any("-" in w.strip("-") for w, _ in p.words)
        ]
        # Longest first, so a scan takes "первый заместитель министра" over "министра".
        compiled.sort(key=lambda p: (-len(p.words), -sum(len(w) for w, _ in p.words)))
        index: dict[str, list[Phrase]] = {}
        for p in compiled:
            index.setdefault(p.words[0][0][:2], []).append(p)
        return cls(tuple(compiled), {k: tuple(v) for k, v in index.items()})

    def match_at(self, words: Sequence[str], i: int) -> Phrase | None:
        """The longest phrase matching at ``i``, if any."""
        word = words[i]
        phrases = self._first.get(word)
        if phrases is None:
            phrases = self.starting_with(word)
        for p in phrases:
            if p.rest_matches(words, i):
                return p
        return None

    def starting_with(self, word: str) -> tuple[Phrase, ...]:
        """The phrases whose first word matches ``word``, in scan order (memoized per word)."""
        found = self._first.get(word)
        if found is None:
            if len(self._first) >= _FIRST_WORDS_MAX:
                self._first.clear()
            found = self._first[word] = tuple(
                p
                for p in self._index.get(word[:2], ())
                if (word.startswith(p.words[0][0]) if p.words[0][1] else word == p.words[0][0])
            )
        return found

    def find(self, words: Sequence[str], by_key: WordIndex | None = None) -> list[tuple[int, int, Phrase]]:
        """Non-overlapping matches as (first word, end word, phrase), left to right.

        ``by_key`` is ``index_words(words)``, if the caller keeps one for several phrase sets.
        """
        if by_key is None:
            by_key = index_words(words)
        # Only the words that start a phrase are tried: found through the two indexes.
        first = self._first
        # Start word index -> the phrases its word can start.
        starts: dict[int, tuple[Phrase, ...]] = {}
        for key in self._index.keys() & by_key.keys():
            for word, positions in by_key[key].items():
                phrases = first.get(word)
                if phrases is None:
                    phrases = self.starting_with(word)
                if phrases:
                    starts.update(dict.fromkeys(positions, phrases))
        out = []
        next_free = 0
        n_words = len(words)
        for i in sorted(starts):
            if i < next_free:
                continue
            for p in starts[i]:
                # p.rest_matches(words, i), written out: this loop is most of the cue search.
                pattern = p.words
                end = i + len(pattern)
                if end > n_words:
                    continue
                for k in range(i + 1, end):
                    text, prefix = pattern[k - i]
                    word = words[k]
                    if not (word.startswith(text) if prefix else word == text):
                        break
                else:
                    out.append((i, end, p))
                    next_free = end
                    break
        return out


# Words by their first two letters (the key of PhraseSet's index), then their indices.
WordIndex = Mapping[str, Mapping[str, Sequence[int]]]
_FIRST_WORDS_MAX = 20_000  # memoized words per phrase set (a few MB at most)


def index_words(words: Sequence[str]) -> dict[str, dict[str, list[int]]]:
    """The indices of ``words`` by first two letters and word, for :meth:`PhraseSet.find`."""
    by_word: dict[str, list[int]] = {}
    for i, word in enumerate(words):
        positions = by_word.get(word)
        if positions is None:
            by_word[word] = [i]
        else:
            positions.append(i)
    by_key: dict[str, dict[str, list[int]]] = {}
    for word, positions in by_word.items():
        key = word[:2]
        group = by_key.get(key)
        if group is None:
            by_key[key] = {word: positions}
        else:
            group[word] = positions
    return by_key


@dataclass(frozen=True)
class VisitVocabulary:
    """What a language contributes to visit assembly."""

    # A sentence with one of these reports a visit.
    triggers: PhraseSet
    # Words that say the institutions after them were visited or shown.
    visited_cues: PhraseSet
    # Verbs and phrases whose person is on the receiving side ("принимала", "по покана на").
    host_cues: PhraseSet
    # Nouns for the visiting party ("делегация", "гости"): places after "from" them are guests.
    guest_nouns: PhraseSet
    # Verbs/phrases that say the people near them lead or belong to the visiting party.
    guest_cues: PhraseSet
    # Prepositions of origin ("из", "от") and of location ("в", "во").
    origin_preps: frozenset[str]
    location_preps: frozenset[str]
    # Position titles: pattern -> nominative title.
    positions: PhraseSet
    # Honorifics written before names and left out of them ("д-р", "г-жа").
    titles: frozenset[str]
    # Words that link a position to its organization ("на" in "управител на ...").
    org_links: frozenset[str]
    # Context that marks a date as not the visit's ("прошлого года", "подписано").
    date_distractors: PhraseSet
    # Weaker signs of a visit than ``triggers`` ("проверка на обекта", "на откриването").
    weak_triggers: PhraseSet = field(default_factory=lambda: PhraseSet.of([]))
    # Frames that undo the visit words of their sentence ("отменил поездку", "по видеосвязи").
    cancel_frames: PhraseSet = field(default_factory=lambda: PhraseSet.of([]))
    # Frames of articles about something else (a decree, an appointment, statistics).
    topic_frames: PhraseSet = field(default_factory=lambda: PhraseSet.of([]))
    # Verbs saying an event took place ("состоялась", "се състоя"): no sign of a visit, but
    # their sentence may give its date.
    occurrence_cues: PhraseSet = field(default_factory=lambda: PhraseSet.of([]))
    # Verbs of arriving ("прибыл", "пристигна"): a stay starts, its end may be left open.
    arrival_cues: PhraseSet = field(default_factory=lambda: PhraseSet.of([]))
    # A person's biography ("родился в Омске", "завършил във Варна"): its places are no places of the
    # visit unless the sentence reports the visit too.
    biography_cues: PhraseSet = field(default_factory=lambda: PhraseSet.of([]))
    # A visit going on as the article is written ("сейчас находится", "в момента е на посещение"):
    # the publication day is one of its days.
    present_cues: PhraseSet = field(default_factory=lambda: PhraseSet.of([]))
    # Conjunctions and semicolons written right before the date of a second visit reported in the
    # same sentence ("посети Бургас, а на 26 май – Варна"): the clause of that visit starts there.
    clause_leads: PhraseSet = field(default_factory=lambda: PhraseSet.of([]))
    # Words before a date that make it a deadline, not the visit's day ("к 1 сентября").
    deadline_words: frozenset[str] = frozenset()
    # Thanks to the hosts ("поблагодарили"): people/places thanked are hosts.
    thanks_cues: PhraseSet = field(default_factory=lambda: PhraseSet.of([]))
    # A position whose last word starts with a key heads the organization noun given
    # ("заместитель министра труда ..." -> "министерство труда ...").
    position_org_nouns: tuple[tuple[str, str], ...] = ()
    # Whether a ministry only a minister's portfolio names ("министр культуры") is an institution
    # of the visit, or only the minister's organization: Russian reports list the ministry of a
    # visiting minister among the participants, Bulgarian ones name the minister alone.
    portfolio_body_takes_part: bool = True
    # Abbreviated legal forms written beside a company's quoted name ("„Х“ ЕАД", "ООО «Х»").
    legal_forms: frozenset[str] = frozenset()
    # Words that say only what kind of body something is ("община", "ДГ"): an ORG mention of one
    # such word alone names no institution (casefolded).
    bare_kinds: frozenset[str] = frozenset()
    # Organizations that are never an institution of a visit (casefolded names): unions of states,
    # which are where things happen ("в рамките на ЕС"), and political parties, which are a
    # deputy's affiliation ("депутатът от ГЕРБ").
    non_institutions: frozenset[str] = frozenset()
    # Nouns of events the NER takes for organizations ("Фестивал на виното", "Световен ден на
    # здравето") and of parties ("Лейбъристка партия"): a name with one among its first two
    # words is no institution.
    non_institution_nouns: frozenset[str] = frozenset()
    # Whether a body whose official receives the guests is the place visited when they went to no
    # facility ("Гостите бяха посрещнати от кмета на Община Х" in a visit to the municipality).
    host_body_visited: bool = False
    # Nouns of a kind of place before its name ("в местността „Х“", "на ул. „Х“"): the name after
    # one is a place, not an organization.
    place_kind_nouns: frozenset[str] = frozenset()
    # Definite generic nouns a visiting cue may name a facility by after it was named ("посети
    # болницата", "инспектира забавачката"); the value is the head stem it refers back to, or ""
    # for any facility ("детското заведение").
    facility_anaphors: PhraseSet = field(default_factory=lambda: PhraseSet.of([]))
    # Nouns that point back to an organization just named ("управител на услугата").
    org_anaphors: frozenset[str] = frozenset()
    # Words before an organization that make it a provider or organizer, not a place visited.
    affiliation_cues: PhraseSet = field(default_factory=lambda: PhraseSet.of([]))
    # Endings of surnames in the nominative ("-ова", "-ски"): a name the NER missed after a
    # position must end in one.
    surname_endings: tuple[str, ...] = ()
    # Capitalized common nouns a NER takes for a one-word person ("Домакин" opening a headline).
    non_names: frozenset[str] = frozenset()
    # Stems of public bodies ("министерств", "община"): where officials come from, not
    # facilities a visit tours.
    body_heads: tuple[str, ...] = ()
    # Body nouns written capitalized in a body's name, whatever the mention ("гръцката община
    # Кавала" is Община Кавала).
    capitalized_bodies: frozenset[str] = frozenset()
    # Mountains and historical regions (base forms, case-folded) that a municipality or a
    # village is also named after: a bare mention is the mountain, no subdivision ("Родопите").
    natural_regions: frozenset[str] = frozenset()
    # Nouns after a place adjective that make it a district's name ("Волжского района").
    district_nouns: frozenset[str] = frozenset()
    # Heads of organization names in the genitive -> nominative, to name the organization
    # a unit belongs to ("отдел ... министерства труда" -> "министерство труда").
    org_head_forms: dict[str, str] = field(default_factory=dict)
    # Units inside an organization that belong to the position ("началник на отдел ...",
    # "консультант отдела ..."): words that may follow the position to start one.
    subunit_starts: PhraseSet = field(default_factory=lambda: PhraseSet.of([]))
    # -- full titles (see visitparse.extract.titles) --
    # Titles that take a portfolio after them ("министр сельского хозяйства", "министър на
    # образованието"): the base forms they start with.
    portfolio_heads: tuple[str, ...] = ()
    # Envoys whose title names where they serve ("посол России в Беларуси", "полпред президента в
    # Уральском федеральном округе"): base forms they start with, the prepositions of the post and
    # the lower-case words a post's name may hold.
    envoy_heads: tuple[str, ...] = ()
    post_preps: frozenset[str] = frozenset()
    post_words: frozenset[str] = frozenset()
    # Words that link a title to its portfolio or superior ("на" in "съветник на министъра").
    portfolio_links: frozenset[str] = frozenset()
    # Phrases that open a title's remit ("по социальной политике", "с ресор ..."): part of it.
    remit_starts: PhraseSet = field(default_factory=lambda: PhraseSet.of([]))
    # Stems of the heads of bodies whose deputies hold a remit written after the body's name
    # ("заместитель главы администрации города | по социальным вопросам"); a remit after another
    # body names that body ("Департамент ... по социальному развитию").
    remit_bodies: tuple[str, ...] = ()
    # Stems of nouns that name a body or facility: a title's tail stops before them, since
    # the body is the organization ("директор | краеведческого музея").
    tail_stops: tuple[str, ...] = ()
    # Acting marks written before a title, which keep it in the case they govern ("врио главы").
    acting_marks: PhraseSet = field(default_factory=lambda: PhraseSet.of([]))
    # "First" before a title ("первого заместителя"): pattern -> base form.
    first_marks: PhraseSet = field(default_factory=lambda: PhraseSet.of([]))
    # Titles of a place's head -> the body the place names ("кмет на Шабла" -> "Община Шабла").
    place_bodies: dict[str, str] = field(default_factory=dict)
    # Endings of a plural title ("представители", "депутаты"): the title of every name listed after it.
    plural_endings: tuple[str, ...] = ()
    # Words after a title that open the body it names, written without an entity ("на", "към").
    body_links: frozenset[str] = frozenset()
    # Possessives before a title that point back to an organization ("неговия директор").
    possessives: frozenset[str] = frozenset()
    # Titles of elected members whose party, quoted after the name, is their organization.
    party_titles: tuple[str, ...] = ()
    # Units whose name opens an organization's ("комитет", "комиссия"): part of the title.
    unit_nouns: tuple[str, ...] = ()
    # Short names of bodies written out in an official's organization ("Заксобрание" ->
    # "Законодательное собрание"), casefolded first word -> the full words.
    short_bodies: dict[str, str] = field(default_factory=dict)
    # Phrases after which the people named are members of a delegation ("в составе делегации"):
    # the delegation's body is theirs.
    membership_cues: PhraseSet = field(default_factory=lambda: PhraseSet.of([]))
    # Short names of ministries -> the portfolio they stand for ("минсельхоз" -> "сельского хозяйства").
    ministry_short_names: dict[str, str] = field(default_factory=dict)
    # Ranks worn before a name ("комисар", "полковник"): an office written before the rank wins.
    rank_titles: frozenset[str] = frozenset()
    # Committees that are bodies of their own when no body is named above them ("председатель
    # комитета по дорожному хозяйству": the committee is the organization).
    committee_nouns: tuple[str, ...] = ()
    # Titles that name a role in the visit rather than an office ("ръководител"): an office written
    # after the name wins over them.
    role_titles: frozenset[str] = frozenset()
    # Phrases that put a delegation's body under the person after them ("во главе с").
    led_by: PhraseSet = field(default_factory=lambda: PhraseSet.of([]))
    # Phrases after which the people listed in the sentence belong to the visiting party
    # ("в составе делегации", "начело с").
    delegation_cues: PhraseSet = field(default_factory=lambda: PhraseSet.of([]))
    # Verbs whose subject leads the visiting party ("возглавил", "води").
    lead_verbs: PhraseSet = field(default_factory=lambda: PhraseSet.of([]))
    # Phrases after which the people named share the side of the one they go with ("заедно с").
    companion_cues: PhraseSet = field(default_factory=lambda: PhraseSet.of([]))
    # Host verbs of escorting: the escort's own facility is not thereby a place visited
    # ("Гостей сопровождала директор центра X").
    escort_cues: PhraseSet = field(default_factory=lambda: PhraseSet.of([]))
    # Words that join the next person to a list ("и", "както и", "а также").
    list_joiners: frozenset[str] = frozenset({",", "и"})
    # Personal pronouns: a subject of its own between a name and a verb ("... с X он побывал").
    pronouns: frozenset[str] = frozenset()
    # Verbs whose subject is a visitor ("посетил", "пристигна", "присъства").
    visitor_verbs: PhraseSet = field(default_factory=lambda: PhraseSet.of([]))
    # Verbs of attending: their subject written before them is a visitor ("X присъства на
    # откриването"); a list after them names everyone present, the hosts too.
    attendance_verbs: PhraseSet = field(default_factory=lambda: PhraseSet.of([]))
    # Nouns of a visit whose genitive is the visitor ("визит министра X", "посещение на кмета X").
    visit_nouns: PhraseSet = field(default_factory=lambda: PhraseSet.of([]))
    # A visit named as the subject's own ("по време на посещението си в Русе"): the subject of its
    # clause is the visitor.
    own_visit_nouns: PhraseSet = field(default_factory=lambda: PhraseSet.of([]))
    # Forms of the visiting party's nouns that are objects, not a label of the name after them
    # ("гостям рассказала директор X").
    object_forms: frozenset[str] = frozenset()
    # Prepositions that make the name after them an object, not a subject ("с", "у", "за").
    object_preps: frozenset[str] = frozenset()
    # Words that open a clause about someone else ("который", "където").
    clause_openers: frozenset[str] = frozenset()
    # Relative pronouns that stand for the subject named before them ("X, който пристигна в ..."):
    # the verb of their clause is X's.
    subject_relatives: frozenset[str] = frozenset()
    # Words of meeting someone ("встреча", "срещна") and the preposition of whom ("с").
    meeting_words: PhraseSet = field(default_factory=lambda: PhraseSet.of([]))
    with_preps: frozenset[str] = frozenset()
    # Look-alikes of host cues that receive no one ("принял участие", "встретился с").
    not_receiving: PhraseSet = field(default_factory=lambda: PhraseSet.of([]))
    # Words in a title or body that make it national ("РФ", "федеральный", "Народно събрание").
    national_words: PhraseSet = field(default_factory=lambda: PhraseSet.of([]))
    # Words right before an organization that make it the article's source, not a participant
    # ("сообщает ИА ...", "как сообщили в правительстве", "Фото:").
    reporter_cues: PhraseSet = field(default_factory=lambda: PhraseSet.of([]))
    # Words right before an organization that only mention it, as the reporter cues do: where
    # someone studied or worked, the parties to an agreement a visit is held under, the target
    # of sanctions, the author of a study ("училась в", "соглашения между", "анализ на").
    mention_cues: PhraseSet = field(default_factory=lambda: PhraseSet.of([]))
    # Words of names that are news media, press offices or sites ("ИА", "агентство информации").
    media_names: PhraseSet = field(default_factory=lambda: PhraseSet.of([]))
    # Stems of place adjectives that only refer back to a body named in full ("региональное
    # правительство" after "правительство Пензенской области").
    generic_modifiers: tuple[str, ...] = ()
    # Verbs of an event taking place, right after "в <ORG>": the ORG is where the visit was.
    venue_verbs: PhraseSet = field(default_factory=lambda: PhraseSet.of([]))
    # Meeting words: an ORG after them is the people met, not a place the visitors went to.
    meeting_cues: PhraseSet = field(default_factory=lambda: PhraseSet.of([]))
    # Plural place nouns after coordinated place adjectives -> their singular ("районов" ->
    # "района"): "КЦСОН Качугского и Жигаловского районов" names one institution per district.
    plural_place_nouns: dict[str, str] = field(default_factory=dict)
    # Words right before an organization that put the visitors inside it ("бяха в", "на посещение
    # в", "гостуваха на", "в сградата на"): it is visited, a body as well.
    presence_cues: PhraseSet = field(default_factory=lambda: PhraseSet.of([]))
    # Prepositions of standing before a building ("цветя пред паметника", "брифинг пред болницата"):
    # a facility after one is visited; a body is not ("отчет пред Общинския съвет").
    front_preps: frozenset[str] = frozenset()


@cache
def get_vocabulary(lang: str) -> VisitVocabulary:
    """The :class:`VisitVocabulary` of ``lang`` (``visitparse.lang.<lang>.words.WORDS``)."""
    module = importlib.import_module(f"visitparse.lang.{lang}.words")
    vocab: VisitVocabulary = module.WORDS
    return vocab

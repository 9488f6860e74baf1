"""The Russian annotator: natasha for tokens, morphology and NER, plus our rules.

natasha gives the base layer: razdel segmentation, slovnet NER, and pymorphy2
(through ``MorphVocab``) for each word's likeliest reading, narrowed by the
case a preceding preposition governs. natasha's contextual morphology tagger
costs about three times its NER, so it runs only with
``RussianAnnotator(contextual_morphology=True)``. On top of that:

* institution names are grown to whole spans (:mod:`.institutions`) and win
  over the pieces natasha cut them into; an organization takes a place or
  body in the genitive right after it ("Национальный банк Украины") and the
  relational adjectives before it ("японского МИДа");
* natasha's spans lose quotes, bullets and sentence-initial common words at
  their edges (both FactRuEval and SlavicNER leave a quoted name's quotes
  outside the mention);
* person spans take their initials along and lose place adjectives
  (:mod:`.persons`);
* every mention gets a nominative base form (:mod:`.lemma`).

The result is the shared document shape of :mod:`visitparse.document`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from typing import Any

from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from visitparse.document import NESTED, char_span, doc_from_offsets, set_entities
from visitparse.lang import MAX_LEXEMES
from visitparse.lang.ru.entity_words import (
    NEVER_NAME_TAILS,
    NOT_ENTITIES,
    ORGANIZATION_HEADS,
    ORGANIZATION_LEMMAS,
    PEOPLE_NOUNS,
    PLACE_LEMMAS,
    RELATIONAL_ADJECTIVE_ENDINGS,
)
from visitparse.lang.ru.glued import OffsetMap, glued_cuts, with_spaces
from visitparse.lang.ru.institutions import find_institutions, not_an_organization, without_owned_quote
from visitparse.lang.ru.lemma import MentionLemmatizer
from visitparse.lang.ru.lemma_words import PREPOSITION_CASES
from visitparse.lang.ru.persons import extend_with_initials, is_place_adjective
from visitparse.lang.ru.tokens import RuToken

LABELS = ("PER", "ORG", "LOC")
FUNCTION_WORD_TAGS = frozenset({"SCONJ", "PRON", "DET"})
OPENING = frozenset('«„"“')
CLOSING = frozenset('»“"”')
# Words after which a dictionary place name is part of a title ("Патриарх Московский и всея Руси").
NOT_BEFORE_PLACES = frozenset({"всея"})
# List separators no name contains: natasha runs "Монако • Намибия" together into one place.
SEPARATORS = frozenset("•·▪●■|")


# Character spans (start, stop, label) of the names in each text of a batch.
NameFinder = Callable[[list[str]], list[list[tuple[int, int, str]]]]


@dataclass
class _Natasha:
    """natasha's models, loaded once per process."""

    segmenter: Any
    ner_tagger: Any
    morph_vocab: Any
    embedding: Any
    morph_tagger: Any = None  # loaded only for the slower contextual-morphology mode


_models: _Natasha | None = None
_lock = threading.Lock()


def _natasha(contextual_morphology: bool = False) -> _Natasha:
    global _models
    with _lock:
        if _models is None:
            from natasha import MorphVocab, NewsEmbedding, NewsNERTagger, Segmenter

            emb = NewsEmbedding()
            _models = _Natasha(Segmenter(), NewsNERTagger(emb), MorphVocab(), emb)
            _untrack_vocabularies(_models)
        if contextual_morphology and _models.morph_tagger is None:
            from natasha import NewsMorphTagger

            _models.morph_tagger = NewsMorphTagger(_models.embedding)
        return _models


def _untrack_vocabularies(models: _Natasha) -> None:
    """Turn natasha's 250,000-word vocabulary lists into tuples.

    Every full garbage collection walks a list item by item, and these three lists hold
    750,000 references: with them as tuples of strings, which leave the collector after one
    pass, a full collection takes 58 ms instead of 86. natasha only reads them by index.
    """
    try:
        places = [
            (models.embedding.vocab, "words"),
            (models.embedding.vocab, "counts"),
            (models.ner_tagger.infer.encoder.words_vocab, "items"),
        ]
    except AttributeError:  # another natasha release: leave it as it is
        return
    for holder, name in places:
        value = getattr(holder, name, None)
        if isinstance(value, list):
            setattr(holder, name, tuple(value))


@dataclass
class _Mention:
    start: int  # token index
    end: int  # token index, exclusive
    label: str


class RussianAnnotator:
    """Text -> ``Doc`` with sentences, token lemmas and PER/ORG/LOC entities with lemmas."""

    lang = "ru"

    def __init__(self, *, contextual_morphology: bool = False, names: NameFinder | None = None) -> None:
        """``contextual_morphology`` runs natasha's morphology tagger (about 3x slower than its NER)
        instead of taking each word's most likely pymorphy2 reading. ``names`` replaces natasha's
        NER as the source of name spans the rules start from (for measuring another NER)."""
        self.contextual = contextual_morphology
        self.names = names
        self.models = _natasha(contextual_morphology)
        self.vocab = Vocab()
        self.renewals = 0
        self.lemmatizer = MentionLemmatizer(self.models.morph_vocab)
        self._word_features = lru_cache(maxsize=100_000)(self._word_features_uncached)
        self._inflecting: dict[str, bool] = {}

    def __call__(self, text: str) -> Doc:
        """Annotate one text."""
        return next(self.pipe([text], batch_size=1))

    def pipe(self, texts: Iterable[str], batch_size: int = 32) -> Iterator[Doc]:
        """Annotate many texts; natasha's taggers run on whole batches."""
        it = iter(texts)
        while chunk := list(islice(it, max(1, batch_size))):
            if len(self.vocab) > MAX_LEXEMES:  # bare, no model behind it: start a new one
                self.vocab = Vocab()
                self.renewals += 1
            yield from self._annotate_batch(chunk)

    # -- pipeline ------------------------------------------------------------------

    def _annotate_batch(self, texts: list[str]) -> list[Doc]:
        from natasha import Doc as NatashaDoc

        m = self.models
        # natasha reads the texts with glued words cut apart; offsets map back to the texts.
        cuts = [glued_cuts(text, self._inflecting_word) for text in texts]
        read = [with_spaces(text, cut) if cut else text for text, cut in zip(texts, cuts, strict=True)]
        ndocs = []
        for text in read:
            ndoc = NatashaDoc(text)
            if text.strip():
                ndoc.segment(m.segmenter)
            ndocs.append(ndoc)
        markups: Iterator[Any] = iter(())
        if self.contextual:
            # Morphology of every sentence of the batch in one go.
            sents = [[t.text for t in s.tokens] for nd in ndocs if nd.sents for s in nd.sents]
            markups = iter(m.morph_tagger.map(sents)) if sents else iter(())
        out = []
        for text, cut, ndoc, found in zip(texts, cuts, ndocs, self._name_spans(read), strict=False):
            at = OffsetMap(cut) if cut else _same_offset
            tokens: list[RuToken] = []
            sent_starts: list[int] = []
            for si, sent in enumerate(ndoc.sents or []):
                sent_starts.append(at(sent.start))
                tagged = next(markups).tokens if self.contextual else None
                for k, tok in enumerate(sent.tokens):
                    pos, feats, lemma, cases = self._word_features(tok.text)
                    if tagged is not None and tagged[k].pos:
                        pos, feats = tagged[k].pos, dict(tagged[k].feats)
                        lemma = m.morph_vocab.lemmatize(tok.text, pos, feats)
                    tokens.append(
                        RuToken(at(tok.start), at(tok.stop), tok.text, pos, dict(feats), lemma, si, cases)
                    )
            if cut:
                sent_starts = _break_sentences(tokens, sent_starts, cut)
            if not self.contextual:
                self._apply_prepositions(tokens)
            spans = [(at(start), at(stop), label) for start, stop, label in found]
            out.append(self._build(text, tokens, sent_starts, spans))
        return out

    def _inflecting_word(self, word: str) -> bool:
        """A dictionary word that inflects (brands open with indeclinable stems: "авто", "медиа")."""
        found = self._inflecting.get(word)
        if found is None:
            morph = self.models.morph_vocab
            found = morph.dictionary.word_is_known(word) and "Fixd" not in morph.parse(word)[0].tag
            if len(self._inflecting) < MAX_LEXEMES:
                self._inflecting[word] = found
        return found

    def _name_spans(self, texts: list[str]) -> list[list[tuple[int, int, str]]]:
        """(start, stop, label) of the names natasha's NER (or ``self.names``) finds in each text."""
        if self.names is not None:
            return self.names(texts)
        # slovnet fails on blank texts: tag only the others.
        tagged = iter(self.models.ner_tagger.map([t for t in texts if t.strip()]))
        return [[(s.start, s.stop, s.type) for s in next(tagged).spans] if t.strip() else [] for t in texts]

    def _apply_prepositions(self, tokens: list[RuToken]) -> None:
        """Re-read the noun phrase after a preposition in a case the preposition allows."""
        for i, prep in enumerate(tokens[:-1]):
            allowed = PREPOSITION_CASES.get(prep.text.lower())
            if allowed is None:
                continue
            for tok in tokens[i + 1 : i + 6]:
                if tok.sent != prep.sent or tok.pos not in ("ADJ", "DET", "NUM", "NOUN", "PROPN"):
                    break
                self._reread(tok, allowed)
                if tok.pos in ("NOUN", "PROPN"):
                    break

    def _reread(self, tok: RuToken, allowed: frozenset[str]) -> None:
        if tok.feats.get("Case") in allowed or not tok.cases & allowed:
            tok.cases = tok.cases & allowed or tok.cases
            return
        for p in self.models.morph_vocab.parse(tok.text):
            if p.feats.get("Case") in allowed:
                propn = tok.pos == "PROPN" and p.pos == "NOUN"
                tok.pos, tok.feats = ("PROPN" if propn else p.pos), dict(p.feats)
                tok.lemma = p.normal
                break
        tok.cases = tok.cases & allowed

    def _sentence_initial_common_word(self, tokens: list[RuToken], i: int) -> bool:
        """``tokens[i]`` opens a sentence and is a dictionary word that is never a name."""
        tok = tokens[i]
        if not _is_sentence_start(tokens, i) or not tok.text.isalpha() or tok.is_upper_abbr:
            return False
        vocab = self.models.morph_vocab
        if not vocab.word_is_known(tok.text.lower()):
            return False
        names = {"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"}
        return not any(names & set(p.tag.grammemes) for p in vocab.parse(tok.text))

    def _person_or_adverb(self, tok: RuToken) -> bool:
        """A dictionary adverb ("Вчера") or common noun for people ("Исследователи", "Председатель"):
        no organization or place name starts with one."""
        if len(tok.text) < 3 or not self.models.morph_vocab.word_is_known(tok.text.lower()):
            return False
        if tok.pos == "ADV":
            return True
        if tok.pos != "NOUN" or tok.feats.get("Animacy") != "Anim":
            return False
        plural = tok.feats.get("Number") == "Plur" and tok.case == "Nom"
        return plural or tok.lemma.lower() in PEOPLE_NOUNS

    def _word_features_uncached(self, word: str) -> tuple[str, dict[str, str], str, frozenset[str]]:
        """POS, features and lemma of the likeliest pymorphy2 reading, and every possible case."""
        parses = self.models.morph_vocab.parse(word)
        if not parses:
            return "X", {}, word, frozenset()
        top = parses[0]
        cases = frozenset(c for p in parses if (c := p.feats.get("Case")))
        lemma = top.normal if top.pos not in ("PUNCT", "NUM", "X") else word
        if (
            word[:1].isupper()
            and top.pos in ("NOUN", "ADJ")
            and top.tag.POS == "NOUN"
            and ({"Name", "Surn", "Patr", "Geox", "Orgn"} & set(top.tag.grammemes))
        ):
            return "PROPN", top.feats, lemma, cases
        return top.pos, top.feats, lemma, cases

    def _build(
        self,
        text: str,
        tokens: list[RuToken],
        sent_starts: list[int],
        ner_spans: Sequence[tuple[int, int, str]],
    ) -> Doc:
        doc = doc_from_offsets(self.vocab, text, [(t.start, t.end) for t in tokens], sent_starts=sent_starts)
        doc._.lang = self.lang
        by_start = {t.start: i for i, t in enumerate(tokens)}
        by_end = {t.end: i for i, t in enumerate(tokens)}
        # Token lemmas: spaCy tokens that came from natasha tokens get natasha's lemma.
        for token in doc:
            i = by_start.get(token.idx)
            token.lemma_ = (
                tokens[i].lemma if i is not None and tokens[i].end == token.idx + len(token) else token.text
            )
        mentions, nested = self._mentions(text, tokens, ner_spans, by_start, by_end)
        set_entities(doc, self._spans(doc, text, tokens, mentions))
        doc.spans[NESTED] = self._spans(doc, text, tokens, nested)
        return doc

    def _spans(self, doc: Doc, text: str, tokens: list[RuToken], mentions: list[_Mention]) -> list[Span]:
        spans = []
        for men in mentions:
            toks = tokens[men.start : men.end]
            lemma = self.lemmatizer(text, toks, men.label)  # not doc.text: spaCy rebuilds it per call
            span = char_span(doc, toks[0].start, toks[-1].end, men.label, lemma)
            if span is not None:
                spans.append(span)
        return spans

    def _mentions(
        self,
        text: str,
        tokens: list[RuToken],
        ner_spans: Sequence[tuple[int, int, str]],
        by_start: dict[int, int],
        by_end: dict[int, int],
    ) -> tuple[list[_Mention], list[_Mention]]:
        """The document's mentions, and the names found inside them ("Китая" in "Правительство Китая")."""
        natasha: list[_Mention] = []
        for start, stop, label in ner_spans:
            i0, j0 = _token_range(tokens, start, stop, by_start, by_end)
            if i0 is None or j0 is None or label not in LABELS:
                continue
            for i, j in _between_separators(text, tokens, i0, j0, label):
                self._add_natasha_mention(tokens, i, j, label, natasha)
        person_tokens = frozenset(
            k for men in natasha if men.label == "PER" for k in range(men.start, men.end)
        )
        ours = [_Mention(x.start, x.end, "ORG") for x in find_institutions(tokens, person_tokens)]
        resolved = [_without_generic_tail(tokens, m) for m in _resolve(ours, natasha)]
        resolved = [_without_owned_quote(tokens, m) for m in resolved]
        resolved = [
            m for m in resolved if m.label != "ORG" or not not_an_organization(text, tokens, m.start, m.end)
        ]
        mentions = _with_genitive_places(tokens, resolved)
        taken = {k for m in mentions for k in range(m.start, m.end)}
        extra = self._unclaimed_places(tokens, taken) + _original_spellings(tokens, mentions, taken)
        mentions = sorted(mentions + extra, key=lambda m: m.start)
        return mentions, _nested(tokens, natasha + resolved, mentions)

    def _unclaimed_places(self, tokens: list[RuToken], taken: set[int]) -> list[_Mention]:
        """Dictionary place names natasha left out after a common noun ("чемпионата Европы");
        ``taken`` holds the token indices mentions already cover."""
        out = []
        for k in range(1, len(tokens)):
            tok, prev = tokens[k], tokens[k - 1]
            if k in taken or not tok.is_title or tok.is_upper_abbr or not tok.text.isalpha():
                continue
            if not (prev.text.isalpha() and prev.text.islower()) or prev.text in NOT_BEFORE_PLACES:
                continue
            parses = self.models.morph_vocab.parse(tok.text)
            if parses and parses[0].tag.POS == "NOUN" and "Geox" in parses[0].tag.grammemes:
                out.append(_Mention(k, k + 1, "LOC"))
        return out

    def _add_natasha_mention(
        self, tokens: list[RuToken], i: int, j: int, label: str, natasha: list[_Mention]
    ) -> None:
        """Clean up one natasha span (tokens ``i:j``) and add what is left of it to ``natasha``."""
        paren = next((k for k in range(i + 1, j) if tokens[k].text == "("), None)
        if paren is not None:
            # "Комитет защиты журналистов (КЗЖ)": the name and its bracketed short form are two mentions.
            close = next((k for k in range(paren + 1, j) if tokens[k].text == ")"), j)
            if close > paren + 1:
                natasha.append(_Mention(paren + 1, close, label))
            j = paren
        if label == "PER":
            while i < j and self._sentence_initial_common_word(tokens, i):
                i += 1  # "Христианка Асия Биби", "Адвокат": a capitalised common noun opening a sentence
            if i == j or is_place_adjective(tokens, i, j):
                return
            i, j = extend_with_initials(tokens, i, j)
        elif label == "LOC" and _is_organization(tokens[i:j]):
            label = "ORG"
        elif label == "ORG" and " ".join(t.lemma.lower() for t in tokens[i:j]) in PLACE_LEMMAS:
            label = "LOC"  # "на МКС": a space station is a place
        if label != "PER":
            while i < j and self._person_or_adverb(tokens[i]):
                i += 1  # "Исследователи Брукхейвенской национальной лаборатории", "Вчера"
        if label == "ORG":
            i = _with_relational_adjectives(tokens, i)
        i, j = _without_stray_quotes(tokens, i, j)
        i, j = _without_edge_punctuation(tokens, i, j)
        while j - i > 1 and tokens[i].pos == "ADP" and len(tokens[i].text) > 1:
            i += 1  # "Вместо Дэвиса": a sentence-initial preposition is not part of the name
        if j <= i or _not_an_entity(tokens[i:j]):
            return
        natasha.append(_Mention(i, j, label))


def _same_offset(offset: int) -> int:
    return offset


def _break_sentences(tokens: list[RuToken], sent_starts: list[int], cuts: list[int]) -> list[int]:
    """Sentences that also start at every glued cut: the cut was a line break ("...Кавказа|Министр")."""
    starts = sorted(set(sent_starts) | {t.start for t in tokens if t.start in set(cuts)})
    sent = -1
    for tok in tokens:
        while sent + 1 < len(starts) and starts[sent + 1] <= tok.start:
            sent += 1
        tok.sent = max(sent, 0)
    return starts


def _between_separators(
    text: str, tokens: list[RuToken], i: int, j: int, label: str
) -> list[tuple[int, int]]:
    """Token ranges of ``i:j`` split at list separators ("Монако • Намибия" -> two), a person's at
    commas too ("Овечкин, Фёдоров"), and at sentence and paragraph ends ("на Землю\n\nВсе")."""
    separators = SEPARATORS | {","} if label == "PER" else SEPARATORS
    pieces: list[tuple[int, int]] = []
    start = i
    for k in range(i, j + 1):
        if k == j or tokens[k].text in separators:
            pieces.append((start, k))
            start = k + 1
        elif k > start and (
            tokens[k].sent != tokens[k - 1].sent or text.count("\n", tokens[k - 1].end, tokens[k].start) > 1
        ):
            pieces.append((start, k))
            start = k
    return [(a, b) for a, b in pieces if b > a]


def _is_sentence_start(tokens: list[RuToken], i: int) -> bool:
    return i == 0 or tokens[i - 1].sent != tokens[i].sent or tokens[i - 1].text in '«"—–-:'


def _with_relational_adjectives(tokens: list[RuToken], i: int) -> int:
    """Start of an organization name grown over the lower-case relational adjectives before it
    ("японского МИДа", "британский Кабмин") when they can agree in case with its first word."""
    first = tokens[i]
    if not any("а" <= c.lower() <= "я" for c in first.text):
        return i  # a Latin name ("ирландская Ryanair") is named without its descriptors
    while i > 0:
        adj = tokens[i - 1]
        if adj.sent != first.sent or adj.is_title or adj.pos != "ADJ":
            break
        if not adj.text.lower().endswith(RELATIONAL_ADJECTIVE_ENDINGS):
            break
        cases = adj.cases | ({adj.case} if adj.case else set())
        if first.cases and cases and not cases & (first.cases | ({first.case} if first.case else set())):
            break
        i -= 1
    return i


def _token_range(
    tokens: list[RuToken], start: int, stop: int, by_start: dict[int, int], by_end: dict[int, int]
) -> tuple[int | None, int | None]:
    i = by_start.get(start)
    j = by_end.get(stop)
    if i is None or j is None:
        # natasha's NER tokenizes on its own; snap to the tokens that overlap the span.
        idx = [k for k, t in enumerate(tokens) if t.start < stop and t.end > start]
        if not idx:
            return None, None
        return idx[0], idx[-1] + 1
    return i, j + 1


def _is_organization(toks: list[RuToken]) -> bool:
    """A "place" that is a union of states or an international body ("ЕС", "Евросоюза")."""
    lemmas = [t.lemma.lower() for t in toks if t.text.isalpha()]
    if not lemmas:
        return False
    if " ".join(lemmas) in ORGANIZATION_LEMMAS:
        return True
    return len(lemmas) == 1 and (
        lemmas[0] in ORGANIZATION_HEADS or toks[0].text.lower() in ORGANIZATION_HEADS
    )


def _without_stray_quotes(tokens: list[RuToken], i: int, j: int) -> tuple[int, int]:
    """A span without the quotes at its edges: both corpora leave a quoted name's quotes outside
    («Газпром» -> Газпром), and natasha sometimes takes one quote along ("Техрик-э-Лабаик Пакистан\")."""
    while i < j and tokens[i].text in OPENING | CLOSING and not _closes_inside(tokens, i, j):
        i += 1
    while j > i and tokens[j - 1].text in OPENING | CLOSING and not _opens_inside(tokens, i, j - 1):
        j -= 1
    return i, j


def _without_edge_punctuation(tokens: list[RuToken], i: int, j: int) -> tuple[int, int]:
    """A span without bullets or dashes at its edges ("• Коста Рика"); quotes and dots stay."""
    keep = OPENING | CLOSING | {"."}
    while i < j and not any(c.isalnum() for c in tokens[i].text) and tokens[i].text not in keep:
        i += 1
    while j > i and not any(c.isalnum() for c in tokens[j - 1].text) and tokens[j - 1].text not in keep:
        j -= 1
    if j > i and tokens[j - 1].text == ")" and not any(t.text == "(" for t in tokens[i : j - 1]):
        j -= 1  # "Serum Institute of India)": the bracket closes around the name
    return i, j


def _closes_inside(tokens: list[RuToken], i: int, j: int) -> bool:
    """The opening quote at ``i`` is closed before ``j`` by something other than the span's last token."""
    return any(t.text in CLOSING for t in tokens[i + 1 : j - 1])


def _opens_inside(tokens: list[RuToken], i: int, k: int) -> bool:
    """The closing quote at ``k`` closes a quote opened inside the span (after its first token)."""
    return any(t.text in OPENING for t in tokens[i + 1 : k])


def _not_an_entity(toks: list[RuToken]) -> bool:
    """Common abbreviations and disease or event names natasha tags as organizations ("СМИ")."""
    if toks[0].pos in FUNCTION_WORD_TAGS and len(toks[0].text) > 1:  # not an initial ("И. Петров")
        return True  # "Если Вы ...": a name does not start with "если" or "вы"
    return "".join(t.text for t in toks).lower() in NOT_ENTITIES


def _resolve(ours: list[_Mention], natasha: list[_Mention]) -> list[_Mention]:
    """Our institution spans win over natasha spans they overlap, unless a natasha span contains them."""
    chosen: list[_Mention] = []
    for men in ours:
        container = next(
            (
                n
                for n in natasha
                if n.label == "ORG"
                and n.start <= men.start
                and men.end <= n.end
                and (n.end - n.start) > (men.end - men.start)
            ),
            None,
        )
        if container is None:
            # "Министерства здравоохранения Республики | Башкортостан": a place or body that our tail
            # runs into is taken whole.
            end = max(
                (
                    n.end
                    for n in natasha
                    if n.label in ("LOC", "ORG") and men.start < n.start < men.end < n.end
                ),
                default=men.end,
            )
            men = _Mention(men.start, end, men.label)
        chosen.append(container or men)
    taken = {k for men in chosen for k in range(men.start, men.end)}
    for men in natasha:
        if not any(k in taken for k in range(men.start, men.end)):
            chosen.append(men)
    unique = {(m.start, m.end): m for m in chosen}
    return sorted(unique.values(), key=lambda m: m.start)


def _without_owned_quote(tokens: list[RuToken], men: _Mention) -> _Mention:
    """An organization without the quoted name of the project it owns (see ``without_owned_quote``)."""
    if men.label != "ORG":
        return men
    end = without_owned_quote(tokens, men.start, men.end)
    return men if end == men.end else _Mention(men.start, end, men.label)


def _without_generic_tail(tokens: list[RuToken], men: _Mention) -> _Mention:
    """An organization without a trailing "страны" or "смертного приговора" (see ``NEVER_NAME_TAILS``)."""
    if (
        men.label != "ORG"
        or men.end - men.start < 2
        or tokens[men.end - 1].lemma.lower() not in NEVER_NAME_TAILS
    ):
        return men
    end = men.end - 1
    while end - men.start > 1 and tokens[end - 1].pos == "ADJ" and not tokens[end - 1].is_title:
        end -= 1
    return _Mention(men.start, end, men.label)


def _with_genitive_places(tokens: list[RuToken], mentions: list[_Mention]) -> list[_Mention]:
    """An organization takes the place or body in the genitive right after it: "Конгресса США",
    "Национальный банк Украины", "Института этнологии и антропологии РАН" are one name."""
    out: list[_Mention] = []
    for men in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.label == "ORG"
            and men.label in ("LOC", "ORG")
            and men.start == prev.end
            and tokens[men.start].sent == tokens[prev.end - 1].sent
            and tokens[men.start].is_title
            and (tokens[men.start].is_upper_abbr or tokens[men.start].can_be("Gen"))
            and tokens[prev.end - 1].text not in CLOSING
            and not any(t.text == "по" for t in tokens[prev.start : prev.end])
        ):
            # A unit with its remit ("комиссия по развитию города") ends before its body's name.
            out[-1] = _Mention(prev.start, men.end, "ORG")
            continue
        out.append(men)
    return out


def _original_spellings(tokens: list[RuToken], mentions: list[_Mention], taken: set[int]) -> list[_Mention]:
    """A Latin-script name in brackets right after a mention, as a mention of the same kind:
    "концерн «Фольксваген» (Volkswagen)", "Раскассэ (La Rascasse)"."""
    out = []
    for men in mentions:
        k = men.end + (men.end < len(tokens) and tokens[men.end].text in CLOSING)
        if k >= len(tokens) - 2 or tokens[k].text != "(" or k + 1 in taken:
            continue
        end = next((e for e in range(k + 1, min(k + 8, len(tokens))) if tokens[e].text == ")"), None)
        words = tokens[k + 1 : end] if end else []
        if words and words[0].is_title and all(_is_latin(t.text) or not t.text.isalnum() for t in words):
            out.append(_Mention(k + 1, k + 1 + len(words), men.label))
    return out


def _is_latin(word: str) -> bool:
    return any(c.isalpha() for c in word) and all(c.isascii() for c in word if c.isalpha())


def _nested(tokens: list[RuToken], found: list[_Mention], mentions: list[_Mention]) -> list[_Mention]:
    """Other names found on the way inside the tail of a final organization: natasha's "Китая" in
    our "Правительство Китая", "Конгресса США" in "Палаты представителей Конгресса США".

    The organization's own name is not one: neither its first words ("Правительство") nor its quoted
    name ("движения «Солидарность»").
    """
    final = {(m.start, m.end) for m in mentions}
    inner = {
        (m.start, m.end): m
        for m in found
        if m.start > 0
        and (m.start, m.end) not in final
        and tokens[m.start - 1].text not in OPENING
        and any(o.start < m.start and m.end <= o.end and o.label == "ORG" for o in mentions)
    }
    return sorted(inner.values(), key=lambda m: (m.start, m.end))


def load() -> RussianAnnotator:
    """The Russian annotator (natasha models load on the first call in a process)."""
    return RussianAnnotator()

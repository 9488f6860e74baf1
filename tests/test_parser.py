"""The library entry points: ``Parser.parse`` and ``Parser.pipe`` agree."""

from __future__ import annotations

from tests.conftest import load_sample
from visitparse import ParseInput, Parser


def test_pipe_in_batches_of_mixed_languages_equals_parse_one_by_one() -> None:
    parser = Parser()
    items = [
        ParseInput(text, published=gold["published"], doc_id=sample_id)
        for sample_id in ("ru-01", "bg-01", "ru-02", "bg-02", "bg-03")
        for text, gold in [load_sample(sample_id)]
    ]
    items.insert(2, ParseInput("The delegation met the mayor on Monday.", doc_id="en-1"))
    one_by_one = [parser.parse(i.text, published=i.published, doc_id=i.doc_id).model_dump() for i in items]
    piped = [a.model_dump() for a in parser.pipe(items, batch_size=4)]
    assert [a["doc_id"] for a in piped] == ["ru-01", "bg-01", "en-1", "ru-02", "bg-02", "bg-03"]
    assert piped == one_by_one
    assert [a["language"] for a in piped] == ["ru", "bg", "en", "ru", "bg", "bg"]


def test_nested_names_are_reported_inside_their_organization_also_in_pieces() -> None:
    text = (
        "Делегацию встретили в Министерстве семьи, труда и социальной защиты населения "
        "Республики Башкортостан. Затем гости осмотрели дом-интернат в Уфе.\n\n"
    )
    for parser, whole in ((Parser(), text), (Parser(chunk_chars=400), text * 6)):
        article = parser.parse(whole, lang="ru")
        nested = [(e.text, e.label, e.lemma) for e in article.nested_entities]
        assert ("Республики Башкортостан", "LOC", "Республика Башкортостан") in nested
        for inner in article.nested_entities:
            assert whole[inner.start : inner.end] == inner.text
            assert any(o.start <= inner.start and inner.end <= o.end for o in article.entities)
        assert len(article.nested_entities) == whole.count("Республики Башкортостан")

"""Bulgarian visit records of world news: mechanisms found by ``benchmarks/visits_audit_bg.py``.

Each test is a short text written for it, in the shape the audit met on real news: agencies
cited as the source, translators' credits, leaders of third countries meeting abroad.
"""

from __future__ import annotations

from dataclasses import replace

import visitparse
from visitparse.extract.regions import RegionMatch
from visitparse.extract.sides import RegionMention, complete_region_roles


def _visit(text: str) -> visitparse.schema.Visit:
    article = visitparse.parse(text, lang="bg")
    assert len(article.visits) == 1
    return article.visits[0]


def _sides(text: str) -> dict[str, str | None]:
    return {o.name: o.side for o in _visit(text).officials}


def test_an_agency_cited_as_the_source_is_no_institution() -> None:
    visit = _visit(
        "На 3 март 2025 г. кметът на Видин Иван Стоев посети Калафат, предаде Ройтерс. "
        "Той разгледа пристанището, съобщи ДПА."
    )
    names = {i.name for i in visit.institutions}
    assert not names & {"Ройтерс", "ДПА"}


def test_a_translators_credit_is_no_official() -> None:
    visit = _visit(
        "На 3 март 2025 г. кметът на Видин Иван Стоев посети Калафат и се срещна с кмета Михай Попеску.\n"
        "Превод и редакция: Мария Колева"
    )
    assert "Мария Колева" not in {o.name for o in visit.officials}


def test_a_leader_of_a_third_country_at_a_meeting_abroad_is_a_guest() -> None:
    # The country adjective before the title names the person's country; the meeting is in
    # Germany, so the Irish premier came to it, and the German chancellor received him.
    found = _sides(
        "На 4 март 2025 г. ирландският премиер Шон Мърфи проведе среща в Берлин с германския "
        "канцлер Карл Шулц. Срещата в Берлин е първата за Мърфи като премиер."
    )
    assert found == {"Шон Мърфи": "guest", "Карл Шулц": "host"}


def test_going_to_a_town_to_meet_someone_makes_a_visitor() -> None:
    found = _sides(
        "Британският премиер Джон Смит отива в Париж в петък, за да се срещне с френския "
        "президент Пиер Дюран. Визитата е първата му в чужбина."
    )
    assert found == {"Джон Смит": "guest", "Пиер Дюран": "host"}


def _mention(code: str, located: bool = False) -> RegionMention:
    match = RegionMatch(code=code, name=code, kind="region", matched=code)
    return replace(RegionMention(0, 1, 0, 1, 0, match), located=located)


def test_the_country_of_a_host_town_is_a_host_whichever_comes_first() -> None:
    # "в Берлин" makes Berlin the host; Germany, named before it, is the host country.
    mentions = [_mention("DE"), _mention("DE-BE", located=True)]
    roles = complete_region_roles(mentions, {"DE": None, "DE-BE": None}, "bg")
    assert roles == {"DE": "host", "DE-BE": "host"}


def test_the_name_before_a_relative_clause_of_arrival_is_the_visitor() -> None:
    found = _sides(
        "Премиерът Джон Смит, който пристигна вчера в Пекин на тридневно посещение, обяви нови "
        "споразумения в областта на образованието."
    )
    assert found == {"Джон Смит": "guest"}


def test_households_are_no_hosts() -> None:
    article = visitparse.parse(
        "Правителството обяви нови мерки срещу вируса. Членовете на едно домакинство могат да се "
        "събират, а домакинствата с малки деца ще получат помощ.",
        lang="bg",
    )
    assert article.visits == []


def test_a_country_whose_town_hosts_is_no_guest_even_when_a_cue_said_so() -> None:
    mentions = [_mention("CN"), _mention("CN-BJ", located=True)]
    roles = complete_region_roles(mentions, {"CN": "guest", "CN-BJ": "host"}, "bg")
    assert roles == {"CN": "host", "CN-BJ": "host"}
    # Unless a town of it sent the visitors: an exchange between two of its towns.
    mentions.append(_mention("CN-SH"))
    roles = complete_region_roles(mentions, {"CN": "guest", "CN-BJ": "host", "CN-SH": "guest"}, "bg")
    assert roles["CN"] == "guest"


def test_arriving_in_the_present_makes_a_visitor() -> None:
    found = _sides("Еврокомисарят Жан Дюпон пристига в понеделник на посещение в Русе.")
    assert found == {"Жан Дюпон": "guest"}


def test_the_subject_of_a_visit_called_its_own_is_the_visitor() -> None:
    found = _sides(
        "Президентът Пиер Дюран обеща помощ за пристанището по време на посещението си в Кале. "
        "По време на посещение в Лил френският министър Жак Моро обеща нови инвестиции."
    )
    assert found == {"Пиер Дюран": "guest", "Жак Моро": "guest"}


def test_a_body_that_adopts_a_text_received_no_one() -> None:
    visit = _visit(
        "На 5 май 2025 г. делегация от Русе посети Гюргево. Тогава Регионалният парламент прие "
        "нова инвестиционна програма за двата града."
    )
    visited = {i.name: i.visited for i in visit.institutions}
    assert visited.get("Регионален парламент") is not True
    assert any("парламент" in name for name in visited)

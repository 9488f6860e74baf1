"""Institutions of a visit and whether the visitors went there (visitparse.extract.institutions)."""

from __future__ import annotations

import visitparse
from visitparse.extract.institutions import Institution, add_organizations, split_coordinated, split_numbered


def visited(text: str) -> dict[str, bool | None]:
    article = visitparse.parse(text)
    return {i.name: i.visited for visit in article.visits for i in visit.institutions}


def test_where_the_visitors_come_from_and_their_leaders_body_are_not_visited() -> None:
    found = visited(
        "На 14 май 2025 г. заместник-кметът на Община Габрово посрещна екип от Община Ловеч, воден от "
        "Иван Петров – директор на дирекция „Социални дейности“ в Община Ловеч. Гостите посетиха "
        "Центъра за социална рехабилитация и интеграция – Габрово."
    )
    assert found["Община Ловеч"] is False
    assert found["Център за социална рехабилитация и интеграция – Габрово"] is True


def test_the_facility_of_the_official_who_receives_the_guests_is_visited() -> None:
    found = visited(
        "12 октября 2025 года в Бирске побывали специалисты из Удмуртии. Гостей встретила директор "
        "Бирского дома-интерната для престарелых и инвалидов Анна Ильина."
    )
    ((name, was_visited),) = found.items()
    assert name.startswith("Бирский") and name.endswith("интернат для престарелых и инвалидов")
    assert was_visited is True


def test_a_ministry_that_receives_a_delegation_is_not_a_place_visited() -> None:
    found = visited(
        "Вчера Министерство социальной защиты Чувашской Республики принимало делегацию из Марий Эл. "
        "Гости посетили Республиканский центр социальной адаптации."
    )
    assert found["Министерство социальной защиты Чувашской Республики"] is False
    assert found["Республиканский центр социальной адаптации"] is True


def test_an_abbreviation_defined_in_brackets_is_the_same_institution_in_its_own_town() -> None:
    article = visitparse.parse(
        "Домакин на срещата беше ЦСРИ – Горна Оряховица\n\n"
        "На 4 март 2025 г. Центърът за социална рехабилитация и интеграция (ЦСРИ) – Горна Оряховица "
        "посрещна колеги от ЦСРИ – Търговище. Гостите разгледаха залите на ЦСРИ – Горна Оряховица."
    )
    names = [i.name for visit in article.visits for i in visit.institutions]
    assert names[:2] == [
        "Център за социална рехабилитация и интеграция – Горна Оряховица",
        "ЦСРИ – Търговище",
    ]
    (centre,) = [i for visit in article.visits for i in visit.institutions if "Горна" in i.name]
    assert len(centre.evidence) == 4  # the headline, the full name, the bracket and the last sentence


def names(text: str) -> list[str]:
    article = visitparse.parse(text)
    return [i.name for visit in article.visits for i in visit.institutions]


def test_a_body_shortened_after_its_full_name_is_one_institution() -> None:
    found = names(
        "15 марта 2025 года делегация Тверской области посетила Законодательное собрание Калужской области. "
        "Гостей приветствовал председатель Законодательного собрания Олег Ветров."
    )
    assert found == ["Законодательное собрание Калужской области"]


def test_news_agencies_and_web_sites_are_sources_not_institutions() -> None:
    found = names(
        "Как сообщает ИА «Северный вестник», 3 апреля 2025 года министр здравоохранения Петр Орлов "
        "посетил Городскую больницу № 2. Фото: Новости-Севера.ру"
    )
    assert not any("вестник" in n.casefold() or ".ру" in n.casefold() for n in found)
    assert any(n.startswith("Городская больница") for n in found)


def test_a_generic_regional_remention_refers_back_to_the_body_named_before() -> None:
    found = names(
        "10 мая 2025 года правительство Тамбовской области приняло делегацию из Белоруссии. "
        "Как отметили в региональном правительстве, гости посетили Тамбовский музей кукол."
    )
    assert "региональное правительство" not in found
    assert "правительство Тамбовской области" in found


def test_officials_organizations_join_the_institutions_once_and_not_visited() -> None:
    found = [Institution(name="Агенция за социално подпомагане", visited=True)]
    out = add_organizations(
        found,
        [
            ("АСП", []),  # the abbreviation of one already found
            ("Министерство на труда и социалната политика", []),
            ("Министерство на труда", []),  # the start of the one just added
        ],
    )
    assert [(i.name, i.visited) for i in out] == [
        ("Агенция за социално подпомагане", True),
        ("Министерство на труда и социалната политика", False),
    ]


def org_lemmas(text: str) -> list[str]:
    article = visitparse.parse(text, lang="bg")
    return [e.lemma for e in article.entities if e.label == "ORG"]


def test_bulgarian_descriptive_names_with_adjectives_and_complements() -> None:
    found = org_lemmas(
        "На 2 април 2025 г. делегацията посети Областната детска болница и Сдружението на "
        "пчеларите от планината, а после и почетното консулство на Перу в Бургас."
    )
    assert "Областна детска болница" in found
    assert "Сдружение на пчеларите от планината" in found
    assert any(f.startswith("почетно консулство на Перу") for f in found)


def test_bulgarian_complements_stop_at_verbs_and_places_are_named_after_their_kind() -> None:
    found = org_lemmas(
        "Центърът за деца с увреждания и възрастни хора бе открит вчера. "
        "Гостите разгледаха язовир „Бяла вода 3“ и язовир Камък."
    )
    assert "Център за деца с увреждания и възрастни хора" in found
    assert "язовир „Бяла вода 3“" in found
    assert "язовир Камък" in found


def test_bulgarian_generic_descriptions_are_not_names() -> None:
    found = org_lemmas(
        "Министърът говори за българските училища в Гърция. Новата болница ще бъде готова догодина. "
        "Заместник-кметът по „Управление на проекти“ присъства."
    )
    assert not any("училища" in f or "болница" in f or "Управление" in f for f in found)


def test_a_name_with_its_town_written_two_ways_is_one_institution() -> None:
    found = names(
        "На 5 май 2025 г. екип от Варна посети Център за ранна интервенция – Добрич. "
        "Гостите разгледаха Центъра за ранна интервенция в Добрич."
    )
    assert len([n for n in found if n.startswith("Център за ранна интервенция")]) == 1


def test_bulgarian_lists_of_named_places_and_abbreviations_with_their_town() -> None:
    found = org_lemmas(
        "Областният управител провери язовирите Бистрица, Камък и Ливада. "
        "Присъства и директорът на ОПУ Плевен."
    )
    assert {"Бистрица", "Камък", "Ливада"} <= set(found)
    assert "ОПУ Плевен" in found


def test_a_place_named_after_its_kind_is_one_institution() -> None:
    found = names("На 7 април 2025 г. министърът посети язовирите Бистрица и Ливада. Язовир Ливада е пълен.")
    assert len([n for n in found if n.endswith("Ливада")]) == 1


def test_russian_plants_sites_and_numbered_schools_are_institutions() -> None:
    found = visited(
        "14 мая 2025 года губернатор Сергей Лебедев посетил мотопарк, Вилюйскую ГЭС, "
        "кирпичный завод и гимназию 12, а также возложил цветы к памятнику морякам."
    )
    for name in ("мотопарк", "Вилюйская ГЭС", "кирпичный завод", "гимназия 12", "памятник морякам"):
        assert found.get(name) is True, name


def test_russian_generic_nouns_need_a_real_modifier() -> None:
    found = names(
        "Визит министра 3 июня 2025 года начался в Твери. Первый пункт программы: производство продукции "
        "на заводе."
    )
    assert not any("пункт" in n or "производство" in n for n in found)


def test_a_list_after_a_future_visit_verb_is_visited_but_those_met_are_not() -> None:
    found = visited(
        "5 июня 2025 года министр Иван Лосев с рабочим визитом побывает в Тульской областной больнице, "
        "областном онкологическом диспансере и Тульском театре кукол, встретится с активом Тульского "
        "регионального отделения Союза художников."
    )
    assert found["Тульская областная больница"] is True
    assert found["областной онкологический диспансер"] is True
    assert any(v is False for n, v in found.items() if "отделение" in n)


def test_the_place_of_a_meeting_is_visited_and_a_workplace_after_a_dash_is_not() -> None:
    found = visited(
        "7 июля 2025 года в Псковской областной библиотеке состоялась встреча с делегацией из Минска. "
        "О работе рассказали Анна Котова – в Минском доме ремёсел, Ольга Тур – в Минской детской "
        "библиотеке."
    )
    assert found["Псковская областная библиотека"] is True
    assert all(v is False for n, v in found.items() if n.startswith("Минск"))


def test_bulgarian_visit_frames_route_start_a_visit_of_an_official_and_a_body_as_a_place() -> None:
    found = visited(
        "Посещение на министъра на културата в ОУ „Христо Ботев“ – Габрово\n\n"
        "На 9 май 2025 г. министърът откри нова социална услуга в Община Габрово. "
        "Обиколката му ще започне от язовир „Синя вода“."
    )
    assert found["ОУ „Христо Ботев“ – Габрово"] is True
    assert found["Община Габрово"] is False
    assert found["язовир „Синя вода“"] is True


def test_an_abbreviation_is_merged_into_the_name_it_shortens() -> None:
    found = visited(
        "12 мая 2025 года глава района посетил отремонтированный Дом культуры в селе Ивановка. "
        "При ремонте ДК сохранили старую сцену."
    )
    assert [n for n in found if "Дом культуры" in n or n == "ДК"] == ["Дом культуры"]


def test_russian_inflected_abbreviations_and_shortened_councils() -> None:
    article = visitparse.parse("Глава района побывал в ФАПе и в Тверском горсовете.", lang="ru")
    found = [e.lemma for e in article.entities if e.label == "ORG"]
    assert "ФАП" in found
    assert any(f.endswith("горсовет") for f in found)


def test_a_coordinated_list_of_numbers_names_one_institution_each() -> None:
    assert split_numbered("городские поликлиники № 3 и № 7") == [
        "городские поликлиники № 3",
        "городские поликлиники № 7",
    ]
    assert split_numbered("гимназии 5,6 и 11") == ["гимназии 5", "гимназии 6", "гимназии 11"]
    assert split_numbered("школа № 4 имени Пушкина") == ["школа № 4 имени Пушкина"]
    found = visited("20 мая 2025 года мэр Олег Силин побывал в школах 5, 9 и 12.")
    assert {n[-2:].strip() for n in found} == {"5", "9", "12"}
    assert all(found.values())


def test_bulgarian_complements_do_not_run_into_coordinations_adverbials_or_pronouns() -> None:
    found = org_lemmas(
        "Парламентът и правителството обсъдиха темата. Съюзът по никакъв начин не реагира. "
        "Според агенция Рейтърс френското правителство и работата му не са засегнати."
    )
    assert not any(f.startswith("Парламент и") for f in found)
    assert not any(f.startswith("Съюз по") for f in found)
    assert not any("работата" in f for f in found)
    assert "агенция Рейтърс" in found


def test_a_bulgarian_ministry_only_a_portfolio_names_is_the_ministers_organization_not_an_institution() -> (
    None
):
    article = visitparse.parse(
        "На 3 юни 2025 г. министърът на земеделието Петър Стоянов посети Общинска болница – Ямбол."
    )
    (visit,) = article.visits
    assert {o.organization for o in visit.officials} == {"Министерство на земеделието"}
    assert not any(i.name.startswith("Министерство") for i in visit.institutions)


def test_a_russian_ministry_a_portfolio_names_takes_part() -> None:
    found = visited("14 мая 2025 года министр культуры России Олег Смирнов посетил музей в Торжке.")
    assert any(name.casefold().startswith("министерство культуры") for name in found)


def test_a_company_the_ner_cuts_inside_its_quoted_name_is_the_whole_name_with_its_legal_form() -> None:
    article = visitparse.parse(
        "На 3 юни 2025 г. министърът Петър Стоянов посети Ямбол заедно с изпълнителния директор на "
        "„Тракийски ВиК холдинг“ ЕАД Мария Колева."
    )
    names = {i.name for visit in article.visits for i in visit.institutions}
    assert "„Тракийски ВиК холдинг“ ЕАД" in names
    assert not names & {"ВиК", "ЕАД"}


def test_a_word_that_only_names_a_kind_of_body_is_no_institution() -> None:
    article = visitparse.parse(
        "На 20 март 2025 г. кметът на голяма Община – Иван Колев направи проверка на обект ДГ Слънце в Ямбол."
    )
    names = {i.name for visit in article.visits for i in visit.institutions}
    assert not names & {"Община", "ДГ"}


def test_russian_media_social_networks_and_header_lines_are_no_institutions() -> None:
    found = names(
        "ТехноДом / Общество\n"
        "5 мая 2025 года министр культуры Иван Орлов посетил Сосновский дом культуры, сообщают "
        "«Сосновские новости». Видео выложено на странице дома культуры во «ВКонтакте» и в канале "
        "Sosnovka_NEWS. Как сообщили в пресс-службе правительства Тульской области, визит продлится день."
    )
    assert any(n.startswith("Сосновский дом культуры") for n in found)
    assert not {"ТехноДом", "Сосновские новости", "ВКонтакте", "Sosnovka_NEWS"} & set(found)
    assert "правительство Тульской области" not in found


def test_russian_remits_after_po_lists_and_compound_plant_names() -> None:
    found = org_lemmas_ru(
        "12 марта 2025 года губернатор посетил цех по переработке льна, овса и ячменя, Тамбовмашзавод "
        "и сырзавод. Его сопровождал председатель комитета по транспортному и дорожному хозяйству "
        "Олег Зуев. Гостей принял пункт пропуска «Северный»."
    )
    assert "цех по переработке льна, овса и ячменя" in found
    assert "комитет по транспортному и дорожному хозяйству" in found
    assert {"Тамбовмашзавод", "сырзавод", "пункт пропуска «Северный»"} <= set(found)


def test_russian_purpose_and_place_tails() -> None:
    found = org_lemmas_ru(
        "Больница выбрана департаментом здравоохранения Киргизии для взаимного обмена опытом. "
        "Затем гости посетили храм п. Луговой и дом для престарелых и инвалидов."
    )
    assert "департамент здравоохранения Киргизии" in found
    assert "храм п. Луговой" in found
    assert "дом для престарелых и инвалидов" in found


def test_abbreviated_quoted_and_generic_mentions_merge_into_the_full_name() -> None:
    found = names(
        "Министр посетил социальный центр\n"
        "3 апреля 2025 года министр Анна Белова побывала в комплексном центре социального обслуживания "
        "населения Лесного района и в Ивановской межрайонной больнице. В КЦСОН Лесного района ей показали "
        "мастерские, в Ивановской МРБ – новое отделение. Затем она посетила МКОУ «Ручьевская СОШ»: "
        "в Ручьевской СОШ открыли спортзал."
    )
    assert found == [
        "комплексный центр социального обслуживания населения Лесного района",
        "Ивановская межрайонная больница",
        "МКОУ «Ручьевская СОШ»",
    ]


def org_lemmas_ru(text: str) -> list[str]:
    article = visitparse.parse(text, lang="ru")
    return [e.lemma for e in article.entities if e.label == "ORG"]


def test_russian_visited_flags_from_receiving_lists_and_the_visitors_own_body() -> None:
    found = visited(
        "15 мая 2025 года Калугу посетила делегация Законодательного собрания Тульской области. "
        "Областной центр народного творчества принимал гостей два дня. Депутаты побывали в "
        "школах города, Министерстве образования Калужской области. Завтра они намерены посетить "
        "школу №5."
    )
    assert found["Законодательное собрание Тульской области"] is False
    assert found["Областной центр народного творчества"] is True
    assert found["Министерство образования Калужской области"] is True
    assert found["школа №5"] is True


def test_a_unit_with_its_remit_before_its_body_goes_to_the_title() -> None:
    article = visitparse.parse(
        "5 мая 2025 года в Сухум прибыла делегация во главе с председателем постоянной комиссии "
        "по развитию города Тверской Думы Сергеем Деловым.",
        lang="ru",
    )
    ((official,),) = [v.officials for v in article.visits]
    assert official.position == "председатель постоянной комиссии по развитию города"
    assert official.organization == "Тверская Дума"


def test_russian_projects_groups_titles_sectors_and_cut_off_words_are_no_organizations() -> None:
    found = org_lemmas_ru(
        "Концерт дал хор «Северянка». Школу отремонтировали по программе «Новая школа», а музей "
        "представил проект Лесного музея «Звуки старины». Гостей встретил Торговый представитель "
        "России в Чили. Обсудили предприятия АПК. В завершение губернатор посетит Лесной муниципальный ра"
    )
    assert found == ["Лесной музей"]


def test_coordinated_place_adjectives_name_one_institution_each() -> None:
    plurals = {"районов": "района"}
    assert split_coordinated("КЦСОН Лесного , Полевого и Речного районов", plurals) == [
        "КЦСОН Лесного района",
        "КЦСОН Полевого района",
        "КЦСОН Речного района",
    ]
    assert split_coordinated("администрация Лесного района", plurals) == []
    found = names(
        "7 мая 2025 года министр посетил Лесной район и встретился с коллегами "
        "КЦСОН Полевого и Речного районов."
    )
    assert {"КЦСОН Полевого района", "КЦСОН Речного района"} <= set(found)


def test_russian_activities_descriptions_and_arrival_stations_are_no_institutions() -> None:
    found = org_lemmas_ru(
        "Приехали руководители органов управления культуры. Глава российского спортивного ведомства "
        "прибудет в аэропорт Самары, а затем возложит цветы к монументу на площади Славы."
    )
    assert found == ["монумент на площади Славы"]


def test_a_name_with_words_left_out_is_the_fuller_one() -> None:
    found = names(
        "9 июня 2025 года делегация посетила Лесной краеведческий музей и школу искусств №3. "
        "Директор рассказал о фондах Лесного музея, а ученики школы №3 дали концерт."
    )
    assert "Лесной краеведческий музей" in found
    assert "Лесной музей" not in found


def test_a_municipality_written_after_a_mayors_title_takes_part_but_a_bare_town_does_not() -> None:
    found = visited(
        "На 3 юни 2025 г. в Община Белица гостува заместник-кметът на община Ракитово Петър Илиев. "
        "Гостите посетиха Дневния център за деца. Присъства и кметът на Велинград Иван Колев."
    )
    assert found["Община Ракитово"] is False
    assert not any("Велинград" in name for name in found)


def test_the_body_the_guests_were_in_is_visited() -> None:
    found = visited(
        "На 9 април 2025 г. на обмяна на опит в Община Белоградчик беше делегация от 12 кметове "
        "от Сърбия. Гостите бяха посрещнати от кмета Петър Петров."
    )
    assert found["Община Белоградчик"] is True


def test_a_facility_the_visitors_stood_before_is_visited_a_body_is_not() -> None:
    found = visited(
        "На 2 март 2025 г. министърът на културата посети Ловеч. Той поднесе цветя пред "
        "Регионалния исторически музей, а след това изнесе отчет пред Общинския съвет."
    )
    assert found["Регионален исторически музей"] is True
    assert found["Общински съвет"] is False


def test_parties_and_unions_of_states_are_no_institutions() -> None:
    found = visited(
        "На 5 май 2025 г. депутатът от ГЕРБ Иван Иванов посети Дневен център „Слънце“ в Ямбол. "
        "Той говори за средствата от ЕС за социалните услуги."
    )
    assert set(found) == {"Дневен център „Слънце“"}


def test_an_abbreviation_names_the_institution_written_with_its_town() -> None:
    found = visited(
        "На 8 май 2025 г. министърът на здравеопазването посети Специализираната очна болница "
        "в Пловдив. Той разговаря с началника на отделението на СОБ Петър Колев."
    )
    assert list(found) == ["Специализирана очна болница в Пловдив"]
    assert found["Специализирана очна болница в Пловдив"] is True


def test_an_event_the_ner_calls_an_organization_is_no_institution() -> None:
    found = visited(
        "На 7 юни 2025 г. министърът на културата посети Мелник по време на Празника на виното. "
        "Той разгледа Историческия музей „Кордопулова къща“."
    )
    assert not any(name.startswith("Празник") for name in found)


def test_a_meeting_or_a_hall_of_a_body_puts_the_guests_in_it() -> None:
    found = visited(
        "На 11 май 2025 г. посланикът на Норвегия пристигна в Шумен. Официалната среща в "
        "Областна администрация Шумен продължи час, а пресконференцията се състоя в залата на "
        "Регионалния исторически музей."
    )
    assert found["Областна администрация Шумен"] is True
    assert found["Регионален исторически музей"] is True


def test_the_body_whose_head_receives_the_guests_is_visited_unless_they_toured_a_facility() -> None:
    received = (
        "На 4 декември 2025 г. в Белене пристигна делегация от Молдова. "
        "Гостите бяха посрещнати от кмета на Община Белене Иван Петров."
    )
    assert visited(received) == {"Община Белене": True}
    toured = visited(received + " Те посетиха Дневен център „Радост“.")
    assert toured == {"Община Белене": False, "Дневен център „Радост“": True}


def test_an_abbreviation_in_slashes_is_its_name_and_shares_its_flag() -> None:
    found = visited(
        "На 3 октомври 2025 г. екип обиколи социалните услуги в Тутракан. Обиколката бе решена от "
        "Съвета за контрол и качество /СКК/ през септември. Екипът посети Дневен център „Мир“."
    )
    assert found == {"Съвет за контрол и качество": False, "Дневен център „Мир“": True}


def test_getting_to_know_the_work_of_a_body_is_a_visit_to_it() -> None:
    found = visited("На 6 март 2025 г. делегация от Сърбия се запозна с дейността на Агенцията по заетостта.")
    assert found == {"Агенция по заетостта": True}


def test_a_kind_abbreviation_with_the_proper_name_is_the_full_name() -> None:
    found = visited(
        "На 2 април 2025 г. кметът посети Детска градина с яслена група „Пчелица“ в Ямбол. "
        "В ДГ Пчелица той видя новата кухня."
    )
    assert list(found) == ["Детска градина с яслена група „Пчелица“"]


def test_a_village_the_ner_calls_an_organization_is_a_place() -> None:
    found = visited(
        "На 9 май 2025 г. комисията посети Център за настаняване от семеен тип за деца, "
        "построен за децата от дома в Крушари."
    )
    assert list(found) == ["Център за настаняване от семеен тип за деца"]


def test_russian_order_numbers_common_tails_and_possessives_stay_outside_names() -> None:
    found = org_lemmas_ru(
        "По приказу Министерства культуры № 12н вход бесплатный. Правительство предложения отвергло. "
        "Их собственное правительство промолчало, а правительство Тверской области согласилось."
    )
    assert "министерство культуры" in [f.casefold() for f in found]
    assert not any("№" in f or "предложени" in f or "собствен" in f for f in found)
    assert "правительство Тверской области" in found


def test_a_quoted_name_right_after_a_visiting_cue_is_a_place_visited() -> None:
    found = visited(
        "На 5 май 2025 г. министърът на здравеопазването Иван Петров посети Бургас. "
        "Той е на инспекция в „Майчин дом“. След това гостите посетиха „Аквалия“ в града."
    )
    assert found == {"Майчин дом": True, "Аквалия": True}


def test_a_facility_named_again_by_a_generic_noun_after_a_visiting_cue_is_visited() -> None:
    text = (
        "На 5 май 2025 г. кметът Иван Петров откри ремонтираната кухня. Дупнишката 6-а детска "
        "градина „Слънце“ вече разполага с нова кухня. В това се убеди кметът, който вчера {} "
        "детското заведение."
    )
    assert visited(text.format("посети")) == {"детска градина „Слънце“": True}
    assert visited(text.format("посети Дупница и похвали")) == {"детска градина „Слънце“": False}


def test_a_monument_is_named_by_the_person_it_honours_and_visited() -> None:
    found = visited(
        "На 3 март 2025 г. министърът на отбраната Иван Петров посети Котел. Той поднесе венец "
        "пред паметника на Георги Раковски в центъра на града."
    )
    ((name, was_visited),) = found.items()
    assert name.startswith("паметник") and name.endswith("на Георги Раковски")
    assert was_visited is True


def institutions_with_ents(text: str, ents: list[tuple[str, str]]) -> list[str]:
    """The institutions of ``text`` when the NER has found ``ents`` (text, label) and nothing else."""
    from visitparse.extract.context import TextView
    from visitparse.extract.institutions import find_institutions
    from visitparse.lang.bg.annotator import load
    from visitparse.lang.vocab import get_vocabulary

    doc = load()(text)
    doc.ents = [doc.char_span(text.index(e), text.index(e) + len(e), label=label) for e, label in ents]
    view = TextView(doc, get_vocabulary("bg"), "bg")
    return [i.name for i in find_institutions(view, [])]


def test_names_of_places_the_ner_calls_organizations_are_no_institutions() -> None:
    text = (
        "Делегацията посети село Кирсово в Комратска община. Гостите видяха язовир Бяла вода "
        "в местността „Каменна поляна“, децата от дома в Крушари и Дом на културата."
    )
    orgs = ["Комратска община", "Каменна поляна", "Крушари", "Дом на културата"]
    found = institutions_with_ents(text, [("Кирсово", "LOC"), *((o, "ORG") for o in orgs)])
    assert found == ["Дом на културата"]


def test_a_visit_in_a_body_puts_the_guests_in_it() -> None:
    found = visited(
        "На 12 юни 2025 г. посланикът на Полша беше в Стара Загора. По време на посещението си в "
        "Областна администрация Стара Загора той говори за туризма."
    )
    assert found == {"Областна администрация Стара Загора": True}


def test_a_meeting_held_at_a_facility_makes_it_visited() -> None:
    found = visited(
        "Делегация Курганской области побывала в Омской области 3 мая. Отдельная встреча прошла "
        "на Омском моторостроительном заводе."
    )
    assert found == {"Омский моторостроительный завод": True}


def test_a_unit_shown_inside_a_facility_is_no_institution_of_its_own() -> None:
    found = visited(
        "Делегация Курганской области побывала в Омской области 3 мая. Гости посетили Омскую "
        "областную больницу, где главный врач Иван Сидоров показал новое отделение реабилитации."
    )
    assert found == {"Омская областная больница": True}
    named = visited(
        "Делегация Курганской области побывала в Омской области 3 мая. Гости посетили отделение "
        "Социального фонда России по Омской области."
    )
    assert [name.split()[0] for name in named] == ["отделение"]


def test_a_bulgarian_complex_with_its_quoted_name_is_a_facility() -> None:
    found = visited(
        "На 5 май 2025 г. кметът на Община Сливен посети Ямбол. Гостите разгледаха Спортен "
        "комплекс „Тунджа“ в центъра на града."
    )
    assert found.get("Спортен комплекс „Тунджа“") is True


def test_a_committee_remit_may_list_several_fields_with_commas() -> None:
    found = visited(
        "Делегация Гродненской области побывала в Смоленской области 3 мая. В её составе был "
        "представитель комитета по культуре, спорту и туризму Гродненского облисполкома Иван Петров."
    )
    assert "комитет по культуре, спорту и туризму Гродненского облисполкома" in found


def test_a_course_named_like_a_school_and_a_delegation_are_no_institutions() -> None:
    found = visited(
        "Делегация Курганской области побывала в Омской области 3 мая. Гости посетили Омский центр "
        "социального обслуживания, где работает Школа ухода для родственников. Казахстанская "
        "делегация посетила школу искусств и школу имени Ивана Петрова."
    )
    assert set(found) == {
        "Омский центр социального обслуживания",
        "школа искусств",
        "школа имени Ивана Петрова",
    }


def test_bulgarian_adjectives_joined_by_and_before_the_head_belong_to_the_name() -> None:
    found = visited(
        "На 5 май 2025 г. делегация от Пловдив посети Смолян. В срещата участва Иван Колев – "
        "председател на Занаятчийската и търговска камара – Пловдив."
    )
    assert "Занаятчийска и търговска камара – Пловдив" in found


def test_the_facility_of_an_escort_is_not_visited_for_that() -> None:
    found = visited(
        "Делегация Курганской области побывала в Омской области 3 мая. Гостей сопровождала Анна "
        "Петрова, директор Омского центра социальной помощи семье и детям. Гости посетили Омский "
        "дом-интернат для престарелых."
    )
    assert found["Омский центр социальной помощи семье и детям"] is False
    assert found["Омский дом-интернат для престарелых"] is True


def test_a_mission_is_named_with_the_country_it_is_in() -> None:
    found = visited(
        "Делегация посольства Перу в Российской Федерации побывала в Томской области 3 мая. "
        "Гости посетили Томский областной краеведческий музей."
    )
    assert "посольство Перу в Российской Федерации" in found


def test_places_the_official_dropped_in_on_are_visited() -> None:
    found = visited(
        "На 4 декември 2025 г. кметът на Община Ловеч Иван Петров навести Дневния център за възрастни "
        "хора и Центъра за обществена подкрепа в града."
    )
    assert found.get("Дневен център за възрастни хора") is True
    assert found.get("Център за обществена подкрепа") is True


def test_compound_farm_words_are_facilities_and_a_party_is_no_institution() -> None:
    found = visited(
        "3 мая 2025 года министр сельского хозяйства Тверской области Иван Петров посетил звероферму и "
        "кормокухню в Кимрах. Депутат от партии «Единая Россия» Олег Рябов сопровождал министра."
    )
    assert found.get("звероферма") is True
    assert found.get("кормокухня") is True
    assert not any("Единая" in name for name in found)


def test_bodies_only_mentioned_in_a_biography_or_an_agreement_are_no_institutions() -> None:
    found = names(
        "12 мая 2025 года губернатор Нина Карпова посетила Северный машиностроительный завод. "
        "Визит проходит в рамках соглашения между Правительством Тульской области и Правительством "
        "Республики Беларусь. Нина Карпова училась в Московском энергетическом институте."
    )
    assert any(n.startswith("Северный машиностроительный завод") for n in found)
    assert not any("Правительство" in n or "институт" in n.casefold() for n in found), found


def test_bulgarian_bodies_only_named_as_a_study_author_or_a_school_are_no_institutions() -> None:
    found = names(
        "На 4 юни 2025 г. министър Иван Петров посети Областна болница – Плевен. "
        "Според него изводите съвпадат с анализ на Институт „Светлина“. "
        "Министърът е завършил Медицински университет – Варна."
    )
    assert any(n.startswith("Областна болница") for n in found), found
    assert not any("Светлина" in n or "университет" in n.casefold() for n in found), found


def test_a_long_quotation_taken_for_a_name_is_no_institution() -> None:
    found = names(
        "На 9 април 2025 г. кметът Петър Колев посети Читалище „Светлина“ в Бяла. "
        '"Ще искаме нова помощ от Европейския съюз", каза кметът.'
    )
    assert found == ["Читалище „Светлина“"], found


def test_every_body_of_a_list_of_sanction_targets_is_only_mentioned() -> None:
    found = names(
        "10 мая 2025 года губернатор Нина Карпова посетила Северный машиностроительный завод. "
        "Ранее Канада ввела санкции в отношении «Уралхима», «Пермнефти» и «Камгэса»."
    )
    assert found == ["Северный машиностроительный завод"], found


def test_the_body_a_place_belongs_to_and_a_land_plot_are_no_institutions() -> None:
    found = names(
        "2 июня 2025 года глава района Ильдар Сафин посетил школу № 4 села Заречное, "
        "относящегося к администрации Лесного сельского поселения."
    )
    assert not any("администрация" in n for n in found), found
    found = names(
        "На 3 юни 2025 г. кметът Иван Петров посети строежа на Детска градина „Слънце“ в УПИ III-12 в Плевен."
    )
    assert not any(n.startswith("УПИ") for n in found), found


def test_a_deputy_ministers_short_title_names_the_ministry() -> None:
    text = "5 марта 2025 года замминистра культуры РФ Олег Лебедев посетил Тверской драматический театр."
    officials = [o for visit in visitparse.parse(text).visits for o in visit.officials]
    assert [o.organization for o in officials] == ["министерство культуры"]
    assert "министерство культуры" in names(text)


def test_bodies_whose_rules_or_data_are_cited_are_only_mentioned() -> None:
    found = names(
        "На 7 май 2025 г. министърът на транспорта Иван Петров посети Пристанище „Варна Запад“. Той каза, "
        "че търговията ще следва правилата на Световната търговска организация и данните на Евростат."
    )
    assert found == ["Пристанище „Варна Запад“"], found
    found = names(
        "7 мая 2025 года министр Иван Петров посетил Новороссийский морской порт. Он напомнил о "
        "юрисдикции Международного арбитражного суда и рекомендациях Всемирной торговой организации."
    )
    assert found == ["Новороссийский морской порт"], found


def test_unions_of_states_outside_europe_are_no_institutions() -> None:
    found = names(
        "12 мая 2025 года президент Иван Петров посетил Каирский университет. "
        "Он выступил за расширение Африканского союза."
    )
    assert found == ["Каирский университет"], found
    found = names(
        "На 12 май 2025 г. президентът Иван Петров посети Университета в Кайро. "
        "Той подкрепи разширяването на Африканския съюз."
    )
    assert found == ["Университет в Кайро"], found


def test_a_body_whose_order_is_cited_is_only_mentioned() -> None:
    found = names(
        "На 8 април 2025 г. кметът Петър Колев посети язовир „Бистрица“. Водата се изпуска "
        "според предписанията от Регионалната водна комисия."
    )
    assert not any("комисия" in n.casefold() for n in found), found
    found = names(
        "8 апреля 2025 года глава района Петр Колесов посетил Северную ГРЭС. Работы ведутся "
        "по приказу Министерства энергетики Тульской области."
    )
    assert not any(n.casefold().startswith("министерство") for n in found), found

"""The entity step end to end on the real model: grouping, types, offsets, salience, batching."""

import json
from pathlib import Path
from typing import Any

from conftest import ExampleArticle

from evaluation.own.entities import b_cubed, bare_rows, gold_rows, mention_sets, pipeline_rows, prf
from pipeline.conftest import EventOf, entity_by_mention
from service.enrich.pipeline import Enricher
from service.schema.article import Article
from service.schema.events import EnrichedEvent
from tools.build_entity_gold import built, gold_of, parse, problems

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "data" / "entities" / "gold.jsonl"


def _gold_articles() -> list[dict[str, Any]]:
    return [json.loads(line) for line in GOLD.read_text("utf-8").split("\n") if line]


def test_defined_acronym_joins_its_name_and_takes_its_type(event_of: EventOf) -> None:
    body = (
        "The Zambezi River Authority (ZRA) said water levels were falling. "
        "Engineers at the ZRA expect a shortage by June."
    )
    forms = entity_by_mention(event_of(body))
    assert forms["ZRA"].id == forms["Zambezi River Authority"].id
    assert forms["ZRA"].name == "Zambezi River Authority"
    assert forms["ZRA"].count == 3


def test_later_surname_and_titled_mentions_join_the_full_name(event_of: EventOf) -> None:
    body = (
        "Governor Amina Okonkwo ordered an inquiry on Monday. "
        "Okonkwo said the findings would be public. Critics said Okonkwo had acted late."
    )
    forms = entity_by_mention(event_of(body))
    person = forms["Amina Okonkwo"]
    assert person.type == "PERSON"
    assert [m.text for m in person.mentions] == ["Amina Okonkwo", "Okonkwo", "Okonkwo"]
    assert "Governor Amina Okonkwo" not in forms


def test_curated_aliases_group_and_carry_wikidata(event_of: EventOf) -> None:
    body = (
        "Islamic State claimed the attack, and ISIS fighters were seen nearby. "
        "U.S. officials said the United States would respond. The U.N. called for calm."
    )
    forms = entity_by_mention(event_of(body))
    assert forms["ISIS"].id == forms["Islamic State"].id
    assert forms["ISIS"].wikidata == "Q2429253"
    assert forms["U.S."].id == forms["United States"].id
    assert forms["U.S."].name == "United States"
    assert forms["U.N."].name == "United Nations"


def test_possessive_and_article_variants_are_one_entity(event_of: EventOf) -> None:
    body = "Reuters' reporters met the Reuters editor. Reuters said the story would run."
    reuters = [e for e in event_of(body).entities if e.name == "Reuters"]
    assert len(reuters) == 1
    assert {m.text for m in reuters[0].mentions} == {"Reuters"}
    assert reuters[0].count == 3


def test_type_rules_fix_demonyms_and_trailing_place_nouns(event_of: EventOf) -> None:
    body = (
        "Afghan forces retook the district. Fighting spread to Helmand province, where "
        "Kurdish and Iraqi volunteers had joined the defence of the town of Lashkar Gah."
    )
    forms = entity_by_mention(event_of(body))
    assert forms["Afghan"].type == "NORP"
    assert forms["Helmand"].type == "GPE"
    assert "Helmand province" not in forms
    assert forms["Lashkar Gah"].type == "GPE"


def test_salience_favours_the_headline_and_frequent_entity(event_of: EventOf) -> None:
    title = "Kenya floods kill 40"
    body = (
        "Floods in Kenya killed 40 people, officials said. Kenya's government sent troops. "
        "Aid arrived from Uganda later in the week, and Kenya asked for more."
    )
    event = event_of(body, title)
    scores = {e.name: e.salience for e in event.entities}
    assert scores["Kenya"] > scores["Uganda"]
    assert max(scores, key=lambda name: scores[name]) == "Kenya"


def test_every_mention_offset_is_true_on_the_labelled_articles(enricher: Enricher) -> None:
    articles = _gold_articles()
    results = enricher.enrich_batch([Article(title=a["title"], body=a["body"]) for a in articles])
    checked = 0
    for article, result in zip(articles, results, strict=True):
        assert isinstance(result, EnrichedEvent)
        for entity in result.entities:
            assert entity.count == len(entity.mentions)
            for mention in entity.mentions:
                assert article[mention.field][mention.start : mention.end] == mention.text
                checked += 1
        for span in result.boilerplate:
            assert article[span.field][span.start : span.end] == span.text
    assert checked > 300


def test_scores_on_the_labelled_articles_do_not_regress(enricher: Enricher) -> None:
    """Guards the figures in docs/evaluation.md: coarse-type F1 and grouping stay well above bare NER."""
    articles = _gold_articles()
    gold = gold_rows(articles)
    pred = pipeline_rows(articles, enricher)
    bare = bare_rows(articles, enricher)
    coarse = prf(mention_sets(gold, True, False), mention_sets(pred, True, False))
    bare_coarse = prf(mention_sets(gold, True, False), mention_sets(bare, True, False))
    assert coarse[2] >= 0.85
    assert coarse[2] >= bare_coarse[2] + 0.1
    assert b_cubed(gold, pred)[2] >= 0.95


def test_example_article_yields_every_gold_entity_grouped(
    event_of: EventOf, example_article: ExampleArticle
) -> None:
    article = example_article.article
    event = event_of(article.body, article.title)
    for expected in example_article.gold["entities"]:
        matches = [e for e in event.entities if e.name.casefold() == expected["name"].casefold()]
        assert len(matches) == 1, expected["name"]
        entity = matches[0]
        assert entity.type == expected["type"], expected["name"]
        assert set(expected["forms"]) <= {m.text for m in entity.mentions}, expected["name"]
    assert any(span.text == "Source link" for span in event.boilerplate)


def test_labelled_articles_are_exact_and_gold_jsonl_is_up_to_date() -> None:
    articles = parse((ROOT / "tests" / "data" / "entities" / "articles.txt").read_text("utf-8"))
    assert len(articles) >= 30
    assert [p for a in articles for p in problems(a)] == []
    built = "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles)
    assert (ROOT / "tests" / "data" / "entities" / "gold.jsonl").read_text("utf-8") == built


def test_every_labelled_set_builds_its_up_to_date_jsonl() -> None:
    """Each ``NAME.txt`` (the unseen sets too) has exact labels and a current ``NAME.jsonl``."""
    sources = sorted((ROOT / "tests" / "data" / "entities").glob("*.txt"))
    assert len(sources) >= 2
    for source in sources:
        text, articles = built(source)
        assert [p for a in articles for p in problems(a)] == [], source.name
        assert gold_of(source).read_text("utf-8") == text, source.name


def test_problems_catches_a_wrong_offset() -> None:
    bad = {
        "id": "x",
        "title": "",
        "body": "Kenya and Uganda",
        "mentions": [{"text": "Kenya", "field": "body", "start": 1, "end": 6, "type": "GPE", "entity": "k"}],
    }
    assert problems(bad)


def test_all_capitals_line_keeps_only_names_the_story_confirms(event_of: EventOf) -> None:
    body = (
        "RUGBY - KENYA STUN FIJI IN LATE DRAMA\n"
        "NAIROBI 2024-03-02\n"
        "Kenya beat Fiji 21-19 on Saturday, with the winning try coming in the last minute."
    )
    event = event_of(body)
    forms = entity_by_mention(event)
    assert forms["KENYA"].id == forms["Kenya"].id
    assert forms["FIJI"].id == forms["Fiji"].id
    assert "DRAMA" not in forms
    assert "RUGBY" not in forms
    assert forms["NAIROBI"].type == "GPE"
    assert [span.text for span in event.boilerplate] == ["NAIROBI 2024-03-02"]


def test_a_name_after_a_title_or_role_is_a_person(event_of: EventOf) -> None:
    body = (
        "Police Chief Tomasz Wielgosz said the road would reopen. The club's coach Anders Lykketoft agreed."
    )
    forms = entity_by_mention(event_of(body))
    assert forms["Tomasz Wielgosz"].type == "PERSON"
    assert forms["Anders Lykketoft"].type == "PERSON"

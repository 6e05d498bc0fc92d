"""The grouping measurement: which gold pairs name one thing, and how predicted entities are scored."""

from typing import Any

from evaluation.grouping import GoldMention, GroupingScore, score, score_story, story_pairs

STORY = "Ngozi Okafor met Emeka Okafor. Okafor said the Bank of Westland (BOW) agreed. Ms Adaeze Bello spoke."


def _mentions(*forms: tuple[str, str]) -> list[GoldMention]:
    out, at = [], 0
    for text, label in forms:
        start = STORY.index(text, at)
        out.append(GoldMention(start, start + len(text), text, label))
        at = start + len(text)
    return out


def _all() -> list[GoldMention]:
    return _mentions(
        ("Ngozi Okafor", "PER"),
        ("Emeka Okafor", "PER"),
        ("Okafor", "PER"),
        ("Bank of Westland", "ORG"),
        ("BOW", "ORG"),
    )


def _event(*groups: list[GoldMention]) -> dict[str, Any]:
    return {
        "entities": [
            {"id": f"E{n}", "mentions": [{"field": "body", "start": m.start, "end": m.end} for m in group]}
            for n, group in enumerate(groups, start=1)
        ]
    }


def test_two_people_sharing_a_surname_make_the_lone_surname_ambiguous() -> None:
    ngozi, emeka, okafor = _mentions(("Ngozi Okafor", "PER"), ("Emeka Okafor", "PER"), ("Okafor", "PER"))
    same, ambiguous = story_pairs([ngozi, emeka, okafor])
    assert same == {}
    assert ambiguous == {(0, 2), (1, 2)}


def test_acronym_surname_place_and_short_forms_are_same_thing_pairs() -> None:
    mentions = [
        GoldMention(0, 11, "Adaeze Bello", "PER"),
        GoldMention(20, 25, "Bello", "PER"),
        GoldMention(30, 46, "Bank of Westland", "ORG"),
        GoldMention(48, 51, "BOW", "ORG"),
        GoldMention(60, 63, "N.J.", "LOC"),
        GoldMention(70, 80, "New Jersey", "LOC"),
        GoldMention(90, 101, "Acme Widgets Inc", "ORG"),
        GoldMention(110, 114, "Acme", "ORG"),
        GoldMention(120, 123, "Fed", "ORG"),
        GoldMention(130, 145, "Federal Reserve", "ORG"),
    ]
    same, _ = story_pairs(mentions)
    assert same == {(0, 1): "surname", (2, 3): "acronym", (4, 5): "place", (6, 7): "short", (8, 9): "short"}


def test_a_compass_word_makes_another_club() -> None:
    same, _ = story_pairs([GoldMention(0, 8, "Stirling", "ORG"), GoldMention(10, 23, "East Stirling", "ORG")])
    assert same == {}


def test_recall_and_false_merges_follow_the_predicted_entities() -> None:
    ngozi, emeka, _, bank, bow = _all()
    result = GroupingScore()
    score_story(result, [ngozi, emeka, bank, bow], _event([ngozi, emeka], [bank, bow]))
    assert result.same["acronym"] == result.joined["acronym"] == 1
    assert result.recall == 1.0
    assert result.merged == 1  # the two Okafors in one entity
    assert result.hard_merged == 1
    assert result.false_merges == 1 / result.different


def test_unfound_mentions_break_their_pairs_and_events_match_by_article_id() -> None:
    _, _, _, bank, bow = _all()
    gold = [
        {
            "id": "a1",
            "entities": [
                {"start": m.start, "end": m.end, "text": m.text, "type": m.type} for m in (bank, bow)
            ],
        }
    ]
    partial = {"article": {"id": "a1"}, **_event([bank])}
    result = score(gold, [partial])
    assert result.unfound_mentions == 1
    assert result.recall == 0.0


def test_a_lone_first_name_is_a_same_thing_pair_unless_two_names_start_or_one_ends_with_it() -> None:
    ngozi_okafor = GoldMention(0, 12, "Ngozi Okafor", "PER")
    ngozi, okafor = GoldMention(20, 25, "Ngozi", "PER"), GoldMention(30, 36, "Okafor", "PER")
    same, ambiguous = story_pairs([ngozi_okafor, ngozi, okafor])
    assert same == {(0, 1): "first name", (0, 2): "surname"}
    assert ambiguous == {(1, 2)}  # linked through the full name: neither same nor different
    ngozi_bello = GoldMention(40, 51, "Ngozi Bello", "PER")
    same, ambiguous = story_pairs([ngozi_okafor, ngozi_bello, ngozi])
    assert same == {}
    assert {(0, 2), (1, 2)} <= ambiguous
    grant_ellis, mara_grant = (
        GoldMention(0, 11, "Grant Ellis", "PER"),
        GoldMention(20, 30, "Mara Grant", "PER"),
    )
    same, ambiguous = story_pairs([grant_ellis, mara_grant, GoldMention(40, 45, "Grant", "PER")])
    assert same == {(1, 2): "surname"}
    assert (0, 2) in ambiguous


def test_an_acronym_may_leave_out_a_corporate_suffix() -> None:
    same, _ = story_pairs([GoldMention(0, 17, "Granite Motors Co", "ORG"), GoldMention(20, 22, "GM", "ORG")])
    assert same == {(0, 1): "acronym"}


def test_a_spaced_state_abbreviation_is_the_state() -> None:
    same, _ = story_pairs([GoldMention(0, 13, "West Virginia", "LOC"), GoldMention(20, 26, "W. Va.", "LOC")])
    assert same == {(0, 1): "place"}


def test_own_sets_are_scored_by_pairs_over_body_mentions_with_coarse_types() -> None:
    """The team's labelled articles get the dev set's pair score: body mentions, coarse types."""
    from evaluation.own.entities import pair_grouping

    body = "The Bank of Westland (BOW) said the Westland Times agreed. BOW staff met Ngozi Okafor."
    labels = (
        ("Bank of Westland", 0, "ORG", "E1"),
        ("BOW", 0, "ORG", "E1"),
        ("Westland Times", 0, "ORG", "E2"),
        ("BOW", 40, "ORG", "E1"),
        ("Ngozi Okafor", 0, "PERSON", "E3"),
    )
    mentions: list[dict[str, Any]] = [
        {"text": "BOW", "field": "title", "start": 0, "end": 3, "type": "ORG", "entity": "E1"}
    ]
    for text, at, label, entity in labels:
        start = body.index(text, at)
        end = start + len(text)
        mentions.append({"text": text, "field": "body", "start": start, "end": end})
        mentions[-1] |= {"type": label, "entity": entity}
    article = {"id": "a", "title": "BOW", "body": body, "mentions": mentions}
    right = [("a", m["field"], m["start"], m["end"], m["type"], m["entity"]) for m in mentions]
    result = pair_grouping([article], right)
    assert (result.same["acronym"], result.same["same form"]) == (2, 1)  # the title's BOW is not scored
    assert (result.recall, result.different, result.merged) == (1.0, 7, 0)
    merged = [(*row[:5], "E1") for row in right]  # one entity for all: every different pair merged
    assert pair_grouping([article], merged).merged == 7


def test_an_acronym_may_follow_a_country_and_spell_of_with_a_lowercase_o() -> None:
    mentions = [
        GoldMention(0, 8, "U.S. MSB", "ORG"),
        GoldMention(10, 13, "MSB", "ORG"),
        GoldMention(20, 43, "U.S. Maritime Safety Board", "ORG"),
        GoldMention(50, 66, "Bank of Westland", "ORG"),
        GoldMention(70, 73, "BoW", "ORG"),
    ]
    same, _ = story_pairs(mentions)
    assert same[(0, 1)] == same[(1, 2)] == same[(3, 4)] == "acronym"

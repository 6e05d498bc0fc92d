"""Pure rules unseen set 8 prompted, on invented phrases."""

from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.nicknames import nicknamed
from service.enrich.entities.titled_orgs import titled_people
from service.enrich.entities.words import EntityWords


def _spans(text: str, chosen: list[MentionCandidate], words: EntityWords) -> dict[str, str]:
    return {text[c.start : c.end]: c.label for c in nicknamed(text, chosen, words)}


def test_a_nickname_in_quotes_joins_forename_and_surname(words: EntityWords) -> None:
    text = 'Police said Marcus "Tiny" Delacroix-Webb, 30, and Ella Mae "E.J." Rourke Jr. fled.'
    pieces = [
        MentionCandidate(12, 18, "ORG", "ner"),
        MentionCandidate(27, 41, "WORK_OF_ART", "ner"),
    ]
    spans = _spans(text, pieces, words)
    assert spans['Marcus "Tiny" Delacroix-Webb'] == "PERSON"
    assert spans['Ella Mae "E.J." Rourke Jr.'] == "PERSON"
    assert "Marcus" not in spans


def test_a_title_before_a_nicknamed_name_stays_out(words: EntityWords) -> None:
    text = 'Sheriff Dana "Buck" Holloway said so.'
    assert _spans(text, [], words) == {'Dana "Buck" Holloway': "PERSON"}


def test_a_person_span_of_the_same_name_is_kept(words: EntityWords) -> None:
    text = 'Singer Jo "Jay" Harlan sang.'
    person = MentionCandidate(7, 22, "PERSON", "ner")
    assert nicknamed(text, [person], words) == [person]


def test_a_quoted_phrase_of_several_words_is_no_nickname(words: EntityWords) -> None:
    text = 'Voters Backed "Fair Maps Now" Measures'
    assert _spans(text, [], words) == {}


def test_an_office_before_two_name_words_in_an_organisation_span_is_dropped(words: EntityWords) -> None:
    text = "State Treasurer Lorna Vick said so, and Sheriff Street Station reopened."
    spans = [MentionCandidate(0, 26, "ORG", "ner"), MentionCandidate(40, 62, "ORG", "ner")]
    out = {text[c.start : c.end]: c.label for c in titled_people(text, spans, words)}
    assert out == {"Lorna Vick": "PERSON", "Sheriff Street Station": "ORG"}

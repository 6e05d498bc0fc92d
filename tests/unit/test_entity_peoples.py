"""Two peoples side by side are one group (no model: invented candidates)."""

from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.peoples import joined_peoples


def _forms(text: str, chosen: list[MentionCandidate]) -> list[tuple[str, str]]:
    return [(text[c.start : c.end], c.label) for c in joined_peoples(text, chosen)]


def _at(text: str, form: str, label: str) -> MentionCandidate:
    start = text.index(form)
    return MentionCandidate(start, start + len(form), label, "ner")


def test_adjacent_demonyms_join_and_others_do_not() -> None:
    text = "Bosnian Serb leaders met Croatian officials and a Norland Bosnian delegation."
    chosen = [_at(text, "Bosnian", "NORP"), _at(text, "Serb", "NORP"), _at(text, "Croatian", "NORP")]
    chosen += [_at(text, "Norland", "GPE"), _at(text, "Bosnian delegation", "NORP")]
    assert _forms(text, chosen) == [
        ("Bosnian Serb", "NORP"),
        ("Croatian", "NORP"),
        ("Norland", "GPE"),
        ("Bosnian delegation", "NORP"),
    ]

"""Two peoples side by side name one group: "Iraqi Kurdish", "Bosnian Serb", "Palestinian Arab".

The model tags each demonym of such a pair on its own; news means one people (the Kurds of Iraq,
the Serbs of Bosnia), so the pair is one mention of that group.
"""

from service.enrich.entities.candidates import MentionCandidate


def joined_peoples(text: str, chosen: list[MentionCandidate]) -> list[MentionCandidate]:
    """``chosen`` (in text order) with each run of NORP mentions one space apart joined into one."""
    if sum(c.label == "NORP" for c in chosen) < 2:
        return chosen
    result: list[MentionCandidate] = []
    for cand in chosen:
        last = result[-1] if result else None
        if last is not None and last.label == cand.label == "NORP" and text[last.end : cand.start] == " ":
            result[-1] = MentionCandidate(
                last.start, cand.end, "NORP", last.source, None, sure=last.sure or cand.sure
            )
        else:
            result.append(cand)
    return result

"""Rounds whose words name no kind, settled by where they sit in the loop and who they are
with. Most loops outside tech have a conversation with the future manager and, last, one
with someone senior; notes call them "1st interview", "Intervju 2", "Sit-down with chef",
"Final", "Helen Osei (Director)". A round nothing else names:

- is an executive round when its interviewer or title names someone senior (director, VP,
  chief, GM, partner, owner) or it is the loop's last such round and says final or second;
- else the hiring manager's round, when the loop has none yet, or its interviewer is a manager;
- but the loop's first round, a call with no one senior and no recruiter round yet, is the
  recruiter's ("Clara call (6 Oct)", "llamada con Marta").

A round its notes name as something else ("Bug squash", "Design critique") is never one of
these: only interviews, conversations, calls and meetings with a person are settled."""

from __future__ import annotations

import re

from .found import Round
from .vocab import folded, kind_weights, unaccent

__all__ = ["TEAM", "settle_generic"]

_SENIOR = re.compile(
    r"(?i)\b(?:director|vp|svp|evp|vice president|chief|c[eofptd]o|gm|general manager|partners?"
    r"|owner|founder|president|managing|deputy|editor-in-chief|dean|rvp"
    r"|superintendent|board|direktor|directeur|directora?|diretora?|igazgat\w*|reditel\w*)\b"
)
_MANAGER = re.compile(
    r"(?i)\b(?:manager|boss|supervisor|lead|head of|head chef|chef|reports? to|my future"
    r"|line manager|team leader|foreman|super|gf|charge nurse|unit manager|ward manager)\b"
)
# a panel, the team or peers: many people at once, most often asking for
# stories of how one works with others ("Reporter panel", "Entrevista con el equipo")
TEAM = re.compile(
    r"(?i)\b(?:panel\w*|committee|comit[ée]|comite|jopo|team|equipo|[ée]quipe|equipa"
    r"|peers?|colleagues|kollegen|collega'?s)\b"
)
_FINAL = re.compile(
    r"(?i)\b(?:final|last|closing|second|2nd|third|3rd|deux|dos|zweite)\b|最終|二次|三次"
)


_TALK = re.compile(
    r"(?i)\b(?:interviews?|interviu|intervju|interju|entrevista|entretien|entrevue|gesprach|gesprek"
    r"|samtale|samtal|conversation|convo|chat|charla|call|meeting|1:1|one-on-one|sit-down"
    r"|mensetsu|myeonjeop|pohovor|haastattelu|gorusme|discussion|conversa|meet|colloquio"
    r"|intervista|rozmowa|mulakat|wawancara|videollamada|videochamada|gespraech)\b"
    r"|intervju|面接|ראיון|สัมภาษณ์"
)
_CALL = re.compile(r"(?i)\b(?:call|phone|chat|llamada|chamada|appel|telefon\w*|anruf)\b")
_FIRM_PARTNERS = re.compile(r"(?i)\b(?:with|the)\s+(?:two\s+|senior\s+|managing\s+)?partners?\b")
# what a conversation's title may say besides "interview": which one, how, with whom
_FILLER = re.compile(
    r"(?i)\b(?:the|a|an|my|with|w|w/|and|\+|&|first|second|third|final|last|next|initial|1st|2nd"
    r"|3rd|\d+|video|phone|teams|zoom|onsite|on-site|virtual|in-person|short|quick|informal"
    r"|formal|one|con|el|la|le|mit|der|die|med|z|s|cu|avec|amb|primul|pangalawang|unang"
    r"|ichiji|niji|jimu|forstegangs\w*|andregangs\w*|round|stage|step|mon|tue|tues|wed|thu|thur"
    r"|erste[sn]?|zweite[sn]?|eerste|tweede|premier|premiere|deuxieme|primer[oa]?|segund[oa]"
    r"|second[oa]|pierwsz\w*|drug[aei]|ensimmainen|toinen|per|por|via|do|da|di|de|del|lo|il"
    r"|gli|les|los|las|os|[一二三]次"
    r"|thurs|fri|sat|sun|\d+(?::\d\d)?\s*(?:am|pm))\b|[(\[].*?[)\]]|[-–—:,/.]"
)


def _generic(r: Round) -> bool:
    """A conversation and nothing more: "1st interview", "Final chat with the partners",
    "Helen Osei (Director)"; not "Pairing session with Dean Chen" or "Mock discovery call"."""
    strong = {k for k, w in kind_weights(r.title).items() if w >= 1.0}
    if strong == {"partnerships"} and _FIRM_PARTNERS.search(r.title):
        strong = set()  # "Final chat with the partners" of a firm: its owners, not a partnership
    if strong - {"executive", "hiring-manager"}:
        return False  # a round of a kind after all
    title = unaccent(r.title)  # "Erstes Gespräch"
    rest = _FILLER.sub(" ", _TALK.sub(" ", TEAM.sub(" interview ", title)))
    rest = _SENIOR.sub(" ", _MANAGER.sub(" ", rest))
    left = [w for w in rest.split() if not w[:1].isupper() or w.isupper() and len(w) > 3]
    return not left and bool(
        _TALK.search(folded(title))
        or TEAM.search(r.title)
        or _SENIOR.search(r.title)
        or _MANAGER.search(r.title)
    )


def settle_generic(rounds: list[Round]) -> None:
    """Give the loop's custom rounds that are only conversations a kind (``rounds`` changed)."""
    loose = [r for r in rounds if r.id == "custom" and _generic(r)]
    if not loose:
        return
    kinds = {r.id for r in rounds}
    first = min(rounds, key=lambda r: r.order)
    if (
        "recruiter" not in kinds
        and first is loose[0]
        and _CALL.search(first.title)
        and not _FINAL.search(first.title)  # "Final call w/ Ana Tue 5/13"
    ):
        said = f"{first.title} {first.who or ''}"
        if not (_SENIOR.search(said) or _MANAGER.search(said)):
            first.id = "recruiter"  # "Clara call (6 Oct)", "llamada con Marta": the first call
            kinds.add(first.id)
            loose = loose[1:]
    for n, r in enumerate(loose):
        said = f"{r.title} {r.who or ''}"
        last = n == len(loose) - 1 and (len(loose) > 1 or len(rounds) > 2)
        if _SENIOR.search(said) or (last and _FINAL.search(r.title)):
            r.id = "executive"
        elif TEAM.search(r.title) and not _MANAGER.search(said):
            r.id = "behavioral"
        elif _MANAGER.search(said) or "hiring-manager" not in kinds:
            r.id = "hiring-manager"
            kinds.add(r.id)

"""Notes kept as a stack of separate notes: e-mails to oneself (or a run of forwarded mails),
each under its own subject, or Keep cards under titles drawn with box dashes:

    ----- Thu, Dec 3, 2026, 8:02 AM — me to me
    Subject: Fwd: Exercice écrit / written exercise
    Take-home: a fictional town of 4,000 wants to rezone …

    ──────── Tech screen ────────

Each subject or title heads what follows it, like a heading, when the notes hold at least three
mails with different subjects, or three cards. The replies of one thread ("Re: Next steps",
"Fwd: RE: Next steps") share one subject and stay a single pasted e-mail. The notes of one card
or mail say nothing of the next: a card among rounds is not one for being there."""

from __future__ import annotations

import re

from .lines import banner_text

__all__ = ["FORWARDED", "SUBJECT_LABEL", "Heads", "card_line", "subject_heads"]

Heads = dict[int, str]  # a line (from 0) → the subject or title it heads with ("" for none)

# a mail's "Subject:" label in the languages mail clients use (stacked.py reads Outlook's too)
SUBJECT_LABEL = (
    r"(?:subject|betreff|asunto|objet|assunto|oggetto|onderwerp|aihe|ämne|emne|temat|předmět"
    r"|tárgy|subiect|konu|тема|θέμα|teema|tema)"
)
_SUBJECT = re.compile(rf"(?i)^{SUBJECT_LABEL}\s*:\s*(\S.{{0,200}})$")
# "---------- Forwarded message ---------" as mail clients write it in other languages
FORWARDED = (
    r"(?:(?:original|forwarded)\s+message|p[řr]eposlan[aá]\s+zpr[aá]va|p[ůu]vodn[ií]\s+zpr[aá]va"
    r"|preposlan[aá]\s+spr[aá]va|weitergeleitete\s+nachricht|urspr[üu]ngliche\s+nachricht"
    r"|message\s+transf[ée]r[ée]|message\s+d'origine|mensaje\s+(?:reenviado|original)"
    r"|mensagem\s+(?:encaminhada|original)|messaggio\s+(?:inoltrato|originale)"
    r"|doorgestuurd\s+bericht|oorspronkelijk\s+bericht|vidarebefordrat\s+meddelande"
    r"|ursprungligt\s+meddelande|videresendt\s+(?:meddelelse|melding)|przekazana\s+wiadomo[śs][ćc]"
    r"|wiadomo[śs][ćc]\s+przekazana|v[äa]litetty\s+viesti|tov[áa]bb[íi]tott\s+[üu]zenet)"
)
_REPLY = re.compile(r"(?i)^(?:(?:re|fwd?|aw|wg|tr|rv|sv|vs|odp|ynt)\s*(?:\[\d+\])?\s*:\s*)+")
# a calendar's invitation: "Invitation: TPM Hiring Manager Interview — Gloria @ Tue Nov 10, …"
_INVITED = re.compile(
    r"(?i)^(?:(?:updated\s+)?invitation|invite|accepted|einladung)\s*:\s*|\s+@\s+.*$"
)
# a mail's header or the line a mail client puts between mails
_MAIL_TOP = re.compile(
    r"(?i)^(?:[-=_~*]{3,}|(?:from|to|date|sent|cc|von|an|datum|de|à|envoyé|para|fecha|da|a)\s*:"
    r"|.{0,60}\bme to me\b|.{0,80}\b(?:to|an|à|a)\s*:?\s*me\b)"
)


def subject_heads(lines: list[str], start: int) -> Heads:
    """The lines that open a mail of a run of mails to oneself, each with its subject, and a
    card's title line, with its title; the client's line between two mails ("----- Fri,
    Dec 4 — me to me") maps to "": no note."""
    heads: Heads = {}
    rules: list[int] = []
    for i in range(start, len(lines)):
        if lines[i][:1] not in "SsBbAaOoTtEePp" or not (m := _SUBJECT.match(lines[i].strip())):
            continue
        above = [k for k in range(max(start, i - 6), i) if lines[k].strip()][-3:]
        if tops := [k for k in above if _MAIL_TOP.match(lines[k].strip())]:
            heads[i] = _INVITED.sub("", _REPLY.sub("", m.group(1))).strip() or m.group(1)
            rules += [k for k in tops if lines[k].strip()[:1] in "-=_~*"]
    first = next((i for i in range(start, len(lines)) if lines[i].strip()), -1)
    cards = {  # (a banner on the first line is the page's title: "=== FIREFIGHTER ===")
        i: title
        for i, line in enumerate(lines[start:], start)
        if i != first and card_line(line) and (title := banner_text(line.strip()))
    }
    if len({subject.casefold() for subject in heads.values()}) < 3:
        heads, rules = {}, []
    return heads | dict.fromkeys(rules, "") | (cards if len(cards) >= 3 else {})


def card_line(line: str) -> bool:
    """A card's title line drawn with box dashes: "──────── Tech screen ────────"."""
    return bool(line) and line[0] in "─━═" and line.rstrip()[-1] in "─━═"

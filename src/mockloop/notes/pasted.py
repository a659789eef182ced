"""Formats pasted into notes, read as the lines the parser knows, line numbers kept: a
spreadsheet's CSV or tab-separated rows and a Jira or Confluence page's tables (as table rows),
a table drawn in box characters, pretty-printed JSON from a tracker, a mermaid flowchart,
speech-to-text with its punctuation said out loud, Word's "o" bullets and a chat whose
messages number the steps."""

from __future__ import annotations

import csv
import re
from collections import Counter

from .grids import gridded
from .inline import strip_inline
from .outliner import outliner_lines
from .signifiers import journal_bullets
from .stagelists import colon_lists
from .tickets import titled_tickets
from .toggles import untoggled
from .trees import untreed
from .when import says_when

__all__ = ["chat_lists", "delimited_rows", "sheet_rows", "tidied", "unboxed", "wiki_markup"]


_TICKET = re.compile(r"^[A-Z][A-Z0-9]+-\d+\s+(\S.*?)\s{2,}([A-Z][A-Z ]{1,15})$")
_WIKI_HEADING = re.compile(r"^h([1-6])\.\s+(\S.*)$")  # Jira and Confluence: "h2. Context"


def wiki_markup(lines: list[str]) -> tuple[list[str], dict[int, tuple[list[str], bool]]]:
    """Jira and Confluence wiki markup: "h2. Context" headings as Markdown ones, and a
    "||#||Stage||Who||" header with its "|1|Recruiter screen|Hannah|" rows as a table
    ({line index: (cells, is the header row)}, as delimited_rows gives)."""
    if not any(line.startswith(("h1. ", "h2. ", "h3. ", "||")) for line in lines[:2000]):
        return lines, {}
    out, rows, header = list(lines), {}, False
    for i, line in enumerate(lines):
        text = line.strip()
        if m := _WIKI_HEADING.match(text):
            out[i] = "#" * int(m.group(1)) + " " + m.group(2)
        elif m := _TICKET.match(text):  # "JOBS-113  Recruiter screen      DONE"
            out[i] = f"{line[: len(line) - len(line.lstrip())]}{m.group(1)} ({m.group(2).lower()})"
        if text.startswith("||") and text.endswith("||") and len(text) > 4:
            rows[i], header = ([c.strip() for c in text[2:-2].split("||")], True), True
        elif header and text.startswith("|") and text.endswith("|") and len(text) > 2:
            rows[i] = ([strip_inline(c.strip()) for c in text[1:-1].split("|")], False)
        else:
            header = False
    return out, rows


def delimited_rows(lines: list[str], start: int = 0) -> dict[int, tuple[list[str], bool]]:
    """CSV or tab-separated blocks pasted from a spreadsheet ("date,stage,with,status"), read as
    tables: {line index: (cells, is the header row)}. A block is a header of short labels and
    at least two rows below it with as many cells, up to a blank line or a row that differs."""
    out: dict[int, tuple[list[str], bool]] = {}
    i, end = start, len(lines)
    while i < end:
        line = lines[i]
        sep = "\t" if "\t" in line.strip() else "," if line.count(",") >= 2 else ""
        if not sep or len(line) > 200 or not (head := _header(line, sep)):
            i += 1
            continue
        block, j = [(i, head)], i + 1
        while j < end and lines[j].strip():
            row = lines[j].strip()
            if sep == "," and (", " in _unquoted(row) or row[:1] in "-*+•#>"):
                break  # a sentence or a list item, not a spreadsheet row
            cells = _cells(lines[j], sep)
            if len(cells) != len(head) and not (
                len(cells) < len(head) and len(cells) >= 2 and sep == "\t"
            ):
                break
            block.append((j, cells))
            j += 1
        if len(block) >= 3:
            out.update({k: (cells, k == i) for k, cells in block})
            i = j
        else:
            i += 1
    return out


def _unquoted(row: str) -> str:
    """The row without its quoted cells ('"Analytics Engineer, Octopus",done' → ',done')."""
    return re.sub(r'"[^"]*"', "", row)


def _cells(line: str, sep: str) -> list[str]:
    try:
        row = next(csv.reader([line.strip()], delimiter=sep), [])
    except csv.Error:
        return []
    return [strip_inline(c.strip()) for c in row]


def _header(line: str, sep: str) -> list[str]:
    """The cells of a header row: three or more short labels, none a number."""
    if sep == "," and ", " in line:
        return []  # a sentence with commas: a spreadsheet's header is "date,stage,with"
    cells = _cells(line, sep)
    labels = [c for c in cells if c]
    if len(cells) < 3 or len(labels) < len(cells) - 1 or len(labels) < 3:
        return []
    if any(len(c) > 30 or len(c.split()) > 4 or not (c[0].isalpha() or c in _NO) for c in labels):
        return []
    return cells


_NO = ("#", "№", "No.", "Nr.")  # a numbered sheet's first column


def sheet_rows(lines: list[str], start: int) -> tuple[list[str], dict[int, tuple[list[str], bool]]]:
    """The lines (Jira or Confluence headings made Markdown ones) and the rows of the tables
    a pipe table does not show: CSV, TSV and wiki tables ({line index: (cells, header)})."""
    lines, wiki = wiki_markup(lines)
    return lines, delimited_rows(lines, start) | wiki


def tidied(lines: list[str], text: str) -> list[str]:
    """Lines as the parser reads them: a drawn tree as nested bullets (untreed), box-drawn
    tables as pipe tables (unboxed), pretty-printed
    JSON as YAML-like records, a mermaid flowchart as an arrow chain, punctuation said to
    speech-to-text as the marks, Word's "o" bullets as bullets, and in a pasted chat the
    numbered messages as the numbered list they are (chat_lists), steps numbered with a dash
    ("2 — Hiring manager") as a numbered list. Each pass runs only when a
    character test on the whole text says it may apply, and no pass moves a line."""
    if "..." in text or "  " in text:  # a tracker's child issues and their blocks
        lines = titled_tickets(lines)
    if "├" in text or "└" in text or "--" in text:  # a mind map or `tree`: nested bullets
        lines = untreed(lines)
    if "│" in text or "║" in text or "┃" in text:
        lines = unboxed(lines)
    if "+--" in text or "+==" in text:  # a grid a terminal or a SQL client prints
        lines = gridded(lines)
    if '": ' in text and sum(1 for line in lines[:400] if _JSON_KEY.match(line)) >= 5:
        lines = _json_lines(lines)  # pretty-printed JSON: YAML-like records
    if "mermaid" in text and "-->" in text:  # a flowchart of the loop: its steps as arrows
        lines = _mermaid(lines)
    if len(_SPOKEN.findall(text[:20000])) >= 3:  # dictated: "… question mark. New paragraph."
        lines = [_SPOKEN.sub(_spoken, line) for line in lines]
    if "\nx " in text or "\no " in text or "\n< " in text:  # a bullet journal's signifiers
        lines = journal_bullets(lines)
    if "<summary>" in text:  # a Notion export's toggles: each summary heads what it folds
        lines = untoggled(lines)
    if "] " in text and len(_TG_STAMP.findall(text[:20000])) >= 3:  # Telegram: stamp over text
        lines = ["" if _TG_STAMP.match(line) else line for line in lines]
    if "o\t" in text:  # Word and OneNote paste their second list level as "o" and a tab
        lines = [_WORD_O.sub(r"\1◦\t", line, count=1) for line in lines]
    if "·" in text:  # calendar entries pasted as "📅 Thu Nov 19 · 11:00–11:30 · "Intro" · Zoom"
        lines = _calendar_entries(lines)
    if sum(1 for line in lines[:2000] if _step(line) != line) >= 2:
        lines = [_step(line) for line in lines]
    if _lower_case(text):  # typed on a phone: "ms orla brennan — chief pharmacist"
        lines = [_HONORIFIC.sub(_capitalised, line) for line in lines]
    if ":\n" in text:  # "onsite is Dec 2, 5 interviews (virtual):" over "ML coding, ML breadth, …"
        lines = colon_lists(lines)
    lines = outliner_lines(lines, text)  # Logseq, Roam: every line a bullet
    return chat_lists(lines) if ": " in text else lines


# a person named with an honorific, in notes typed without capitals: "mr johan botha - …"
_HONORIFIC = re.compile(
    r"(?<![\w.])(mr|mrs|ms|miss|dr|prof)(\.?\s+)([a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2})"
    r"(?=\s*(?:[—–-]\s|[,(:]|$)|\s+(?:at|from|of|on|next|and|\+)\b)"
)


def _capitalised(m: re.Match[str]) -> str:
    """ "ms orla brennan" → "Ms Orla Brennan": a name, as the notes would have it with capitals."""
    return m[1].capitalize() + m[2] + " ".join(w[:1].upper() + w[1:] for w in m[3].split())


def _lower_case(text: str) -> bool:
    """Notes typed without capitals: fewer than one capital letter in two hundred letters."""
    sample = text[:20000]
    letters = sum(1 for ch in sample if ch.isalpha())
    return letters > 200 and sum(1 for ch in sample if ch.isupper()) * 200 < letters


_QUOTED = re.compile(r'^["“](.+)["”]$')
# "2 — Hiring manager, Tomasz", "**3 – Portfolio review**, 45 min": steps numbered with a
# dash, read as the numbered list they are ("2. Hiring manager, …", "3. **Portfolio review**")
# "(2) negotiation role-play", too: a step numbered in brackets
_STEP = re.compile(
    r"^([ \t]*)(\*\*|__)?(?:(\d{1,2})([.)]|[ \t]+[—–-])|\((\d{1,2})(\)))[ \t]+(?=[^\W\d_]|[\"“(])"
)


def _step(line: str) -> str:
    m = _STEP.match(line) if line[:1] in "*_0123456789 (" else None
    if m is not None and m[5]:
        return f"{m[1]}{m[5]}. {m[2] or ''}{line[m.end() :]}"
    if m is None or m[4] in ".)":
        return line  # "1. Recruiter screen" is a list item already, "**1. HR screen**" a heading
    return f"{m[1]}{m[3]}. {m[2] or ''}{line[m.end() :]}"


def _calendar_entries(lines: list[str]) -> list[str]:
    """Each pasted calendar entry as a heading (_calendar_entry), the indented notes right
    under it as its bullets ("   → Nadia is COO" → "- Nadia is COO")."""
    out, under = list(lines), False
    for i, line in enumerate(lines):
        if (entry := _calendar_entry(line)) != line:
            body = i + 1 < len(lines) and lines[i + 1][:1].isspace() and lines[i + 1].strip()
            # an entry with no notes under it: a line of the list of entries
            out[i], under = (entry if body else "- " + entry.removeprefix("#### ")), True
        elif under and line[:1].isspace() and line.strip():
            out[i] = "- " + line.strip().lstrip("→-•* ").strip()
        else:
            under = False
    return out


def _calendar_entry(line: str) -> str:
    """A pasted calendar entry, its fields split by middle dots with the event's quoted name
    among them, as a heading of that name with the rest in brackets ("#### Intro (Thu Nov 19,
    11:00–11:30, Zoom)"), the notes under it its section; any other line as it is."""
    if line.count(" · ") < 2 or len(line) > 300:
        return line
    entry = re.sub(r"^[-*•]\s+", "", line)  # "- 📅 Tue Nov 24 · …": an entry in a list
    if entry[:1].isspace():
        return line
    fields = [f.strip() for f in entry.strip().lstrip("📅🗓\ufe0f ").split(" · ")]
    fields = [  # "HQ — bring laptop": the place, then a note
        f if _QUOTED.match(f) else re.split(r"\s+[—–]\s+", f, maxsplit=1)[0] for f in fields
    ]
    named = [i for i, f in enumerate(fields) if _QUOTED.match(f)]
    if len(named) != 1 or not says_when(" ".join(fields[: named[0]])):
        return line
    title = _QUOTED.match(fields[named[0]]).group(1)  # type: ignore[union-attr]
    rest = ", ".join(f for i, f in enumerate(fields) if i != named[0])
    return f"#### {title} ({rest})"


_WORD_O = re.compile(r"^(\s*)o\t")
_NODE = re.compile(
    r"\b([A-Za-z]\w*)\s*(\(\[|\[\[|\[\(|\(\(|\[|\(|\{)(.*?)(\]\)|\]\]|\)\]|\)\)|\]|\)|\})"
)
_EDGE = re.compile(r"\s*(?:-->|==>|-\.->|---)(?:\|[^|]*\|)?\s*")


def _mermaid(lines: list[str]) -> list[str]:
    """A mermaid flowchart as one arrow chain of its nodes' labels in the order they first
    appear ("A[Recruiter call<br/>Kelsey] --> B[Hospital interview]" → "Recruiter call
    (Kelsey) -> Hospital interview"), on the chart's first edge line; its other lines blank."""
    out, inside, first = list(lines), False, -1
    names: dict[str, str] = {}
    for i, line in enumerate(lines):
        if line.strip().startswith("```"):
            if inside and first >= 0:
                out[first] = " -> ".join(names.values())
            inside, first, names = (
                line.strip().lower().startswith("```mermaid") and not inside,
                -1,
                {},
            )
            continue
        if not inside or not _EDGE.search(line):
            continue
        first = i if first < 0 else first
        out[i] = ""
        for node in _NODE.finditer(line):
            label = re.split(r"<br\s*/?>", node.group(3).strip('"'))
            parts = [p.strip() for p in label if p.strip()]
            if parts and node.group(1) not in names:
                names[node.group(1)] = parts[0] + (
                    f" ({', '.join(parts[1:])})" if parts[1:] else ""
                )
    return out


# punctuation said out loud to speech-to-text, written as the mark it names
_SPOKEN = re.compile(
    r"(?i)(?<=\S)[ \t]{1,3}(question mark|exclamation mark|colon|semicolon|full stop|period"
    r"|new paragraph|new line)(?=[.,]|[ \t]{0,3}$)[.,]?"
)
_MARKS = {"question mark": "?", "exclamation mark": "!", "colon": ":", "semicolon": ";",
          "full stop": ".", "period": ".", "new paragraph": "", "new line": ""}  # fmt: skip


def _spoken(m: re.Match[str]) -> str:
    return _MARKS[m.group(1).lower()]


_JSON_KEY = re.compile(r'^(\s*)"([^"\\]{1,40})"\s*:\s*(.*?)\s*+,?\s*+$')
_JSON_STRING = re.compile(r'^(\s*)"((?:[^"\\]|\\.)*)"\s*,?\s*$')
_JSON_PUNCT = re.compile(r"^\s*[\[\]{}],?\s*$")


def _json_lines(lines: list[str]) -> list[str]:
    """Pretty-printed JSON as YAML-like records: an object in a list opens a "- key: value"
    entry with its other keys under it (notes.keyed reads those as rounds)."""
    out: list[str] = []
    stack: list[str] = []
    opened = False
    for line in lines:
        said, text = _json_line(line), line.strip().rstrip(",")
        if opened and said.strip() and (m := _JSON_KEY.match(line)):
            said = f"{m.group(1)[:-2]}- {said.strip()}"  # the object's first key opens it
            opened = False
        if text.endswith(("{", "[")):
            opened = text.endswith("{") and bool(stack) and stack[-1] == "["
            stack.append(text[-1])
        elif text.startswith(("}", "]")) and stack:
            stack.pop()
        out.append(said)
    return out


def _json_line(line: str) -> str:
    """A line of pretty-printed JSON as a YAML-like one: '  "with": "Priya Shah",' → '  with:
    Priya Shah'; brackets alone are blank; other lines (a comment) stay."""
    if _JSON_PUNCT.match(line):
        return ""
    if element := _JSON_STRING.match(line):  # an array's string: a list entry
        return f"{element.group(1)}- {element.group(2).replace(chr(92) + chr(34), chr(34))}"
    if not (m := _JSON_KEY.match(line)):
        return line
    value = m.group(3).rstrip(",").strip()
    if value in ("{", "[", "null", "[]", "{}"):
        value = ""
    elif len(value) >= 2 and value[0] == value[-1] == '"':
        value = value[1:-1].replace('\\"', '"')
    return f"{m.group(1)}{m.group(2)}: {value}".rstrip()


# "Marisol: 2) Tasting — Tue 3/10", "[12/01, 19:02] Tasha: 1. Recruiter call": who says it
# (after a time stamp the speaker may be "me")
_SPEAKER = re.compile(
    r"^(?:\[[^\]]{4,30}\]\s*(?=[A-Za-z])|(?=[A-Z]))([\w.'’ -]{1,25}):[ \t]+(\S.*)$"
)
_ENUMERATED = re.compile(r"^(?:\d{1,2}[.)]|\(\d{1,2}\))[ \t]+\S")


def chat_lists(lines: list[str]) -> list[str]:
    """In a chat pasted line by line ("Name: message", a handful of names), a message that is
    a numbered entry ("Marisol: 1) Stage — Sat 3/7") is read as that entry, speaker dropped;
    every other line stays as it is, so line numbers never move."""
    said = [m.group(1) for line in lines[:5000] if (m := _SPEAKER.match(line))]
    counts = Counter(said)
    head = "".join(lines[:200])
    if ("[" in head or "/" in head) and (own := _own_channel(lines)) is not lines:
        return own
    speakers = {name for name, n in counts.items() if n >= 2}  # "Recruiter: Jane" is a label
    if len(said) < 4 or len(counts) > 6 or len(speakers) < 2:
        return lines
    out = list(lines)
    for i, line in enumerate(lines):
        m = _SPEAKER.match(line)
        if m and m.group(1) in speakers and _ENUMERATED.match(m.group(2)):
            out[i] = _step(m.group(2))
    return out


_STAMPED = re.compile(r"^\[[^\]]{4,30}\]\s*([\w.'’ ()-]{1,30}):[ \t]+(?=\S)")
# a Telegram message's own line: "[09.03.2027 20:40] Mikkel Sørensen:", "[…] [Forwarded from …]"
_TG_STAMP = re.compile(
    r"(?m)^\[\d{1,2}\.\d{1,2}\.\d{2,4},? \d{1,2}:\d\d(?::\d\d)?\] (?:[^:\[\]\n]{1,40}:"
    r"|\[Forwarded from [^\]\n]{1,40}\])[ \t]*$"
)
# a phone's chat export: "02/12/26, 9:41 pm - Sneha Patil: …", "[02/12/2026, 21:41:07] Sneha: …"
_PHONE_CHAT = re.compile(
    r"^\[?\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}[:.]\d\d(?::\d\d)?\s*(?:[ap]\.?\s?m\.?)?\]?"
    r"\s*(?:[-–]\s*)?([^\W\d][^:\n]{0,40}):\s+(?=\S)",
    re.IGNORECASE,
)


def _own_channel(lines: list[str]) -> list[str]:
    """A chat export where one person writes nearly every stamped message (notes posted to
    one's own channel, a WhatsApp chat with oneself): each message as the line it is,
    "[2026-11-28 08:03] Elin Berg: 1. …" → "1. …", so its lists and labels read as in any
    notes. Other chats: ``lines`` itself."""
    for stamped in (_STAMPED, _PHONE_CHAT):
        said = Counter(m.group(1) for line in lines[:5000] if (m := stamped.match(line)))
        total = sum(said.values())
        if total >= 5 and said.most_common(1)[0][1] >= 0.9 * total:
            return [stamped.sub("", line, count=1) for line in lines]
    return lines


_BORDER = re.compile(r"^[\s─━═┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬╒╕╘╛╞╡╤╧╪╓╖╙╜╟╢╥╨╫│║┃+-]*$")
_SIDES = re.compile(r"[│║┃]")


def unboxed(lines: list[str]) -> list[str]:
    """Tables and boxes drawn in box-drawing characters, as pipe tables and plain lines: a
    rule across columns ("├──┼──┤") is a table's delimiter row, other rules are blank, "│ a │
    b │" is a row, and "║ ① Interview ║" is the line inside its box. Line numbers stay."""
    out = []
    for line in lines:
        if not _SIDES.search(line) and not any(c in line for c in "─━═"):
            out.append(line)
        elif _BORDER.match(line):
            cross = line.count("┼") + line.count("╬") + line.count("╪") + line.count("╫")
            out.append("|" + "---|" * (cross + 1) if cross else "")
        else:
            cells = [c.strip() for c in _SIDES.split(line.strip())]
            cells = cells[1:] if not cells[0] else cells
            cells = cells[:-1] if cells and not cells[-1] else cells
            out.append(
                line
                if not cells
                else "| " + " | ".join(cells) + " |"
                if len(cells) > 1
                else cells[0]
            )
    return out

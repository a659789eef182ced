"""The notes flattened for extraction: every item in order, each section's parent and class.

Round detection and the rest of the plan both ask the same questions of every line (which
section is it in, what is that section for, what words does it hold), so they are answered
here: section facts once, when the outline is built; a line's tokens and round types on
demand (mockloop.vocab keeps them per text). Everything stays linear in the size of the notes.
"""

from __future__ import annotations

import re
from functools import cached_property
from itertools import accumulate, chain, repeat

from .parser import Item, Notes, Section
from .vocab import explicit, gloss, outside_brackets, round_types, tokens

_QUESTIONS = re.compile(
    r"\b(questions?|questons|quesitons|qeustions|questins|qustions|quetions|quesions|questoins"
    r"|qs|q's|q’s|q&as?|preguntas|perguntas|vragen|fragen|questions à poser|domande"
    r"|pytania|pytań|frågor|spørgsmål|spørsmål|otázky|sorular|kysymykset|întrebări|intrebari"
    r"|kérdések|kérdéseim|kerdesek|tanong|mga tanong|pertanyaan|maswali|soalan"
    r"|jilmun|gyaku shitsumon|shitsumon|preguntes|soracaklarım|soracaklarim|sorulacaklar"
    r"|domande da fare|da chiedere|te vragen|vragen aan|vragen voor|à demander|a demander"
    r"|câu hỏi|cau hoi|kysyttävää|kysyttavaa|sawaal|sawal|mau tanya|ingin tanya|ingin bertanya"
    r"|perguntar|въпроси|вопросы|запитання|питання|ερωτήσεις|klausimai|jautājumi|küsimused"
    r"|küsimusi|vprašanja|vprašanje|pitanja|spurningar|muốn hỏi|muon hoi|שאלות|سوالات|سؤالات"
    r"|پرسش‌ها|پرسشها|vrae|pyetje|pyetjet|cwestiynau|sualları|suallar|прашања|прашам|питања"
    r"|küsimus)\b|질문|質問|想問|想问|คำถาม|კითხვები"
    r"|\bto ask\b"
    r"|\bwant to ask\b|\bwanna ask\b|,\s*ask\s*:?$|\bfind out\b|\bwant to know\b|\bcurious about\b"
    r"|\bmy asks\b|^asks\b|^ask\b(?! me\b)|^(?:zu )?fragen\b|^preguntar\b|\bpour eux\b"
    r"|\breverse[- ]interview\b|\bpoochn[ae]\b|\bpuchn[ae]\b"
    r"|\b(?:do|should|can|could|will|would|shall)\s+i\s+ask\b|\bask\s+them\b"  # "What do I ask them?"
)
_ASIDE = re.compile(r",|\(|\s[-–—]\s|\b(?:so|in case|when|because|since|if)\b")
_THEY_ASK = re.compile(
    r"\b(they|they'll|they’ll|expect|expected|likely|practice|mock|behavioral|might ask me"
    r"|asked me|ask me|common|typical|sample|past|prep questions|beklediğim|beklenen|verwacht"
    r"|verwachte|erwartete|erwartet|esperadas|probabili|probables|mi chiederanno|yesang|mungkin"
    r"|ditanya|d[ựu] ki[ếe]n|prov[áa]veis|mog[ąa] zapyta[ćc]|spodziewane|f[öo]rv[äa]ntade|troliga"
    r"|likes|loves|scenario)\b"
    r"|想定|予想|예상"
)
_PITCH = re.compile(
    r"^(why|warum|wieso|por ?qu[ée]|pourquoi|perch[ée])\b|\bwhy (now|us|me|this|here|i)\b"
    r"|tell me about yourself|\btmay\b|about me|über mich|sobre m[ií]|\bintro(duction)?\b"
    r"|\bpitch\b|\bmy story\b(?!\s*(?:bank|list|ideas))|walk me through|\bmotivation\b|\bmotivaci[oó]n\b"
    r"|\bnarrative\b|\bself[- ]intro|\bvorstellung\b|\bpresentaci[oó]n personal\b"
    r"|\belevator\b|\bmy why\b|^(?:my )?positioning\W*$|^waarom\b|^(?:my )?spiel\W*$"
    r"|^(?:de ce|miért|miert|proč|hvorfor|hvorfør|miksi|mengapa|kenapa|bakit|kwa nini|neden"
    r"|per qu[èe]|varf[öo]r|dlaczego|czemu|por que|porque|t[ạa]i sao|v[ìi] sao)\b"
    r"|^(?:왜|なぜ)|\bperkenalan diri\b|/\s*why\b|自己pr|志望動機|自我介绍|자기소개|지원\s?동기"
    r"|為什麼|为什么|為何|^(?:pre[čc]o|защо|почему|чому|γιατί|kod[ėe]l|hoekom|зошто|зашто"
    r"|kāpēc|kapec|niyə|niye|miks)\b|^რატომ|^(?-i:pse|pam)\s"
    r"|^(?:if|when) (?:they|anyone|someone) asks?(?: me)? why (?:them|us|here)\b"  # "if they ask why them:"
)
_MEETS = re.compile(r"\bintro\s+(?:w/|with)\s")  # "intro w/ Noor": a meeting, not a pitch
_MESSAGE = re.compile(
    r"\b(?:e-?mail|mail|message|slack|dm|inmail|linkedin|whatsapp|text|sms|wrote|says|said"
    r"|according to|según|laut|from (?:the )?recruiter)\b"
)
_ROUND_WORD = re.compile(r"\b(call|chat|screen|round|interview|meeting|session)\b")
_CLASSES = (
    (
        "process",
        re.compile(
            r"\b(process|loop|rounds|stages|pipeline(?!\s+(?:design|review|round))|onsite|on-site|panel(?!\s*#?\d)|superday|ablauf"
            r"|prozess|proceso|processus|etapas|fases|runden|étapes|rondas|assessment cent(?:re|er)"
            r"|processen|prosessi|süreç|süreci|surec|proses|tahapan|전형|प्रक्रिया|选拔|流程"
            r"|folyamat|forløb|etape|etapy|přehled|prehled|rekrytointi|proces|prosessen|prosess"
            r"|alur seleksi|tahapan seleksi|proses seleksi|hatua za usaili|hatua"
            # "rounds", "stages", "the selection process" in more of the notes' languages
            r"|kola|fáze|průběh|výběrové řízení|rundy|etapy rekrutacji|fordulók|fordulok|lépések|körök"
            r"|vaiheet|kierrokset|rekrytointiprosessi|các vòng|vòng phỏng vấn|quy trình|etape|runde"
            r"|στάδια|γύροι|διαδικασία|procés|etapes|rondes|proseso|mga hakbang|aşamalar|asamalar"
            r"|turlar|fasi|iter|selezione|stappen|sollicitatieprocedure|steg|rundor|runder"
            r"|rekryteringsprocess|schritte|bewerbungsprozess|auswahlverfahren|этапы|раунды"
            r"|процесс|етапи"
            r"|assessment day|how (?:they|it) (?:run|runs|work|works)|how the day (?:runs|works)"
            r"|^(?:the |my )?interviews:?$|^interview (?:schedule|plan|stages|steps):?$)\b"
        ),
    ),
    ("logistics", re.compile(r"\b(logistics|next steps|comp|compensation|timeline|salary)\b")),
    (
        "research",
        re.compile(
            r"\b(notes|research|company|about|market|landscape|competit\w*|product"
            r"|news|funding|background|overview|headwinds|tailwinds|swot|thesis"
            r"|strategy|business model|customers|qu[èeé] s[ée]|what i know|lo que s[ée]|tentang|kuhusu)\b"
        ),
    ),
)


NOT_ROUNDS = frozenset({"pitch", "questions"})  # classes whose lines are never rounds


def section_class(heading: str | None, items: list[Item]) -> str | None:
    """What a section is for, judged from its heading: the rest of the plan keys off this.
    A recruiter section written as prose or quotes is the candidate's pitch for that call.
    (Substring tests before each pattern: a 10 MB file has tens of thousands of headings.)"""
    if heading is None:
        return None
    h = gloss(heading).strip().lower()  # "问题", "Питання", "أسئلة": questions
    if not h[:1].isalnum():  # "🎯 Why Spotify", "❓ Questions to ask"
        h = h.lstrip("".join(c for c in h[:8] if not c.isalnum()))
    if questions_header(h) and (
        questions_header(out := outside_brackets(h)) or not round_types(out)
    ):
        return "questions"  # not "Drug calc test (30 min, 10 questions)": a round
    if _maybe_pitch(h) and (m := _PITCH.search(h)):
        intro = m.group(0).startswith("intro") and not _PITCH.search(h, m.end())
        if not (intro and (_ROUND_WORD.search(h) or _MEETS.search(h))):  # "Intro call w/ Nadia"
            return "pitch"
    if _CLASSES[0][1].search(h) and not _ROUND_WORD.search(h):
        return "process"  # "El proceso según la recruiter:": the loop, as the recruiter told it
    if "recruiter" in round_types(
        outside_brackets(heading)
    ):  # the item's own text: one tokenising for both
        body = [i for i in items if i.kind != "heading"]
        prose = sum(1 for i in body if i.kind == "quote" or len(i.text) > 120)
        # (not "Steg 1 – Rekryterarsamtal ✅" over its report: a numbered step is the round)
        if body and prose * 2 >= len(body) and not explicit(heading):
            return None if _MESSAGE.search(h) else "pitch"
        return "recruiter"
    for cls, pattern in _CLASSES:
        if pattern.search(h) and not (cls == "research" and "interview" in h):
            return None if cls == "process" and _ONE_PANEL.match(h) else cls
    return None


_ONE_PANEL = re.compile(r"^\W*panel\s+interview\W*$")  # "PANEL INTERVIEW": one round, its notes


def questions_header(text: str) -> bool:
    """A heading or label for the candidate's own questions, in any common spelling."""
    h = text.lower()
    # "Things I want to ask, so I don't blank when they say …": the aside after the label
    # does not make it the interviewers' questions
    label = _ASIDE.split(h, maxsplit=1)[0]
    return might_ask(h) and bool(_QUESTIONS.search(h)) and not _THEY_ASK.search(label)


def might_ask(h: str) -> bool:
    """False when a lower-case text cannot be about questions to ask: it holds none of the
    words' stems (one scan before any pattern)."""
    return _MIGHT_ASK.search(h) is not None


_MIGHT_ASK = re.compile(
    "q|ask|find out|frag|pregunt|know|curious|pour eux|reverse|pergunt|maswali|vragen|jilmun"
    "|shitsumon|pyta|fråg|spørg|spørs|otázk|pooch|puch|ntreb|rdés|rdes|tanong|sor|soal|chied|domand"
    "|demand|hỏi|hoi|질문|質問|sawa|tany|kysy|vraag|zapyt|spyt|pita|vpraš"
    "|въпрос|вопрос|запит|питан|ερωτ|klausim|jautāj|想問|想问|küsim|pitanj|spurn|คำถาม|שאל"
    "|سوال|سؤال|پرسش|vrae|pyetje|cwestiwn|cwestiyn|suall|праша|питањ|კითხვ"
)


def _maybe_pitch(h: str) -> bool:
    """False when _PITCH cannot match: none of its words is in the heading."""
    return (
        "why" in h
        or "de ce" in h
        or "mi" in h
        or "pro" in h
        or "hvorf" in h
        or "miksi" in h
        or "ngapa" in h
        or "bakit" in h
        or "nini" in h
        or "neden" in h
        or "about" in h
        or "warum" in h
        or "wieso" in h
        or "qu" in h
        or "perch" in h
        or "tmay" in h
        or "ber mich" in h
        or "sobre" in h
        or "narrative" in h
        or "vorstellung" in h
        or "motiva" in h
        or "presentaci" in h
        or "intro" in h
        or "pitch" in h
        or "story" in h
        or "walk" in h
        or "motivation" in h
        or "elevator" in h
        or "spiel" in h
        or "positioning" in h
        or "waarom" in h
        or "per qu" in h
        or "perkenalan" in h
        or "varf" in h
        or "dlaczego" in h
        or "czemu" in h
        or "sao" in h
        or "왜" in h
        or "なぜ" in h
        or "為" in h
        or "为什么" in h
        or "preč" in h
        or "preco" in h
        or "защо" in h
        or "почему" in h
        or "чому" in h
        or "γιατί" in h
        or "kodė" in h
        or "kodel" in h
        or "自己" in h
        or "志望" in h
        or "自我" in h
        or "자기" in h
        or "지원" in h
    )


def _tree(sections: list[Section]) -> tuple[list[int | None], list[int]]:
    """Each section's parent (the nearest heading above it of a lower level) and the line
    where its subtree ends (10**12 for one that runs to the end of the notes)."""
    parents: list[int | None] = []
    ends = [10**12] * len(sections)
    stack: list[tuple[int, int]] = []
    for k, sec in enumerate(sections):
        while stack and stack[-1][0] >= sec.level:
            ends[stack.pop()[1]] = sec.line
        parents.append(stack[-1][1] if stack else None)
        if sec.heading is not None:
            stack.append((sec.level, k))
    return parents, ends


class Outline:
    """Items ``0..n-1`` in document order. ``secs[k]`` is item k's section, ``cls[k]`` the class
    it inherits from the nearest classified heading; per section: ``parents``, ``own`` class,
    effective class ``eff``, ``ends`` (the line where its subtree ends) and ``starts`` (the
    index of its first item)."""

    def __init__(self, notes: Notes) -> None:
        self.notes = notes
        sections = notes.sections
        self.parents, self.ends = _tree(sections)
        self.own = [section_class(s.heading, s.items) for s in sections]
        self.eff: list[str | None] = []
        for own, parent in zip(self.own, self.parents, strict=True):
            self.eff.append(own or (self.eff[parent] if parent is not None else None))
        sizes = [len(s.items) for s in sections]
        self.starts = list(accumulate(sizes, initial=0))[:-1]
        self.items: list[Item] = list(chain.from_iterable(s.items for s in sections))
        self.secs = list(chain.from_iterable(repeat(k, n) for k, n in enumerate(sizes)))
        self.cls = list(map(self.eff.__getitem__, self.secs))

    @cached_property
    def sibling_groups(self) -> list[list[int]]:
        """The sections grouped by parent and level, each group in notes order."""
        groups: dict[tuple[int | None, int], list[int]] = {}
        for k, (sec, parent) in enumerate(zip(self.notes.sections, self.parents, strict=True)):
            groups.setdefault((parent, sec.level), []).append(k)
        return list(groups.values())

    @cached_property
    def _group_of(self) -> list[list[int]]:
        out: list[list[int]] = [[] for _ in self.parents]
        for members in self.sibling_groups:
            for k in members:
                out[k] = members
        return out

    def siblings(self, sec: int) -> list[int]:
        """The sections under the same parent as ``sec``, at its level, ``sec`` among them."""
        return self._group_of[sec]

    @cached_property
    def typed_siblings(self) -> list[int]:
        """Per section: how many other headings under the same parent, at the same level,
        name a round type ("### Coding 1", "### System design" beside "### Troubleshooting")."""
        out = [0] * len(self.parents)
        for members in self.sibling_groups:
            typed = [bool(round_types(self.notes.sections[k].heading or "")) for k in members]
            total = sum(typed)
            for k, t in zip(members, typed, strict=True):
                out[k] = total - t
        return out

    def toks(self, k: int) -> tuple[str, ...]:
        """Item k's word tokens (vocab.tokens keeps them per text: most lines never need them)."""
        return tokens(self.items[k].text)

    def types(self, k: int) -> tuple[str, ...]:
        """Round types item k names, in order of first mention."""
        return round_types(self.items[k].text)

    def below(self, k: int) -> list[int]:
        """Indices of the items after heading item ``k`` inside its subtree (sub-sections too),
        read up to the subtree's end, never over the rest of the notes."""
        end, out = self.ends[self.secs[k]], []
        for j in range(k + 1, len(self.items)):
            if self.items[j].line >= end:
                break
            out.append(j)
        return out

    def section_items(self, sec: int) -> range:
        """Indices of a section's items."""
        end = self.starts[sec + 1] if sec + 1 < len(self.starts) else len(self.items)
        return range(self.starts[sec], end)

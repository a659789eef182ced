"""Guards on every live interviewer turn, in code: the prompt asks a model to keep its agenda
private and its turns short, and this makes sure of it.

A turn streams through ``GuardedSink``, which passes text on one sentence at a time, once the
sentence can no longer turn into a leak. Each released prefix is checked for:

- runaway or degenerate output: too many words for a turn, a long run of digits or of one
  character, the same phrase over and over;
- a leak of what the candidate must not see: the agenda's key points or the rubric's
  criteria (most of one's words in one sentence), or the words that frame them ("a strong
  answer covers", "key points", "rubric", "Q2:", "director").

A violation stops the stream (``GuardViolation``); the interviewer regenerates once with a
stricter note and otherwise falls back to the agenda's own wording. The candidate only ever
sees text that passed, and that is what the transcript stores.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from mockloop.records import Turn
from mockloop.text import content_words, words

DEFAULT_MAX_WORDS = 130  # two to four sentences, with room for a warm greeting
TURN_MAX_TOKENS = 400  # the cap sent with every interviewer turn


def turn_max_tokens() -> int:
    """MOCKLOOP_TURN_MAX_TOKENS overrides the cap (a verbose model, a longer greeting)."""
    try:
        return max(50, int(os.environ.get("MOCKLOOP_TURN_MAX_TOKENS", TURN_MAX_TOKENS)))
    except ValueError:
        return TURN_MAX_TOKENS


_LEAK_WORDS = re.compile(
    r"strong answer|good answer (?:covers|includes|would)|key points?|rubric|criteri(?:a|on)\b|"
    r"\bQ\d+\s*[:.)]|<\s*/?\s*director|director note|my agenda|the agenda|grading|"
    r"level [1-5]\b|scored? (?:you|this answer)|evaluation criteria",
    re.IGNORECASE,
)
_DIGIT_RUN = re.compile(r"\d[\d,. ]{24,}")
_CHAR_RUN = re.compile(r"(\S)\1{15,}")
_SENTENCE_END = re.compile(r"[.!?…][\"')\]]*(?:\s|$)|\n")


# Where a small model stops being the interviewer: a chat-template token, the candidate's
# delimiters, or a "Candidate:" line (it starts writing the candidate's answer). The turn ends
# there; what came before it stands.
_TURN_OVER = re.compile(
    r"<\s*\|+\s*(?:im_end|im_start|end_of_turn|start_of_turn|eot_id|endoftext|end)\s*\|*\s*>|"
    r"<\|?(?:im_end|im_start|end_of_turn|start_of_turn|eot_id|endoftext|end)\|?>|</?s>|"
    r"<\s*/?\s*(?:answer|question|candidate|director|user|assistant|system|model)\b[^>]*>|"
    r"(?:^|\n)\s*(?:\*\*)?(?:you|candidate|user|me)(?:\*\*)?\s*:",
    re.IGNORECASE,
)


def split_sentences(text: str) -> list[str]:
    """Sentences as the guard releases them (the same rule for earlier turns and new text)."""
    out, start = [], 0
    for end in _SENTENCE_END.finditer(text):
        out.append(text[start : end.end()])
        start = end.end()
    if start < len(text):
        out.append(text[start:])
    return [s for s in out if s.strip()]


class TurnOver(Exception):
    """The model went on past its own turn; keep what it said before."""


class GuardViolation(Exception):
    def __init__(self, kind: str, detail: str) -> None:
        super().__init__(f"{kind}: {detail}")
        self.kind = kind
        self.detail = detail


@dataclass
class Guard:
    """What one session's interviewer must never say, and how long a turn may run."""

    private: list[set[str]] = field(default_factory=list)  # content words of each secret
    max_words: int = DEFAULT_MAX_WORDS

    @classmethod
    def for_session(
        cls, key_points: list[str], criteria: list[str], max_words: int = DEFAULT_MAX_WORDS
    ) -> Guard:
        private = [content_words(t) for t in [*key_points, *criteria]]
        return cls([p for p in private if len(p) >= 4], max_words)

    def risky(self, sentence: str) -> bool:
        """Could this unfinished sentence still turn into a leak? Then it is held back."""
        if _RISKY.search(sentence):
            return True
        said = content_words(sentence)
        return any(len(said & secret) >= 2 for secret in self.private)

    def check(self, text: str) -> GuardViolation | None:
        count = len(words(text))
        if count > self.max_words:
            return GuardViolation("runaway", f"over {self.max_words} words")
        if _DIGIT_RUN.search(text) or _CHAR_RUN.search(text):
            return GuardViolation("degenerate", "a long run of digits or of one character")
        if count >= 24 and _repeats(text):
            return GuardViolation("repetition", "the same phrase over and over")
        leak = _LEAK_WORDS.search(text)
        if leak:
            return GuardViolation("leak", f"said {leak.group(0)!r}")
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            said = content_words(sentence)
            for secret in self.private:
                if len(said & secret) >= max(4, 0.7 * len(secret)):
                    return GuardViolation("leak", "most of a private key point or criterion")
        return None


_RISKY = re.compile(
    r"strong|good answer|key|rubric|criteri|\bq\d|level|director|agenda|grad|scor|evaluat|<|\[",
    re.IGNORECASE,
)


def _repeats(text: str) -> bool:
    """A four-word phrase said four times or more."""
    tokens = [w.lower() for w in words(text)]
    grams = Counter(tuple(tokens[i : i + 4]) for i in range(len(tokens) - 3))
    return bool(grams) and grams.most_common(1)[0][1] >= 4


# a sentence that opens on an ask in the imperative ("Explain your answer.", "Walk me through…"):
# after a question it is a second ask; before one it may be the question's set-up ("Pick a
# system you know deeply. Walk me through… What made it hard?"). The self-test counts asks by
# the same pattern.
ASK_OPENING = re.compile(
    r"^\W*(?:(?:so|now|next|okay|ok|great|alright|thanks|and)[,.!]?\s+)*(?:please\s+)?"
    r"(?:tell me|walk me through|talk me through|take me through|describe|explain|give me|"
    r"share|let'?s hear|i'?d like (?:you )?to hear|i'?d love to hear)\b",
    re.IGNORECASE,
)


def _asks(sentence: str) -> bool:
    """A question, or a sentence that opens on an ask."""
    return "?" in sentence or bool(ASK_OPENING.match(sentence))


_AGAIN = re.compile(
    r"(?i)\b(?:repeat|rephrase|say (?:that|it) again|once more|didn'?t (?:catch|get|understand)"
    r"|what was the question|come again|pardon)\b"
)


class GuardedSink:
    """Passes a turn on sentence by sentence, each only after the guard has read it. After the
    turn's first question, sentences are held whole, and a second question ends the turn
    there: a small model that asks two things at once is cut to the first."""

    def __init__(
        self,
        guard: Guard,
        sink: object,
        earlier: list[str] | tuple[str, ...] = (),
        quiet: bool = False,
        echo: list[str] | tuple[str, ...] = (),
        questions: list[str] | tuple[str, ...] = (),
    ) -> None:
        self.guard = guard
        self.sink = sink
        self.quiet = quiet  # a turn that must ask nothing (the closing): each sentence is held
        # whole, and one that asks a question stops the turn before it is shown
        # sentences of eight words or more the interviewer already said this session: a weak
        # model that copies its last turn is stopped like one that repeats itself
        self.earlier = {
            said
            for turn in earlier
            for sentence in split_sentences(turn)
            if len((said := " ".join(words(sentence.lower()))).split()) >= 8
        }
        # the candidate's own sentences of four words or more: a model that says the answer
        # back as its turn ("asdf qwerty zxcv blorp 7777 ???") is stopped the same way
        self.earlier |= {
            said
            for turn in echo
            for sentence in split_sentences(turn)
            if len((said := " ".join(words(sentence.lower()))).split()) >= 4
        }
        # the main questions already asked, as content words: one asked again in other words
        # ("What is batching, and how does…" after "What is continuous batching, and how…");
        # the same generic probe on another question is fine, so follow-ups are not here
        self.asked = [
            found
            for turn in questions
            for sentence in split_sentences(turn)
            if "?" in sentence and len(found := content_words(sentence)) >= 4
        ]
        self.restart()

    @classmethod
    def for_turns(
        cls, guard: Guard, sink: object, turns: Sequence[Turn], quiet: bool = False
    ) -> GuardedSink:
        """The sink for the next turn of a session with these turns: the interviewer's own
        sentences, the candidate's, and the main questions already asked."""
        own = [t.text for t in turns if t.speaker == "interviewer"]
        said = [t.text for t in turns if t.speaker != "interviewer"]
        asked = [t.text for t in turns if t.speaker == "interviewer" and t.kind == "question"]
        if asked and said and _AGAIN.search(said[-1]):  # "could you repeat the question?"
            asked = asked[:-1]  # the question in play may be said again, in other words
        return cls(guard, sink, own, quiet=quiet, echo=said, questions=asked)

    def restart(self) -> None:
        self.shown = ""
        self.asked_once = False
        self.pending = ""
        self._said: set[str] = set(self.earlier)

    def feed(self, chunk: str) -> None:
        self.pending += chunk
        over = _TURN_OVER.search(self.pending)
        if over is not None:
            self.pending = self.pending[: over.start()]
            self.finish()
            raise TurnOver
        while (end := _SENTENCE_END.search(self.pending)) is not None:
            sentence = self.pending[: end.end()]
            whole = self._sentence() + sentence  # its opening words may be out already
            if self.asked_once and _asks(whole):  # one question a turn: a second ends it
                self.pending = ""
                raise TurnOver("a second question")
            self._release(sentence)
            self.asked_once = self.asked_once or "?" in whole  # a set-up before it may ask
            self.pending = self.pending[end.end() :]
        # a turn that never ends a sentence is still held to the limits
        violation = self.guard.check(self.shown + self.pending)
        if violation is not None and violation.kind != "leak":
            raise violation
        # the unfinished sentence goes out word by word unless it could still become a leak
        cut = self.pending.rfind(" ")
        partial = self._sentence() + self.pending
        if (
            cut > 0
            and not self.quiet
            and not self.asked_once  # after a question, a sentence goes out whole or not at all
            and not self.guard.risky(partial)
            and not self._repeating(partial)
        ):
            self._release(self.pending[:cut], whole=False)
            self.pending = self.pending[cut:]

    def finish(self) -> str:
        if self.pending:
            self._release(self.pending)
            self.pending = ""
        return self.shown.rstrip()

    def _asked_before(self, sentence: str) -> bool:
        mine = content_words(sentence)
        return len(mine) >= 4 and any(
            len(mine & theirs) >= 0.8 * len(mine | theirs) for theirs in self.asked
        )

    def _repeating(self, partial: str) -> bool:
        """The unfinished sentence opens like one already said: hold it until it is clear."""
        said = " ".join(words(partial.lower()))
        return len(said.split()) >= 3 and any(done.startswith(said) for done in self._said)

    def _sentence(self) -> str:
        """The part of the current sentence already shown."""
        end = max((m.end() for m in _SENTENCE_END.finditer(self.shown)), default=0)
        return self.shown[end:]

    def _release(self, piece: str, whole: bool = True) -> None:
        sentence = " ".join(words((self._sentence() + piece).lower()))
        if whole and len(sentence) > 20 and sentence in self._said:
            raise GuardViolation("repetition", "the same sentence twice")
        if whole and "?" in piece and self._asked_before(self._sentence() + piece):
            raise GuardViolation("repetition", "an earlier question asked again")
        violation = self.guard.check(self.shown + piece)
        if violation is not None:
            raise violation
        if self.quiet and "?" in piece:
            raise GuardViolation("a question in the closing", piece.strip()[:80])
        if whole:
            self._said.add(sentence)
        self.shown += piece
        self.sink(piece)  # type: ignore[operator]

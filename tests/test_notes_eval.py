"""The notes → plan step on labelled notes it was not written on (fixtures/notes/eval/): a
regression floor. The tuning files were used while the parser was tuned; the held-out files
were never opened for it, so their floor is lower and reported apart (bench/notes_eval.py)."""

from __future__ import annotations

import pytest

from tests.support.notes_eval import evaluate

# measured at the last change (BENCHMARKS.md); a floor a little under each, so a regression
# fails and noise does not. The held-out set (15 files, written by a helper that had not read
# the parser) was measured once before any tuning on it (2026-12-02: recall 0.60, precision
# 0.75, kind 0.73, company 1.0, role 0.8, questions 0.87, 2 default loops); the earlier
# held-out set had been reported and then joined the tuning files. The targets
# (recall and precision 0.9 on held-out) are not met yet.
# The 20 t3- tuning files (2026-12-03) at their first look: recall 0.82, precision 0.78, kind
# 0.70, pitch 65%, one default loop (an executive search whose rounds are headed by the
# interviewers' names in capitals, since read: notes/people.py).
# The 20 t4- files (later that day) at their first look: recall 0.70, precision 0.70, kind
# 0.71, questions 87%, two default loops; after tuning 0.77 / 0.75.
# The 20 t5- files (2026-12-03, a later session) at their first look, with half of that day's
# parser changes made: recall 0.86, precision 0.85, kind 0.72, questions 79%, no default loop.
# With them the tuning set holds 112 files, and its questions figure fell from 0.98 to 0.95.
# per part: the floors, and the most files that name rounds yet get the default loop
FLOORS: dict[str, tuple[dict[str, float], int]] = {
    # t4-school-district-it-admin-nested: a single panel in nested bullets. The 20 t8- files
    # (2026-12-03, a later session) at their first look: recall 0.52, precision 0.53, six
    # merges, kind 0.45, company 65%, role 55%, four default loops (spreadsheet pastes,
    # Korean and Hindi notes); after that session's t8 tuning 0.89 / 0.86, role 70%. The 20
    # t9- files at their first look, the same session: recall 0.55, precision 0.60, kind 0.46,
    # company 40%, role 60%, questions 40%, four default loops; with them the tuning set fell
    # from 0.97 / 0.93 to 0.93 / 0.90, company 0.85, questions 0.87, five default loops; after
    # that session's t9 tuning 0.76 / 0.82. The 20 t10- files (ordinary English notes and six
    # more languages) at their first look, the same session: recall 0.58, precision 0.53, six
    # merges, role 70%, four default loops; after that session's t10 tuning 0.77 / 0.74. The
    # whole tuning set (212 files) then: 0.94 / 0.91, five merges, two default loops. The 20
    # t11- files (prose letters and diaries, question headings, caps and bold person-first
    # blocks, ATS and scheduling-tool pastes, Norwegian, Indonesian, Catalan) at their first
    # look (2026-12-03, the next session, after its t10 fixes): recall 0.57, precision 0.82,
    # one merge, kind 0.73, company 80%, role 55%, questions 69%; with them the tuning set
    # (232 files) fell from 0.95 / 0.92 to 0.92 / 0.91; after that session's t11 tuning the 232
    # files were 0.96 / 0.93, kind 0.77. The 20 t12- files (ordinary notes of many habits, prose,
    # an Indeed thread, an Outlook agenda, a Sheets tracker, Swahili, Hebrew, Thai) at their first
    # look, the same session: recall 0.69, precision 0.68, two merges, kind 0.58, company 70%,
    # role 60%, questions 74%, two default loops; with them the tuning set (252 files) 0.94 / 0.91.
    # The 15 t13- files (hurried everyday notes: rounds named by who they are with, mentioned in
    # passing, told twice), first look at the end of that session: recall 0.50, precision 0.62,
    # kind 0.46, three default loops; the tuning set (267 files) then 0.94 / 0.91, four. The next
    # session's batches, each at its first look with the parser as it then stood: t14 (20
    # everyday notes) 0.65 / 0.94, questions 59%; t15 (20, seven mostly in other languages)
    # 0.78 / 0.72, kind 0.51, company 60%; t16 (20, pasted mail, invites and job ads) 0.73 /
    # 0.82; t17 (20 of very different lengths and structures) 0.84 / 0.81, five merges; after
    # that session's tuning the 347 files 0.94 / 0.91, kind 0.75, no default loop. The session
    # after (2026-12-03), each batch at its first look: t18 (20 notes mid-search, long research
    # sections) 0.85 / 0.72, kind 0.62; t19 (20, kinds as companies name them) 0.88 / 0.83,
    # kind 0.64, one default loop; t20 (20, as Logseq, Roam, Keep, CSV, SMS, .ics … export
    # them) 0.60 / 0.63, three default loops; after its tuning 0.87 / 0.78, 0.94 / 0.88 and
    # 0.82 / 0.77. t21 (15 ordinary notes) at its first look at that session's end, never
    # tuned on: 0.85 / 0.76, kind 0.58. The whole tuning set (422 files) then 0.93 / 0.89.
    # The next session (2026-12-04): t22 (20, where notes name the company and role) at its
    # first look 0.84 / 0.88, company 50%, role 80%; t23 (20, list styles, titles and round
    # boundaries) at its first look 0.85 / 0.73, kind 0.52, pitch 65%, one default loop; after
    # that session's tuning the 462 files 0.93 / 0.91, company 91%, role 88%, pitch 91%. A later
    # session: t24 (20, rounds told in passing, the employer named once) at its first look 0.64 /
    # 0.70, company 20%, two default loops; after that session's tuning 0.85 / 0.88, company 80%,
    # and the 482 files 0.93 / 0.91, company 90%, role 88%, one default loop. t25 (20, where and
    # how notes name the employer) at its first look 0.76 / 0.74, company 15%, role 45%; the 502
    # files then 0.93 / 0.90, company 88%, role 86%. t26 (20, how the rounds are told) at its
    # first look 0.80 / 0.77 (0.83 / 0.74 with the parser at that session's start); after that
    # session's tuning 0.90 / 0.82 and the 522 files 0.93 / 0.90, company 91%, role 87%.
    # t27 (20, names that hide, house-style rounds) at its first look 0.89 / 0.85, company 50%,
    # role 75%; after that session's tuning 0.89 / 0.88, company 90%, role 95%, and the 542
    # files 0.93 / 0.90, company 92%, role 88%. t28 (20: jobs outside tech, pasted tools, rounds
    # named by person) at its first look 0.57 / 0.66, company 35%, role 60%, five default loops;
    # after that session's tuning 0.78 / 0.92, company 75%, role 80%, t27 0.95 / 0.90, and the
    # 562 files 0.931 / 0.906, kind 0.735, company 91.3%, role 88.6%, questions 90.9%, two;
    # a second pass 0.84 / 0.93 on t28 and the 562 files 0.934 / 0.906. t29 (20, written without
    # reading the parser: email threads, chat exports, tickets, CSV, OCR, two loops in one file)
    # at its first look 0.70 / 0.79, three merges, company 30%, role 75%, two default loops; the
    # 582 files with it 0.926 / 0.903, kind 0.736, company 89.2%, role 88.1%, questions 90.9%,
    # four default loops. t32 (20, 2026-12-06) at its first look 0.82 / 0.82, company 90%, role
    # 80%; after tuning 0.95 / 0.89. t33 (20, tools not yet in the set) at its first look 0.73 /
    # 0.74, company 65%, role 60%, one default loop (the t32 rules changed nothing on it); after
    # tuning 0.90 / 0.84. The 662 files then 0.940 / 0.909, kind 0.731, order 0.945, who 0.608,
    # company 91.5%, role 89.3%, questions 91.7%, two default loops. t34 (20, 2026-12-07: the
    # candidate's questions in many spellings, companies in odd places, several rounds of a
    # kind) at its first look 0.76 / 0.86, company 65%, role 60%, questions 75%, one default
    # loop; after tuning 0.93 / 0.94, company 90%, role 75%, questions 91%. The 682 files then
    # 0.941 / 0.909, kind 0.728, order 0.946, who 0.612, company 91.6%, role 89.0%, questions
    # 93.6%, two default loops. t35 (20, 2026-12-07: chat senders, cities and products beside the
    # company, calendar pastes, a round called two names, interviewers written many ways) at its
    # first look 0.83 / 0.78, two merges, company 40%, role 40%, one default loop; after tuning
    # 0.93 / 0.83, no merge, company 80%, role 75%. t36 (20, 2026-12-07: prose is the only cue,
    # in Dutch, Portuguese, Turkish, Indonesian and Polish too; voice memos, an assessment day)
    # at its first look 0.52 / 0.62, four merges, company 15%, role 50%, six default loops; after
    # tuning 0.89 / 0.99, two merges, company 90%, role 95%, no default loop. The 722 files then
    # 0.943 / 0.914, kind 0.726, who 0.614, company 92.7%, role 89.1%, questions 93.8%, one.
    # The 20 t38- files (chat exports with a friend, voice memos, prose; 2026-12-07) at their
    # first look 0.41 / 0.58, eight merges, company 40%, role 45%, questions 48%, five default
    # loops; with them the 762 files 0.923 / 0.908, company 90.8%, role 87.9%, six default loops;
    # after that session's tuning t38 0.68 / 0.95, company 90%, no default loop, and the 762
    # files 0.933 / 0.917, kind 0.732, who 0.622, company 92.1%, role 88.5%, questions 93.3%, one.
    # The 20 t39- files (chats in eleven more apps, recruiter mail, trackers; 2026-12-07) at
    # their first look 0.54 / 0.55, one merge, company 35%, role 40%, questions 48%, three
    # default loops; with them the 782 files 0.920 / 0.906, company 90.7%, role 87.2%, four;
    # after that session's t39 tuning t39 0.72 / 0.93, no default loop, and the 782 files
    # 0.926 / 0.918, kind 0.732, company 91.4%, role 87.5%, questions 93.1%, one.
    # The 20 t40- files (calendar pastes, checklists, companies named only in prose; 2026-12-07)
    # at their first look 0.48 / 0.63, company 40%, role 25%, questions 62%, four default loops;
    # with them the 802 files 0.916 / 0.912, company 90.1%, role 85.9%, five (floors lowered
    # while that session tunes on them).
    # After that session's t40 tuning t40 0.80 / 0.91, company 65%, role 40%, pitch 75%,
    # questions 84%, no default loop, and the 802 files 0.924 / 0.918, kind 0.729, who 0.619,
    # company 90.8%, role 86.5%, questions 93.0%, one (the 782 without t40: 0.927 / 0.918).
    # The 20 t41- files (tables keyed by row number, memos, diaries, Keep cards, mails to
    # oneself, recruiter signatures, maybe-rounds; 2026-12-07) at their first look 0.50 / 0.58,
    # company 60%, role 40%, questions 59%, five default loops; with them the 822 files
    # 0.912 / 0.909, company 90.1%, role 85.6%, questions 92.3%, six (floors lowered while
    # that session tunes on them). After that session's tuning t41 0.57 / 0.66, four default
    # loops, and the 822 files 0.914 / 0.911, kind 0.728, company 90.3%, role 86.4%, questions
    # 92.3%, five (the 802 without t41: 0.925 / 0.917, role 87.2%, one).
    # The 20 t42- files (pitches and questions written every way, memos, diaries, chats;
    # 2026-12-08) at their first look 0.62 / 0.77, company 60%, role 70%, pitch 65%, questions
    # 82%, three default loops; with them the 842 files 0.907 / 0.908, company 89.5%, role
    # 86.0%, questions 92.1%, eight (floors lowered while that session tunes on them). After
    # that session's tuning t42 0.71 / 0.86, company 65%, pitch 75%, two default loops, and the
    # 842 files 0.909 / 0.910, kind 0.729, company 89.8%, role 86.0%, questions 92.1%, seven
    # (the 822 without t42: 0.914 / 0.911, company 90.4%, pitch 90.1%, five).
    # The 20 t43- files (mostly English: prose that opens on a container, chat rounds with no
    # kind word, a task and its debrief, odd role spellings, questions told in prose; 2026-12-08)
    # at their first look 0.49 / 0.70 with the parser at that session's start and 0.52 / 0.72
    # after its first rules, eight merges, company 75%, role 55%, pitch 60%, questions 67%,
    # three default loops; with them the 862 files 0.901 / 0.907, company 89.4%, role 85.3%,
    # questions 91.6%, ten (floors lowered while that session tunes on them). After that
    # session's tuning t43 0.68 / 0.81, company 90%, role 65%, pitch 65%, questions 75%, two
    # default loops (Sinhala and Khmer notes), and the 862 files 0.905 / 0.908, kind 0.727,
    # company 89.8%, role 85.6%, questions 91.8%, nine (the 842 without t43: 0.911 / 0.910,
    # role 86.1%, seven; t42 0.76 / 0.88).
    "tuning": ({"recall": 0.9, "precision": 0.9, "kind": 0.72, "order": 0.93, "who": 0.59,
                "company": 0.89, "role": 0.85, "questions": 0.91}, 9),
    "heldout": ({"recall": 0.57, "precision": 0.72, "kind": 0.7, "company": 0.93, "role": 0.75,
                 "questions": 0.83}, 2),
    # heldout3 (15 files written without reading the parser), measured once on 2026-12-03:
    # recall 0.80, precision 0.90, kind 0.69, company 0.93, role 0.80, questions 0.94, no
    # default loop. Its precision fell to 0.875 with the next session's t5 tuning and to 0.85
    # after the process-heading and sibling-bullet changes (commit f39783f); measured, not
    # tuned on.
    "heldout3": ({"recall": 0.76, "precision": 0.83, "kind": 0.65, "company": 0.9, "role": 0.75,
                  "questions": 0.9}, 1),
    # heldout4 (12 files), measured once at the end of 2026-12-03: recall 0.81, precision
    # 0.81, kind 0.76, company 0.92, role 0.75, questions 0.97, 2 default loops
    "heldout4": ({"recall": 0.77, "precision": 0.77, "kind": 0.72, "company": 0.9, "role": 0.7,
                  "questions": 0.93}, 2),
    # heldout5 (15 files written without reading the parser), measured once, after the t5
    # tuning (2026-12-03, a later session): recall 0.89, precision 0.84, one merge, kind 0.70,
    # company 1.0, role 0.73, pitch 0.93, questions 0.94, no default loop
    "heldout5": ({"recall": 0.86, "precision": 0.8, "kind": 0.66, "company": 0.95, "role": 0.66,
                  "questions": 0.9}, 1),
    # heldout6 (12 files written without reading the parser, during the session that tuned on
    # t5), measured once at its end: recall 0.82, precision 0.82, no merge, kind 0.59, company
    # 0.92, role 1.0, pitch 0.83, questions 0.93, no default loop
    "heldout6": ({"recall": 0.78, "precision": 0.78, "kind": 0.55, "company": 0.88, "role": 0.9,
                  "questions": 0.88}, 1),
    # heldout7 (15 files written without reading the parser, at the start of the session that
    # tuned on t6 and t7), measured once at its end: recall 0.76, precision 0.86, one merge,
    # kind 0.67, company 1.0, role 0.87, pitch 0.93, questions 0.87, no default loop
    "heldout7": ({"recall": 0.72, "precision": 0.82, "kind": 0.6, "company": 0.93, "role": 0.8,
                  "questions": 0.83}, 0),
    # heldout8 (15 files written without reading the parser, at the end of the session that
    # tuned on t6 and t7), measured once at the end of the next session, after its t8 and t9
    # tuning: recall 0.85, precision 0.85, one merge, kind 0.62, company 0.80, role 0.93,
    # pitch 1.0, questions 0.86, no default loop
    "heldout8": ({"recall": 0.81, "precision": 0.81, "kind": 0.57, "company": 0.77, "role": 0.88,
                  "questions": 0.82}, 0),
    # heldout9 (15 files written without reading the parser, at the end of the session that
    # tuned on t8-t10), measured once at the end of the next session, after its t11 and t12
    # tuning: recall 0.66, precision 0.66, four merges, kind 0.63, company 0.73, role 0.73,
    # pitch 0.87, questions 0.95, four default loops on notes that name their rounds; a second
    # look after the review's mends: 0.68 / 0.70, three default loops; a third at the end of the
    # session after (its t14-t17 work, nothing read from this set): 0.77 / 0.79, one
    "heldout9": ({"recall": 0.62, "precision": 0.62, "kind": 0.58, "company": 0.7, "role": 0.7,
                  "questions": 0.9}, 4),
    # heldout10 (15 files written without reading the parser, at the start of the session that
    # tuned on t11-t13, for a later one), measured once at the end of the next session, after
    # its t14-t17 tuning: recall 0.88, precision 0.78, no merge, kind 0.66, company 0.87, role
    # 0.87, pitch 0.73, questions 0.84, no default loop (the parser at that session's start gave
    # it 0.81 / 0.70 with two default loops)
    "heldout10": ({"recall": 0.84, "precision": 0.74, "kind": 0.6, "company": 0.8, "role": 0.8,
                   "questions": 0.8}, 1),
    # heldout11 (15 files written without reading the parser, during the session that tuned on
    # t14-t17, for a later one), measured once at the end of the next session, after its
    # t18-t20 tuning: recall 0.84, precision 0.73, one merge, kind 0.62, company 0.47, role
    # 0.67, pitch 0.80, questions 0.89, one default loop (the same recall and precision as the
    # parser at that session's start)
    "heldout11": ({"recall": 0.8, "precision": 0.69, "kind": 0.56, "company": 0.4, "role": 0.6,
                   "questions": 0.85}, 1),
    # heldout12 (15 files written without reading the parser, at the start of the session that
    # tuned on t18-t20, for a later one), measured once on 2026-12-04 after that day's t22 and
    # t23 tuning: recall 0.85, precision 0.98, three merges, kind 0.74, company 0.93, role
    # 0.80, pitch 0.80, questions 0.89, no default loop (the parser at that session's start gave
    # it the same figures)
    "heldout12": ({"recall": 0.8, "precision": 0.93, "kind": 0.68, "company": 0.86, "role": 0.73,
                   "questions": 0.84}, 0),
    # heldout13 (15 files written without reading the parser, 2026-12-03, for a later session),
    # measured once at the end of the session that tuned on t24: recall 0.90, precision 0.85,
    # one merge, kind 0.68, company 0.60, role 0.87, pitch 0.87, questions 0.94, one default
    # loop (the parser at that session's start gave it the same figures)
    "heldout13": ({"recall": 0.85, "precision": 0.8, "kind": 0.62, "company": 0.53, "role": 0.8,
                   "questions": 0.88}, 1),
    # heldout14 (15 files written without reading the parser, 2026-12-04, for a later session),
    # measured once at the end of the session that tuned on t25 and t26 (2026-12-05): recall
    # 0.76, precision 0.70, one merge, kind 0.69, company 0.73, role 0.87, pitch 0.80,
    # questions 0.89, two default loops (the parser at that session's start: 0.78 / 0.70, no
    # merge)
    "heldout14": ({"recall": 0.72, "precision": 0.66, "kind": 0.64, "company": 0.66, "role": 0.8,
                   "questions": 0.84}, 2),
    # heldout15 and heldout16 (15 files each, written without reading the parser), measured once
    # on 2026-12-05 before that session's t27 tuning (recall 0.60 and 0.84), as of 2026-12-06
    # after t28: heldout15 0.60 / 0.80, company 87%, role 73%; heldout16 0.84 / 0.82, one merge,
    # company 80%, role 67%, questions 80%
    "heldout15": ({"recall": 0.58, "precision": 0.76, "kind": 0.5, "company": 0.8, "role": 0.66,
                   "questions": 0.95}, 1),
    "heldout16": ({"recall": 0.8, "precision": 0.78, "kind": 0.58, "company": 0.73, "role": 0.6,
                   "questions": 0.75}, 1),
    # heldout17 (15 files written without reading the parser, 2026-12-05), measured once at the
    # end of the session that tuned on t28 (2026-12-06): recall 0.80, precision 0.83, no merge,
    # four splits, kind 0.76, company 80%, role 73%, pitch 73%, questions 100%, one default loop
    # (the parser at that session's start: 0.80 / 0.82, company 87%, role 73%)
    "heldout17": ({"recall": 0.78, "precision": 0.8, "kind": 0.7, "company": 0.73, "role": 0.66,
                   "questions": 0.95}, 1),
    # heldout18 (15 files written without reading the parser), measured once at the end of the
    # session that tuned on t29 and t30 (2026-12-06): recall 0.82, precision 0.82, three merges,
    # three splits, kind 0.64, company 60%, role 60%, pitch 73%, questions 94%, no default loop
    # (the parser at that session's start: 0.82 / 0.82, company 67%, role 60%). Kind 0.59 since
    # 2026-12-08: a round found then (recall 0.833 -> 0.847) has the wrong kind.
    "heldout18": ({"recall": 0.8, "precision": 0.8, "kind": 0.58, "company": 0.53, "role": 0.53,
                   "questions": 0.9}, 0),
    # heldout19 (15 files written without reading the parser), measured once at the end of the
    # session that made the plan independent of how bullets are drawn (2026-12-06): recall 0.85,
    # precision 0.83, two merges, three splits, kind 0.76, company 93%, role 93%, pitch 87%,
    # questions 94%, two default loops (the parser at that session's start: the same)
    "heldout19": ({"recall": 0.83, "precision": 0.8, "kind": 0.73, "company": 0.86, "role": 0.86,
                   "questions": 0.9}, 2),
    # heldout20 (15 files written without reading the parser), measured once at the end of the
    # session that tuned on t31 (2026-12-06): recall 0.72, precision 0.98, no merge, no split,
    # kind 0.60, company 80%, role 87%, pitch 87%, questions 78%, no default loop (the parser at
    # that session's start: the same, role 80%)
    "heldout20": ({"recall": 0.7, "precision": 0.95, "kind": 0.57, "company": 0.73, "role": 0.8,
                   "questions": 0.75}, 0),
    # heldout21 (15 files written without reading the parser, ten tech loops), measured once at
    # the end of the session that tuned on t32 and t33 (2026-12-06): recall 0.87, precision 0.92,
    # one merge, one split, kind 0.86, order 0.90, who 0.76, company 87%, role 80%, pitch 100%,
    # questions 74%, no default loop (the parser at that session's start: the same figures)
    "heldout21": ({"recall": 0.85, "precision": 0.9, "kind": 0.84, "company": 0.8, "role": 0.73,
                   "questions": 0.7}, 0),
    # heldout22 (15 files written without reading the parser, ten tech loops), measured once at
    # the end of the session that tuned on t34 (2026-12-07): recall 0.88, precision 0.91, one
    # merge, no split, kind 0.83, order 0.97, who 0.65, company 87%, role 87%, pitch 93%,
    # questions 84%, no default loop (the parser at that session's start: the same, questions 78%)
    "heldout22": ({"recall": 0.86, "precision": 0.88, "kind": 0.8, "company": 0.8, "role": 0.8,
                   "questions": 0.8}, 0),
    # heldout23 (15 files written without reading the parser, ten tech loops), measured once at
    # the end of the session that tuned on t35 (2026-12-07): recall 0.88, precision 0.94, no
    # merge, one split, kind 0.71, order 0.97, who 0.59, company 73%, role 93%, pitch 87%,
    # questions 92%, no default loop (the parser at that session's start: the same figures)
    "heldout23": ({"recall": 0.86, "precision": 0.9, "kind": 0.67, "company": 0.66, "role": 0.86,
                   "questions": 0.88}, 0),
    # heldout24 (15 files written without reading the parser, ten tech loops), measured once at
    # the end of the session that tuned on t36 (2026-12-07): recall 0.84, precision 0.86, no
    # merge, one split, kind 0.70, order 0.92, who 0.58, company 60%, role 73%, pitch 80%,
    # questions 86%, no default loop (the parser at that session's start: the same, but company
    # 53% and role 80%)
    "heldout24": ({"recall": 0.82, "precision": 0.84, "kind": 0.66, "company": 0.53, "role": 0.66,
                   "questions": 0.82}, 0),
    # heldout25 (15 files written without reading the parser, ten tech loops), measured once at
    # the end of the session that tuned on t37 (2026-12-07): recall 0.69, precision 0.92, five
    # merges, no split, kind 0.61, order 1.0, who 0.62, company 53%, role 80%, pitch 53%,
    # questions 80%, no default loop (the parser at that session's start: the same rounds,
    # precision 0.90, kind 0.59, who 0.56)
    "heldout25": ({"recall": 0.66, "precision": 0.88, "kind": 0.57, "company": 0.46, "role": 0.73,
                   "questions": 0.75}, 0),
    # heldout26 (15 files written without reading the parser, ten tech loops), measured once at
    # the end of the session that tuned on t38 (2026-12-07): recall 0.60, precision 0.75, one
    # merge, kind 0.80, who 0.57, company 73%, role 73%, pitch 73%, questions 87%, two default
    # loops (the parser at that session's start: 0.65 / 0.83, one default loop)
    "heldout26": ({"recall": 0.57, "precision": 0.72, "kind": 0.76, "company": 0.66, "role": 0.66,
                   "questions": 0.83}, 2),
    # heldout27 (15 files written without reading the parser, ten tech loops), measured once at
    # the end of the session that tuned on t39 (2026-12-07): recall 0.70, precision 0.85, no
    # merge, kind 0.68, who 0.60, company 53%, role 67%, pitch 60%, questions 75%, no default
    # loop (the parser at that session's start: the same plan for every file). That session
    # lifted heldout26 to 0.65 / 0.85, one default loop.
    "heldout27": ({"recall": 0.67, "precision": 0.82, "kind": 0.64, "company": 0.46, "role": 0.6,
                   "questions": 0.7}, 0),
    # heldout28 (15 files written without reading the parser, ten tech loops), measured once at
    # the end of the session that tuned on t40 (2026-12-07): recall 0.57, precision 0.89, no
    # merge, kind 0.70, who 0.49, company 93%, role 80%, pitch 40%, questions 80%, one default
    # loop (the parser at that session's start: 0.48 / 0.78, questions 69%, two default loops)
    "heldout28": ({"recall": 0.54, "precision": 0.85, "kind": 0.66, "company": 0.86, "role": 0.73,
                   "questions": 0.76}, 1),
    # heldout29 (15 files written without reading the parser, ten tech loops), measured once at
    # the end of the session that tuned on t41 (2026-12-07): recall 0.84, precision 0.79, no
    # merge, kind 0.58, company 80%, role 73%, pitch 53%, questions 66%, one default loop (the
    # parser at that session's start: 0.865 / 0.842, none; a "not mine" rule narrowed after the
    # measurement gives that back)
    "heldout29": ({"recall": 0.83, "precision": 0.78, "kind": 0.55, "company": 0.79, "role": 0.72,
                   "questions": 0.65}, 1),
    # heldout30 (15 files written without reading the parser, ten tech loops), measured once at
    # the end of the session that tuned on t42 (2026-12-08): recall 0.71, precision 0.79, two
    # merges, kind 0.73, company 67%, role 53%, pitch 60%, questions 64%, three default loops;
    # the parser at that session's start gave the same. Its four files in languages t41 also
    # uses (Armenian, Tamil, Uzbek, Irish): 0.50 / 0.62, company 25%, role 0%, questions 0%.
    "heldout30": ({"recall": 0.69, "precision": 0.77, "kind": 0.71, "company": 0.66, "role": 0.53,
                   "questions": 0.63}, 3),
    # heldout31 (15 files written without reading the parser, eleven tech loops), measured once
    # at the end of the session that tuned on t43 (2026-12-08): recall 0.65, precision 0.78,
    # five merges, kind 0.72, company 53%, role 60%, pitch 87%, questions 81%, two default
    # loops; the parser at that session's start gave the same. Its six files not only in
    # English (Hinglish, Levantine Arabic, Amharic, isiZulu, Luxembourgish, Taglish): 0.39 /
    # 0.52, company 17%; the other nine 0.80 / 0.91, company 78%, questions 100%.
    "heldout31": ({"recall": 0.64, "precision": 0.77, "kind": 0.71, "company": 0.53, "role": 0.6,
                   "questions": 0.8}, 2),
}  # fmt: skip


@pytest.mark.parametrize(("part", "floors"), [(p, f) for p, (f, _) in FLOORS.items()])
def test_the_plan_reads_labelled_notes_at_least_this_well(part: str, floors: dict) -> None:
    summary = evaluate(part)
    got = {name: round(getattr(summary, name), 3) for name in floors}
    assert all(got[name] >= floor for name, floor in floors.items()), (got, floors)


@pytest.mark.parametrize(("part", "most"), [(p, m) for p, (_, m) in FLOORS.items()])
def test_notes_that_name_rounds_rarely_get_the_default_loop(part: str, most: int) -> None:
    # counts only: a failure must not print what a held-out file got wrong
    assert evaluate(part).default_loop_wrongly <= most

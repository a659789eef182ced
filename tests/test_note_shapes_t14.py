"""Shapes of notes met in the fourteenth round of tuning: a stage heading with no round under
it is a round; an interviewer and a title read with one space between words."""

from __future__ import annotations

from tests.support.plans import plan_of


def test_a_stage_heading_with_no_round_under_it_is_a_round() -> None:
    notes = (
        "# Fernlea — Visual Merchandiser\n\n## Group assessment day - Tue 16 April 9am-12\n"
        "- 8-10 ppl, staff training room\n- group task: style a table on a $200 budget\n\n"
        "## panel\n16/4 afternoon\n- Nadia Perera (VM Manager) — my boss\n"
        "- expect: brand guidelines, floor sets\n"
    )
    plan = plan_of(notes)
    assert not plan.default_loop
    assert [r.title for r in plan.rounds] == ["Group assessment day", "panel"]


def test_a_process_heading_over_logistics_is_no_round() -> None:
    plan = plan_of("# Acme\n\n## Interview process\n- takes about a week\n- all on Zoom\n")
    assert plan.default_loop  # the notes name no round: the usual loop for the role


def test_an_interviewer_and_a_title_keep_one_space_between_words() -> None:
    plan = plan_of(
        "# Notes\n\n- Coding   interview  with Sam   Lee, 3/4\n- HM round w/ Jo  Park (EM)\n"
    )
    assert [r.interviewer for r in plan.rounds] == ["Sam Lee", "Jo Park (EM)"]
    assert plan.rounds[0].title.startswith("Coding interview with Sam Lee")


def test_a_vp_of_a_domain_is_an_executive_round_not_a_round_of_that_domain() -> None:
    notes = "# Rippling — AE\n\n## Process\n- Recruiter screen, 3/2\n- VP Sales, 3/9\n"
    assert [r.kind for r in plan_of(notes).rounds] == ["recruiter", "executive"]


def test_a_round_mentioned_in_passing_with_its_date_is_a_round() -> None:
    notes = (
        "# Fernlea — VM\n\napplied 2/4, screen was Fri 5 Apr — done, 20 min, availability\n\n"
        "## Group assessment day - Tue 16 April 9am-12\n- group task\n"
    )
    assert [r.title for r in plan_of(notes).rounds] == ["screen", "Group assessment day"]


def test_a_passing_mention_of_a_round_already_found_or_of_no_interview_adds_none() -> None:
    notes = (
        "# Acme — Analyst\n\n## Coding interview - Tue 3/4\n- SQL, joins\n\n## Notes\n"
        "- the coding interview was Tue 3/4, went ok\n- lunch 12:00 with the team, no interview\n"
        "- Sat 3/8: mock interview with Jo\n- Hanna emailed Mon 3/3 about the portal\n"
    )
    assert [r.title for r in plan_of(notes).rounds] == ["Coding interview"]


def test_an_interviewer_is_never_the_date_after_their_name() -> None:
    notes = "# Saltmarsh\n\n- portfolio presentation, Thu 3/6 2pm\n- call w/ Camilla Fri 3/7 10am\n"
    assert [r.interviewer for r in plan_of(notes).rounds][-1] == "Camilla"


def _asked(notes: str) -> list[str]:
    return [q.text for q in plan_of(notes).candidate_questions]


def test_questions_to_ask_under_a_label_in_another_language() -> None:
    notes = (
        "# Mavikanat — kabin memuru\n\n- beklediğim sorular: neden ayrılıyorsun?\n"
        "- soracaklarım:\n  * baz değişikliği ne sıklıkta oluyor?\n  * tecrübe maaşa yansıyor mu?\n"
        "\ncolloquio tecnico — Elena Marchetti\n- domande da fare a lei:\n"
        "  * quanti tecnici ci sono nel QC\n  * che software usano (Empower? Chromeleon?)\n"
    )
    assert _asked(notes) == [
        "baz değişikliği ne sıklıkta oluyor?", "tecrübe maaşa yansıyor mu?",
        "quanti tecnici ci sono nel QC", "che software usano (Empower? Chromeleon?)",
    ]  # fmt: skip


def test_a_line_that_opens_on_asking_in_another_language_is_a_question_to_ask() -> None:
    notes = (
        "# Vlinderhof — HR adviseur\n\n2e gesprek\n- vraag aan Hein: wat is zijn grootste zorg?\n"
        "- chiedergli dei piani di espansione (nuova linea sterili?)\n"
        "- chiedere a Giulia se la Marchetti è severa\n"
    )
    assert _asked(notes) == [
        "wat is zijn grootste zorg?", "chiedergli dei piani di espansione (nuova linea sterili?)",
    ]  # fmt: skip


def test_several_questions_on_one_ask_line_and_asks_without_a_question_mark() -> None:
    notes = (
        "# Saltmarsh — architect\n\n- ask Anders: how are teams structured? how much site time?\n"
        "- ask him: what software do they use (Tekla? Prokon?), how does mentoring work\n"
        "- ask them where they want the studio in 5 years\n- code notes allowed? ask HR\n"
    )
    assert _asked(notes) == [
        "how are teams structured?", "how much site time?",
        "what software do they use (Tekla? Prokon?), how does mentoring work",
        "Where they want the studio in 5 years", "code notes allowed?",
    ]  # fmt: skip


def test_a_label_that_ends_a_sentence_about_questions_does_not_lead_questions() -> None:
    notes = (
        "# Booking — UXR\n\n**1. Portfolio presentation (60 min)**\n"
        "- 30 min presenteren, 30 min vragen. Twee cases:\n  - (a) diary study, 40 sellers\n"
        "  - (b) return policy survey\n"
    )
    assert _asked(notes) == []


def test_ordinal_rounds_in_other_languages_and_an_overview_line_told_again() -> None:
    notes = (
        "Vlinderhof Zorg — HR-adviseur (32-36 uur)\n\nstand van zaken\n"
        "- 1e gesprek: dinsdag 29 april 10.00, hoofdkantoor De Linde\n"
        '- 2e gesprek: "in de week van 12 mei", met de bestuurder\n\n1e gesprek (29/4)\n'
        "commissie: Marloes Bakker (manager HR, wordt mijn leidinggevende)\n- verzuim\n\n"
        "2e gesprek\n- bestuurder = Hein Vos\n- visie, cultuur\n"
    )
    plan = plan_of(notes)
    assert [(r.title, r.kind) for r in plan.rounds] == [
        ("1e gesprek (29/4)", "hiring-manager"), ("2e gesprek", "executive"),
    ]  # fmt: skip


def test_italian_practical_test_and_final_with_the_director_and_no_lunch() -> None:
    notes = (
        "Laboratori Aurelia — Tecnico di laboratorio\n\na che punto sono\n"
        "- prossimo step: mattinata in sede, giovedì 23 ottobre\n    9:00  prova pratica\n"
        "    12:00 giro del laboratorio + pranzo in mensa (non fa parte della valutazione)\n\n"
        "PROVA PRATICA\n- titolazione Karl Fischer\n- leggere un cromatogramma\n\n"
        "colloquio finale — ing. Paolo Gentile, direttore di stabilimento\n"
        "- motivazione, stabilità\n"
    )
    assert [(r.title, r.kind) for r in plan_of(notes).rounds] == [
        ("PROVA PRATICA", "technical"), ("colloquio finale", "executive"),
    ]  # fmt: skip


def test_a_process_list_whose_steps_are_interviews_named_in_another_language() -> None:
    notes = (
        "Mavikanat Havayolları — Kabin Memuru\n\nsüreç (İK maili, 3 Mart):\n"
        "1. online başvuru + boy/kilo bilgisi -> tamam\n2. video mülakat (kayıtlı, 4 soru)\n"
        "3. grup mülakatı\n4. sağlık kontrolü + yüzme testi (teklif sonrası)\n"
    )
    titles = [r.title.split(" (")[0] for r in plan_of(notes).rounds]
    assert titles == ["video mülakat", "grup mülakatı"]


def test_a_checkbox_tracker_of_rounds_is_no_to_do_list() -> None:
    notes = (
        "# Hollin-Vane — FP&A analyst\n\n[x] HR screen - Renee Dlamini, 28 Aug. 30 min. fine\n"
        "[ ] Technical interview — Mon 8 Sep 09h00, at the office\n[ ] book the train (round 2)\n"
        "[ ] Zugticket Frankfurt, 14 Sep\n"
    )
    assert [r.title for r in plan_of(notes).rounds] == ["HR screen", "Technical interview"]


def test_a_call_told_as_who_rang_or_who_the_candidate_spoke_to_and_when() -> None:
    rang = "Calder Row Pharmacy\n\nShona (HR) rang me Mon 3rd - quick chat, 15 min. went fine\n"
    spoke = "# Pepperpot\n\nspoke to Bec @ Sixpoint Talent on the 24th. agency recruiter\n"
    talked = "# Kestrel Pay\n\nTalked to Nadia (TA) last Thurs, 30 min. Mostly background.\n"
    for notes in (rang, spoke, talked):
        plan = plan_of(notes)
        assert not plan.default_loop and [r.kind for r in plan.rounds] == ["recruiter"], notes


def test_a_named_and_dated_step_over_its_bullets_is_a_round() -> None:
    notes = (
        "Tandala — Customer Success Manager\n\nAchieng - Tue 11th Feb 14:00 EAT (google meet)\n"
        "- she'd be my manager\n- book of 60 schools, renewals\n\nscenario - 18/02, 10am\n"
        "- they play a school bursar threatening to churn\n- 30 min live + 15 min debrief\n\n"
        "Tue - 3/4\n- read the product docs\n\nVirtual onsite — Tue 3/19, 4 x 45 min\n"
        "- bring water\n"
    )
    rounds = plan_of(notes).rounds
    assert [(r.title, r.kind) for r in rounds][:2] == [
        ("Achieng", "hiring-manager"), ("scenario", "custom"),
    ]  # fmt: skip
    assert len(rounds) == 2  # a diary day is no round; an onsite over its logistics is one stage


def test_a_misc_heading_in_another_language_is_no_round() -> None:
    notes = (
        "# 하늘다리 — 데이터 분석가\n\n## 1차 면접 (실무진) — 10/2(목) 15:00\n- SQL\n\n"
        "## 2차 면접 (임원)\n- 컬처핏\n\n## 기타\n- 주차 가능\n\n## その他\n- 交通費\n"
    )
    assert len(plan_of(notes).rounds) == 2


def test_a_test_the_candidate_sits_is_a_round_of_its_own_kind_not_a_take_home() -> None:
    notes = (
        "# Bank Nusa — ODP\n\n## Process\n- Online test (numerical + verbal), 3/2\n"
        "- Psychometric test, 3/5\n- Case study presentation, 3/9\n"
    )
    assert [r.kind for r in plan_of(notes).rounds] == ["custom", "custom", "presentation"]


def test_a_title_that_opens_on_words_for_notes_or_hiring_names_the_company_after_them() -> None:
    for title, company in (
        ("# Processo seletivo - Distribuidora Ipê Roxo", "Distribuidora Ipê Roxo"),
        ("# 転職活動メモ：株式会社ミナトリンク", "ミナトリンク"),
        ("# Jobbsök hösten – Nordvik Energi AB", "Nordvik Energi AB"),
        ("Rekrutacja – Zielony Ład Opakowania sp. z o.o. (Wrocław)", "Zielony Ład Opakowania sp. z o.o."),
        ("Civil Service — Policy Adviser (HEO), Department for Regional Growth",
         "Department for Regional Growth"),
    ):  # fmt: skip
        assert plan_of(f"{title}\n\n## Interview - 3/4\n- why us\n").company == company, title


def test_lower_case_steps_named_by_person_and_date_each_keep_their_own_bullets() -> None:
    notes = (
        "tallrock - BDR role\n\njess (talent) - done mon. nice. 20 min. OTE is 85k, she asked"
        " about my hospo background\nmarcus - wed 3 sept 11am, zoom. he's the BDR team lead\n"
        "  - he'll want: resilience, coachability\nthen the cold call role play w/ marcus + hamish"
        " (AE) — the week after\n  - opener, reason for call, book the meeting\n\nvarför Tallrock\n"
        "- growing fast\n"
    )
    rounds = plan_of(notes).rounds
    assert [(r.title, r.kind, r.source.line) for r in rounds] == [
        ("marcus", "hiring-manager", 4), ("Cold call", "custom", 6),
    ]  # fmt: skip
    assert max(n.line or 0 for n in rounds[0].focus) == 5  # not the role play's lines
    # (and "varför Tallrock" is the pitch, no round)


def test_questions_after_a_label_or_before_an_ask_in_other_languages() -> None:
    notes = (
        "# 하늘다리\n\n## 2차 면접\n- 역질문: 내년에 해외 진출 계획이 있나요?\n"
        "- 逆質問：オンプレ撤去の予定はいつ頃？\n- gaji selama training berapa? tanya ke Ibu Rina\n"
        "- perguntar: planos de abrir capital? / o fiscal vai ganhar mais gente?\n"
        "- pertanyaan yg mungkin: kenapa bank? siap ditempatkan?\n"
        '- Jenna likes scenario questions: "site enters a lab value 10x ULN, what happens?"\n'
    )
    assert _asked(notes) == [
        "내년에 해외 진출 계획이 있나요?", "オンプレ撤去の予定はいつ頃?",
        "gaji selama training berapa?", "planos de abrir capital?",
        "o fiscal vai ganhar mais gente?",
    ]  # fmt: skip


def test_steps_told_again_by_their_letter_after_a_pasted_overview() -> None:
    notes = (
        "MERANTI CLOUD – Senior Legal Counsel\n\nDear Wei Ling, the process is as follows:\n"
        "(a) Short video call with Jia Hui Ong from their Talent team\n"
        "(b) Interview with Daniel Koh, General Counsel APAC, to whom the role reports\n\n"
        "my notes:\n\n(a) Jia Hui, 13 Oct – done, 30 min. notice period\n\n"
        "(b) Daniel Koh (GC APAC) – 22 Oct, 4pm, in person\n- how I'd prioritise 40 contracts\n"
    )
    rounds = plan_of(notes).rounds
    assert [(r.kind, r.source.line if r.source else None) for r in rounds] == [
        ("recruiter", 9), ("hiring-manager", 11),
    ]  # fmt: skip


def test_times_written_with_an_h_are_schedule_times() -> None:
    notes = (
        "# Farmácias Douro Vivo\n\n  10h00 – Entrevista com a Diretora Técnica, Dra. Helena Castro\n"
        "  10h45 – Caso prático de aconselhamento farmacêutico\n- 10h no ar, rádio local\n"
    )
    assert len(plan_of(notes).rounds) == 2


def test_the_loops_first_call_with_no_one_senior_is_the_recruiters() -> None:
    notes = (
        "TARANGI — PM\n\ncall w/ Ritika - 2/9, done\n- 20 min, notice period\n\n"
        "interview w/ Arjun (Head of Product) - 2/14\n- roadmap\n"
    )
    # a head of product is most often a PM's hiring manager (the tuning labels: 48 to 15)
    assert [r.kind for r in plan_of(notes).rounds] == ["recruiter", "hiring-manager"]


def test_a_timed_practical_and_an_interview_after_lunch_are_rounds() -> None:
    notes = (
        "REDBANK MINERALS - maintenance electrician\n\nPRACTICAL (8am, ~2.5 hrs)\n"
        " - wire + test a DOL starter\n - fault finding on a rig\n\n"
        "INTERVIEW (after lunch, 1pm) - Electrical Supervisor + the Maintenance Superintendent\n"
        " - behavioural + safety\n\n## Practical\n- parking at gate 3\n"
    )
    titles = [r.title for r in plan_of(notes).rounds]
    assert [t.split(" (")[0] for t in titles] == ["PRACTICAL", "INTERVIEW"]


def test_a_pasted_itinerary_with_one_24_hour_time_per_line() -> None:
    notes = (
        "BORNEO SKYLINK — First Officer\n\nDAY 1 – Monday, 16 June 2025\n"
        "0800  Registration, document verification (licence, medical)\n"
        "0930  Computer-based aptitude assessment (approx. 2.5 hours)\n1230  Lunch\n"
        "1330  Group exercise\n0800  Simulator assessment (ATR FFS, 2 hrs incl. briefing)\n"
        "- drug screen at Concentra (not an interview, just paperwork)\n"
    )
    titles = [r.title.split(" (")[0] for r in plan_of(notes).rounds]
    assert titles == [
        "Computer-based aptitude assessment",
        "Group exercise",
        "Simulator assessment",
    ]


def test_a_panel_line_lists_who_is_on_one_panel_and_please_bring_is_a_task() -> None:
    notes = (
        "brannock health — growth marketing manager\n\n## Case study presentation - 25 Sep\n"
        "Panel: Conor Fahy (Head of Growth), Lisa Moran (Senior Product Manager), Tadhg Ó Sé\n"
        "Please bring your presentation on a USB stick\n- 20 min to present\n"
    )
    assert [r.title for r in plan_of(notes).rounds] == ["Case study presentation"]


def test_steps_numbered_inside_one_line_of_a_pasted_chat() -> None:
    notes = (
        "pasted from whatsapp w/ Carla (Talent @ Pampa Cloud) - SDR role\n\n"
        "[10/03 09:13] Carla: Next steps: 1) interview w/ Andrés (SDR Manager) 2) cold call role"
        " play 3) final w/ our VP of Sales LATAM\n\n"
        "Presentation plan 1) where researchers are now 2) policy drivers 3) how to measure\n"
    )
    assert [r.kind for r in plan_of(notes).rounds] == ["hiring-manager", "custom", "executive"]


def test_a_step_that_only_might_happen_is_no_round() -> None:
    notes = (
        "# Qamar Bay Resort — Front Office Manager\n\n## Process\n- Video call w/ HR - 3/2\n"
        "- Interview with the Director of Rooms - 3/9\n"
        '- maybe a hello w/ the GM (Mr. Stefan Krüger) "if he has time"\n'
        "- Ewentualnie krótka rozmowa z CFO\n"
    )
    assert len(plan_of(notes).rounds) == 2

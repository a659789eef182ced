"""The words a notes page's title is made of when it names no company, in the languages notes
are written in: "Processo Seletivo", "CATATAN REKRUTMEN", "Jobbsök Hösten", "転職活動メモ",
"ghi chú phỏng vấn", "Maandalizi ya usaili", "állásinterjú jegyzetek", "Omat muistiinpanot".
Written without accents and in lower case, as names.generic_title compares them."""

from __future__ import annotations

from .jobwords import word_set

__all__ = ["CHAT_APPS", "NOTES_WORDS"]

NOTES_WORDS = word_set(
    # what the notes found use, first
    """process processo proceso processus prozess proces seletivo selectivo seleccion selecao
    selection recruitment recruiting rekrutmen rekrutacja recrutamento reclutamiento recrutement
    ung tuyen dung catatan notas notes notizen notities anteckningar notatki memo メモ 転職活動メモ 転職メモ
    転職活動 転職 就活 jobbsok jobbsøk jobsuche job jobs search hunt hunting hosten host autumn
    fall spring summer winter candidatura candidature bewerbung sollicitatie solicitud
    application applications interview interviews entrevistas prep preparacao preparacion
    vorbereitung voorbereiding przygotowanie persiapan chuan bi 準備 面接 면접 준비 채용 지원 my
    mis mes meine mijn moje minhas minha meus 2024 2025 2026 ke ve nhung ghi chu journal diary
    log tracker civil service colloqui colloquio colloqui di lavoro vaga vacante vacature
    vacancy stelle puesto ogloszenie rounds round stages schedule agenda timeline overview etapas
    etapa fases fase etappen phasen intervju intervjuer intervjuar gesprek gesprekken gesprache
    gesprach entrevista calendar kalender calendario kalendarz view messages messaggi mensajes
    mensagens nachrichten berichten wiadomosci meddelanden dump braindump gist scratch scratchpad
    research next minutes attendees αιτησεις notater noter muistiinpanot thread pasted below above
    on top anotacoes lamaran kerja is gorusmeleri notlar"""
    # "notes", "my", "interview(s)", "preparation", "job application" in more languages
    """ own omat minun muistiinpanoja haastattelu haastattelut haastatteluun tyohaastattelu
    valmistautuminen rekrytointi hakemus phong van cua toi viec lam ghichu jegyzetek jegyzet
    jegyzeteim allasinterju allasinterjuk interju interjuk felkeszules jelentkezes kivalasztas
    poznamky poznamka pohovor pohovory priprava vyberove vyberovy rizeni prace moje moji moja
    maandalizi ya usaili mahojiano maelezo maombi kazi yangu apunts entrevistes preparacio
    seleccio notite interviu interviuri pregatire recrutare selectie σημειωσεις συνεντευξη
    συνεντευξεις προετοιμασια mga tala panayam paghahanda aplikasyon trabaho mulakat mulakatlar
    hazirlik basvuru basvurusu gorusme gorusmesi rozmowa rozmowy kwalifikacyjna kwalifikacyjne
    wawancara forberedelse forberedelser jobbintervju ansokan soknad vorstellungsgesprach
    aantekeningen sollicitatiegesprek apuntes postulacion appunti preparazione selezione
    entretien entretiens preparation заметки собеседование собеседования подготовка нотатки
    співбесіда співбесіди підготовка הכנה ראיון ראיונות הערות סיכום ملاحظات مقابلة تحضير
    面试 笔记 准备 노트 메모 de del da di do of for"""
    # a voice memo's or a diary's own heading: "Nota de voz", "Hlasová poznámka 14", "面試筆記",
    # "Užrašai", "Бележки", "Sprachmemo", the day of the week it was written
    """ voz vocal memos transcript transcription transcripcion
    transcricao transkript transkripce prepis prepisu nota hlasova hlasove poznamky poznamka
    sprachmemo spraakmemo notatka glosowa glosowe nagranie grabacion gravacao gravacion audio
    uzrasai uzrasas pastabos piezimes бележки бележка записки запис гласово гласова голосова
    голосовое голосовая диктовка 面試筆記 面试笔记 面試 筆記 筆記本 monday tuesday wednesday thursday
    friday saturday sunday pirmadienis antradienis treciadienis ketvirtadienis penktadienis
    sestadienis sekmadienis pondelok utorok streda stvrtok piatok sobota nedela lunes martes
    miercoles jueves viernes sabado domingo luns mercores xoves venres k z na pohovoru pohovorov"""
    # the chat app a conversation was copied from, and a step's word alone ("Screening")
    """ messenger whatsapp telegram imessage viber wechat screening етапи етап этапы этап далі
    далее"""
    # "notes" and "list" in more languages ("Shënime", "Белешки", "Rhestr")
    """ shenime shënime белешки белешка nodiadau rhestr markmed märkmed qeydlər qeydler
    შენიშვნები muistiinpanot jegyzetek biljeske bilješke beleske beleške zabeleške"""  # "Procés de selecció": the small words too
)

# the apps a chat is exported from: the title of a chat's export, never the employer in it
CHAT_APPS = frozenset(
    [
        "signal",
        "telegram",
        "whatsapp",
        "messenger",
        "discord",
        "slack",
        "teams",
        "line",
        "zalo",
        "viber",
        "kakaotalk",
        "wechat",
        "element",
        "imessage",
        "messages",
    ]
) | {"google chat", "microsoft teams", "sms backup"}

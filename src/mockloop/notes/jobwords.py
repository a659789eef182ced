"""The words that name a job in a title line (engineer, manager, nurse, chef de partie, their
forms in the languages notes are written in), and the words that may stand before one and
belong to the role ("senior", "clinical", "dispensing"). mockloop.notes.names reads titles by
them. clean_role trims what a role's line carries after it (the place, "hybrid", "(m/w/d)",
"prep")."""

from __future__ import annotations

import re

_JOB_WORDS = (
    r"engineer|engineering manager|manager|designer|scientist|analyst|advocate|developer"
    r"|(?:frontend|front-end|backend|back-end|fullstack|full-stack|founding|software|platform"
    r"|data|ml|mobile|infra|staff|sr|senior) eng"
    r"|architect|researcher|consultant|strategist|marketer|director|lead|leader|(?<![\s:]\d )(?<![\s:]\d)(?<![\s:]\d\d )(?<![\s:]\d\d)(?<!\d:\d\d )pm|tpm|apm|gpm|sre"
    r"|swe|sde|mle|ds|csm|pmm|ae|bdr|sdr|tam|intern|specialist|recruiter|writer|associate(?!s)|head of \w+|vp(?: of \w+)?"
    r"|vice president|product owner|owner|account executive|executive|representative|officer"
    r"|administrator|coordinator|programmer|technician|accountant|generalist|partner(?!s)"
    r"|member of (?:the )?technical staff|mts|ingenier[oa]|entwickler(?:in)?|desarrollador(?:a)?"
    r"|ingénieur(?:e)?|analista|diseñador(?:a)?|gerente|berater(?:in)?|producer|editor"
    r"|devrel|ux researcher|data scientist|author|auditor|controller|lawyer|attorney|counsel"
    r"|paralegal|nurse|teacher|economist|actuary|underwriter|banker|trader|planner|buyer"
    r"|copywriter|photographer|illustrator|animator|artist|chemist|physicist|biologist"
    r"|technologist|therapist|pharmacist|clerk|assistant|agent|operator|supervisor|trainee"
    r"|apprentice|werkstudent(?:in)?|praktikant(?:in)?|advisor|adviser|evangelist|coach"
    r"|instructor|translator|chief of staff|steward|fellow|lecturer|professor|postdoc"
    r"|threat hunter|bounty hunter|headhunter|reporter|journalist|correspondent|chef|sous chef"
    r"|line cook|prep cook|pilot|first officer"
    r"|y[öo]netici(?:si)?|m[üu]d[üu]r[üu]?|uzman[ıi]?|엔지니어|매니저|디자이너|연구원|개발자"
    r"|エンジニア|マネージャー|工程师|经理|इंजीनियर|मैनेजर|प्रबंधक"
    r"|responsable|responsabile|jefe|jefa|leiter(?:in)?|referent(?:in)?|sachbearbeiter(?:in)?|chargé(?:e)?"
    r"|conseiller|conseillère|consultor(?:a)?|especialista|coordinador(?:a)?|técnico|tecnico"
    r"|chuyên viên|nhân viên|trưởng phòng|kỹ sư|specjalista|kierownik|engenheir[oa]|ingegnere"
    r"|utvecklare|ontwikkelaar|desenvolvedor(?:a)?|enfermeir[oa]|enfermer[oa]|infirmi[eè]re?"
    r"|professor[a]?|docente|lehrer(?:in)?|leraar|nauczyciel(?:ka)?|giáo viên|adviseur|medewerker"
    r"|analyst|analytiker|ansvarig|sjuksköterska|insinööri|asiantuntija|pegawai|staf|perawat"
    r"|guru|insinyur|분석가|연구원|インフラエンジニア|看護師|教師|エンジニア|surveyor|planista"
    r"|insegnante|impiegat[oa]|inżynier|programista|uzman|mühendis(?:i)?|teknisyen"
    r"|arquitect[oa]|arquitet[oa]|physio(?:therapist)?|electrician|arborist|negotiator|plumber|carpenter|welder"
    r"|mechanic|surgeon|practitioner|social worker|dentist|hygienist|midwife|paramedic"
    r"|veterinarian|journeyman|rn|(?:support|care|youth|case|key|community|outreach|warehouse"
    r"|retail|health ?care|residential) worker|optician|optometrist|audiologist|radiographer"
    r"|sonographer|dietitian|psychologist|counsell?or|librarian|tutor|receptionist|cashier"
    r"|barista|bartender|carer|caregiver|dispatcher|machinist|installer|driver|housekeeper"
    r"|lifeguard|sommelier|pastry chef|chef de partie|commis|cabin crew|flight attendant|steward"
    r"|stewardess|sous[- ]chef|second de cuisine|pharmacist|lecturer"
    r"|broker|archivist|curator|conservator|geologist|geophysicist|surveyor|dierenarts|attuario"
    r"|apotheker|pathologist|teller|bank teller|crew member|cabin crew member|educator|interpreter"
    r"|guide|ranger|firefighter|police officer|constable|paramedic|porter|concierge|cleaner|baker"
    r"|butcher|florist|tailor|stylist|hairdresser|barber|beautician|estimator|inspector|auditor"
    r"|(?:loss )?adjuster|assessor|prosthetist|orthotist|cabinetmaker|joiner|glazier|roofer"
    r"|bricklayer|locksmith|jewell?er|upholsterer|plasterer|tiler|painter|decorator|scaffolder"
    r"|landscaper|gardener|groundskeeper|janitor|caretaker|chauffeur|courier|merchandiser"
    r"|bookkeeper|notary|solicitor|barrister|registrar|bursar|treasurer|secretary|typist"
    r"|transcriber|proofreader|statistician|epidemiologist|toxicologist|microbiologist"
    r"|pharmacologist|radiologist|ana?esthetist|physician|doctor|doula|phlebotomist|podiatrist"
    r"|chiropractor|osteopath|orthoptist|perfusionist|dosimetrist|psychiatrist|farrier|jockey"
    r"|referee|umpire|deckhand|bosun|purser|rigger|lineman|millwright|toolmaker|foreman"
    r"|superintendent|draughtsman|draftsman|drafter|restorer|headteacher|waiter|waitress"
    r"|winemaker|brewer|distiller|vintner|chocolatier|patissier|confectioner|fishmonger"
    r"|meubelmaker|schrijnwerker|tischler(?:in)?|schreiner(?:in)?|ebanista|menuisier|florista"
    r"|fleuriste|dependient[ae]|vendedor(?:a)?|vendeu(?:r|se)|camarer[oa]|cociner[oa]"
    r"|cuisinier(?:e)?|kellner(?:in)?|köchin|apothecary"
    # Catalan, Romanian, Czech, Hungarian, Finnish, Greek, Swahili, Tagalog job nouns
    r"|dissenyador(?:/a|a)?|enginyer(?:a)?|desenvolupador(?:a)?|inginer|dezvoltator|proiectant"
    r"|vývojář|inženýr|analytik|fejlesztő|mérnök|elemző|tesztelő|kehittäjä|suunnittelija"
    r"|μηχανικός|προγραμματιστής|mhandisi|msanidi|inhinyero|tagapamahala|förskollärare|lärare"
)


def word_set(text: str, sep: str | None = None) -> frozenset[str]:
    """The words of a table written as one string (split on ``sep``, or on white space)."""
    return frozenset(w.strip() for w in text.split(sep) if w.strip())


# a word that names a job: the part of a title line that holds one is the role
# "Head Gardener", "Senior Orthoptist": an agent's word after a seniority word, a job the list
# above may not hold
_AGENT = (
    r"(?:(?<=head )|(?<=senior )|(?<=junior )|(?<=chief )|(?<=trainee )|(?<=principal ))"
    r"[a-zà-ÿ]{3,}(?:er|or|ist|iste|ista|ian|eur|euse)"
)
JOB = re.compile(rf"\b({_JOB_WORDS}|{_AGENT})s?\b", re.IGNORECASE)
# words that may stand before the job word and belong to the role, not the company
ROLE_WORDS = word_set(
    """senior sr sr. staff principal lead junior jr associate group new grad software security
    data product program project machine learning ml ai backend back-end frontend front-end
    full-stack fullstack full stack site reliability solutions solution sales technical
    engineering ux ui research developer platform infrastructure infra mobile ios android devops
    cloud qa test growth design visual interaction applied analytics business systems network it
    customer success account development relations content marketing operations ops people
    finance partner brand creative quality support field enterprise commercial strategic trust
    safety privacy risk fraud payments founding forward deployed deployment implementation
    integration integrations technical program i ii iii iv 1 2 3 l4 l5 l6 chief executive
    senior-level mid-level entry-level graduate intern web game games hardware firmware
    embedded robotics computer vision nlp deep llm genai generative quantitative quant
    tech team people hr talent legal policy communications community regional territory
    inside outside mid-market enterprise smb strategy operations revenue shift warehouse store
    plant production claims payroll practice office category clinical nursing ward kitchen
    maintenance logistics supply chain procurement purchasing inventory service services
    registered licensed certified chartered qualified front back financial litigation tax audit
    civil structural mechanical electrical chemical employment intermediate medior surgical fp&a
    compliance treasury surgical diagnostic medical children's youth dispensing residential
    pediatric paediatric dental veterinary customs exploration automation"""
)

# the terms after a job's title: its hours, its start, full or part time
TERMS_TAIL = re.compile(
    r"(?i),\s*(?:\d+(?:[.,]\d+)?\s*(?:std|stunden|h|hrs?|hours|uur|horas|heures|ore)\b"
    r"|(?:ab|from|starting|start|dès|a\s+partir|vanaf|desde)\s+(?:\d|[^\W\d]+\b)"
    r"|(?:full|part)[- ]time\b|vollzeit|teilzeit|befristet|unbefristet|permanent\b"
    r"|fixed[- ]term|\d{1,3}\s*%|(?:remote|hybrid|on-?site|in[- ]office)\b"
    r"|(?-i:[A-Z][\w'-]+)\s+office\b).*$"
)


GENDER = re.compile(r"\s*\((?:[mwfdx]\s*/\s*){1,3}[mwfdx]\)", re.IGNORECASE)  # "(m/w/d)"


_ROLE_LEAD = re.compile(
    r"(?i)^(?:the\s+)?(?:position|role|job|post|opening)\s+(?:of|as)\s+(?:an?\s+)?"
)


def clean_role(role: str) -> str:
    role = _ROLE_LEAD.sub("", GENDER.sub("", role))
    role = re.split(r"\s{3,}", role, maxsplit=1)[0]  # "SRE II, Platform   req JR-48213"
    role = _CLAUSE.split(role, maxsplit=1)[0]  # "Backend Engineer (Billing), I referred you"
    role = _NEXT_SENTENCE.split(role, maxsplit=1)[0]  # "Urban Planner. OUQ membership required"
    role = _WHERE_TAIL.sub("", role)  # "…, Enterprise (EMEA) - Dublin, hybrid"
    role = TERMS_TAIL.sub("", role)  # "Küchenchef (m/w/d), 40 Std., ab Februar"
    role = re.sub(r"\bmgr\b", "manager", re.sub(r"\bMgr\b", "Manager", role))
    role = re.sub(r"\s*\([^()]{0,30}$", "", role)  # "Sonographer II (Req": a wrapped subject
    role = role.strip(' -–—:*|"“”').rstrip("🟢🎉✅!. ").strip()
    while (m := TAIL_NOISE.search(role)) and m.start() > 0:
        role = role[: m.start()].rstrip(" -–—:,")
    return role


_NEXT_SENTENCE = re.compile(r"(?<=[a-z)]{4})\.\s+(?=[A-Z])")  # not "Sr. Engineer"
_CLAUSE = re.compile(r",\s+(?:I|I'm|I’m|we|you|they|he|she|it's|it’s)\s+(?=[a-z])")
_WHERE_TAIL = re.compile(
    r"\s+[-–—|·]\s+(?:[A-Z][\w .'-]{1,30},\s*|[^-–—|·]{2,40}\s+[-–—|·]\s+)?"
    r"(?i:remote|hybrid|on-?site|in[- ]office|h[íi]brido|remoto|presencial|hybride|t[ée]l[ée]travail"
    r"|ibrido|da remoto|zdalnie|hybrydowo|thuiswerken|hybride?s?)"
    r"(?:\s*[,;(].*)?$"
)
TAIL_NOISE = re.compile(
    r"(?i)\s+(?:prep|notes?|interview|interviews|loop|onsite|process|role|position|opening|job|post)\s*$"
)

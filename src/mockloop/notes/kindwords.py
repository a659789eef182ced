"""The words and phrases that name each round kind, in the languages notes are written in
(folded: lower case, no accents), one "|"-separated spec per kind. mockloop.notes.vocab builds
its phrase tables from them; a one-letter typo of a word still counts (vocab's fuzzy match)."""

TYPE_SPEC = {
    "recruiter": "recruiter|recruiters|recruiting|phone screen|phone interview|hr screen|hr"
    "|recruiter call|rec scrn|rec screen|recr screen|recruiter scrn|search firm|headhunter"
    "|search partner|recruiting firm|telefoninterview|telefongesprach|telefonisches interview"
    "|talent partner|telefonintervju|puhelinhaastattelu|ik on gorusme|on gorusme|insan kaynaklari"
    "|consultant screen|search consultant|agency screen|agency call|recruitment consultant"
    "|hr interju|hr es telefonos interju|telefonos interju|telefonicky pohovor|puhelinhaastattelu"
    "|mahojiano ya simu|usaili wa simu|intro call|talent acquisition|ta screen|screening call|recruiter screen|rh|rrhh"
    "|recursos humanos|people team|introductory call|intro chat|screening|initial interview"
    "|entrevista inicial|entretien initial|premier echange|erstgesprach|primera entrevista|so bo|qua dien thoai|dien thoai"
    "|talent team|talent partner|from talent|colloquio telefonico|telefonische kennismaking|telefonisch gesprek|telefonisch interview"
    "|entretien telephonique|entrevista telefonica|telefon mulakati|telefon gorusmesi"
    "|rozmowa telefoniczna|entrevista por telefone|entrevista telefonica|ik on gorusmesi|on gorusmesi|rr hh|recruitment partner|recruitment manager|recruiting manager|talent acquisition manager|recruitment manager call|recruiting manager call",
    "hiring-manager": "hiring manager|hm|manager conversation|manager chat|manager round"
    "|manager interview|manager call|eng manager|engineering manager|team lead|em|gerente"
    "|jefe|teamleiter|teamlead|vorgesetzter|responsable|lider del equipo|chef d equipe"
    "|my manager|future manager|my boss|direct manager|reporting manager|my future boss"
    "|chapter lead|team match|principal interview|interview user|user interview|wawancara user"
    "|leidinggevende|mijn leidinggevende|toekomstige leidinggevende|mijn manager|la mia capa"
    "|il mio capo|mio capo|mia capa|sarebbe il mio capo|sarebbe la mia capa|mi jefe|mi jefa"
    "|mi futuro jefe|mi futura jefa|meu chefe|minha chefe|meu gestor|minha gestora|mon manager"
    "|mon futur manager|ma future manager|ma manager|mon n 1|mein chef|meine chefin"
    "|kunftiger chef|kunftige chefin|yoneticim|mudurum|amirim|moj przelozony|moja przelozona"
    "|przelozony|przelozona|kierownik|kierowniczka|atasan langsung|kierownikiem|przelozonym|chefen|min chef|narmaste chef"
    "|rekryterande chef|report to|reports to|role reports|would report|i d report|people manager"
    "|line manager",
    "pm-fundamentals": "pm|pms|fundamentals|foundational|product manager|prioritization",
    "product-sense": "product sense|product design|product thinking|product case|design a product"
    "|product|design challenge|product teardown|product critique",
    "execution": "execution|analytical|analytics|metrics|metric|data case|estimation",
    "behavioral": "behavioral|behavioural|beh|values|culture|core values|leadership principles"
    "|culture fit|values fit|star stories|bar raiser|hirevue|video interview|culture add"
    "|competency|competencies|competency based|life story|situational|googleyness"
    "|values deep dive|culture deep dive|leadership principle|peer interview|peer panel|fgd"
    "|oral board|oral interview board|interview board|board interview|oral exam"
    "|focus group discussion|group discussion|group exercise|fit interview|fit round|fit call|fit chat|personal fit|cultural fit|fit cultural|kulturgesprach|people management|people leadership",
    "take-home": "take home|takehome|case study|homework|assignment|exercise|work sample|case"
    "|exercice|ejercicio|aufgabe|fallstudie|caso practico|home assignment|casus|casusopdracht"
    "|opdracht|vaka calismasi|eve odev|ev odevi|odev|studi kasus|tugas|test assignment"
    "|creative test|writing test|edit test|design test|skills test|test task"
    "|tema de casa|hjemmeopgave|kotitehtava|domaci ukol|hazi feladat|esettanulmany|bai tap"
    "|bai tap tinh huong|hemuppgift|zadanie rekrutacyjne|zadanie domowe|caso pratico|cas pratique"
    "|etude de cas|studio di caso",
    "partnerships": "partnership|partnerships|partner|partners|cross functional|xfn"
    "|stakeholder|stakeholders|sales|gtm|go to market|alliances|business development|bd"
    "|account executive",
    "technical": "technical|tech|engineering|engineer|engineers|eng|inference|llm|llms|api"
    "|apis|infra|infrastructure|ml|deep dive|domain|technical conversation|past project"
    "|project deep dive|technique|tecnica|tecnico|technisch|technische|technisches"
    "|fachinterview|fachgesprach|sql|skills assessment|practical"
    "|incident simulation|incident response|troubleshooting|debugging|break fix|pair debugging"
    "|technical screen|tech screen|technical phone screen|tech phone screen|tech scrn"
    "|szakmai interju|odborny pohovor|fagligt interview|faglig samtale|tekninen haastattelu"
    "|jitsugi tesuto|jitsugi|practical test|bench test|hands on test|trade test|practical assessment"
    "|shop test"
    "|skills demonstration|hands on assessment|clinical scenario|clinical skills|osce"
    "|simulation exercise|practical bit|prova pratica|prueba practica|prueba tecnica|prova tecnica"
    "|epreuve pratique|test pratique|praktische toets|praktijktoets|praktijkopdracht"
    "|praktischer test|praxistest|pratik sinav|uygulama sinavi|test praktyczny|teste pratico"
    "|colloquio tecnico|technisch gesprek|entretien technique|entrevista tecnica|teknik mulakat"
    "|teknisk|teknik|tekniska|tekninen|techniczna|techniczny|technicka|technicky|cas clinique"
    "|cas cliniques|caso clinico|casos clinicos|mise en situation",
    "coding": "coding|code|leetcode|algorithms|algorithm|algo|data structures|programming"
    "|pair programming|live coding|dsa"
    "|hackerrank|codesignal|coderpad|codepair|whiteboard|codility|karat|online assessment|oa"
    "|coding challenge|coding test|coding assessment|coding phone screen|sql live|live sql"
    "|kodtest|kodprov|test kodowania|pairing|pairing session|pairing interview|pair coding|kodlama|canli kodlama",
    "system-design": "system design|sys design|sys des|systems design|architecture"
    "|design round|distributed systems|design a pipeline|design a system|design a service"
    "|design an api|design a data pipeline|design a platform|systemdesign|systementwurf|mimari",
    "ml-system-design": "ml system design|ml design|machine learning system design"
    "|ml systems design|ml systems",
    "presentation": "presentation|portfolio|portfolio review|demo|present|presenting"
    "|take home presentation|case presentation|case study presentation|demo presentation"
    "|present the take home|portfolio presentation|research talk|job talk|tech talk"
    "|technical talk|lightning talk|seminar|readout|lab readout|take home review"
    "|take home debrief|take home defense|take home defence|case review|case debrief"
    "|assignment review|homework review|playback|exercise playback|case walkthrough"
    "|apresentação|apresentacao|presentación|presentacion|presentatie|presentazione|sunum"
    "|sunumu|presentasi|defence of the take home|take home defence|defence take home"
    "|test review|test debrief|test presentation|test walkthrough|prezentare|prezentarea"
    "|prezentacio|prezentace|esitys|praesentation|prezentarea temei|sample lesson|demo lesson"
    "|teaching demo|model lesson|trial lesson|teaching sample|mock lesson|demo class|pres|chalk talk|lesson observation|observed lesson|research presentation",
    "cofounders": "co founder|co founders|cofounder|cofounders|founder|founders",
    "executive": "ceo|cto|cpo|coo|vp|svp|executive|exec|execs|leadership|final|head of"
    "|director|skip level|vision|cmo|cfo|cro|ciso|chief|general manager|president|cno|cio|cdo"
    "|chro|cmio|cnio|chief executive officer|chief operating officer|chief financial officer"
    "|chief product officer|chief technology officer|chief risk officer|board director"
    "|board member|direktor|direktoru|genel mudur|direktur|igazgatoi|igazgato|reditel"
    "|vedouci oddeleni|fondatoarea|fondator|chief development officer"
    "|chief people officer|chief marketing officer|chief revenue officer|chief commercial officer"
    "|chief medical officer|chief nursing officer|chief data officer|chief information officer"
    "|chief customer officer|chief strategy officer|chief legal officer|general counsel"
    "|managing director|managing partner|managing principal|head teacher|dean of|daglig leder"
    "|administrerende direktor|adm dir|verkstallande direktor|direttore|direttrice|directeur"
    "|directrice|diretor|diretora|dyrektor|dyrektorka|direktor|direktorka|bestuurder|directora"
    "|amministratore delegato|pdg|directeur general|directrice generale|director general"
    "|direttore di stabilimento|direttore generale|diretor geral|diretora geral"
    "|dyrektorem|dyrektorka|prezes|prezesem|zarzad",
    # tests a candidate sits, with no interviewer to rehearse with: a round of its own kind
    "custom": "psychometrics|psychometric|psychometric test|psychometric tests|aptitude test"
    "|reasoning test|online assessments|tes online|online test|psikotes|tes tertulis"
    "|mtihani wa maandishi|mtihani|written exam|written test|civil service exam|exam"
    "|drug calc test|drug calculation test|calc test|numeracy test|literacy test|cognitive test"
    "|personality test|situational judgement test|situational judgment test|sjt|spi|tpa"
    "|judgement test|judgment test|aptitude|teste online|prova online|test online|examen"
    "|examen ecrit|examen escrito|prova scritta|prova escrita|schriftlicher test|sinav|egzamin"
    "|test pisemny|prov|skriftligt prov|kiem tra|bai kiem tra|tekiseitsu kensa|tekisei kensa",
}
